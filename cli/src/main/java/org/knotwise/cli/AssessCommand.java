package org.knotwise.cli;

import org.knotwise.cli.render.TextReport;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CaseError;
import org.knotwise.engine.model.InvalidCaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** {@code knotwise assess FILE|-}: one case, as a readable report or as JSON. */
@Command(name = "assess", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Assess one case (a JSON object) and print a readable report, or JSON with --format json.")
final class AssessCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|-", description = "The case as JSON; - reads standard input.")
    String input;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (default): a report for people; json: the contract's assessment.")
    Format format;

    @Option(names = "--explain", description = "Also show how each conclusion was reached: the rules in firing order.")
    boolean explain;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws IOException {
        String json;
        try (InputStream in = Io.open(input, spec, "a .json file")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        var engine = rules.engine();
        PrintWriter out = spec.commandLine().getOut();
        try {
            Assessment a = engine.assess(KnotwiseJson.readCase(json));
            if (format == Format.json) {
                out.println(KnotwiseJson.write(a));
            } else {
                new TextReport(out).write(a, explain);
            }
            return ExitCodes.OK;
        } catch (InvalidCaseException e) {
            CaseError error = SeveralCases.explain(json, e.error());
            if (format == Format.json) {
                out.println(KnotwiseJson.writeError(e.caseId(), null, error));
            }
            spec.commandLine().getErr().println("knotwise: " + (input.equals("-") ? "standard input" : input)
                    + ": invalid case: " + error.code() + (error.field() == null ? "" : " at " + error.field())
                    + (e.caseId() == null ? "" : " (case " + e.caseId() + ")") + ": " + error.message());
            return ExitCodes.FAILED;
        } finally {
            out.flush();
        }
    }
}
