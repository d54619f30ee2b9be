package org.knotwise.cli;

import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.InvalidCaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** {@code knotwise assess FILE|-}: one case, as a readable report or as JSON. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess one case (a JSON object) and print a readable report, or JSON with --format json.")
final class AssessCommand implements Callable<Integer> {

    enum Format { text, json }

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
        try (InputStream in = Io.open(input)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        var engine = rules.engine();
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        try {
            Assessment a = engine.assess(KnotwiseJson.readCase(json));
            if (format == Format.json) {
                out.println(KnotwiseJson.write(a));
            } else {
                new TextReport(out).write(a, explain);
            }
            return ExitCodes.OK;
        } catch (InvalidCaseException e) {
            if (format == Format.json) {
                out.println(KnotwiseJson.writeError(e.caseId(), null, e.error(), engine.ruleBase().identity()));
            }
            System.err.println("knotwise: " + (input.equals("-") ? "standard input" : input) + ": invalid case: "
                    + e.error().code() + (e.error().field() == null ? "" : " at " + e.error().field())
                    + (e.caseId() == null ? "" : " (case " + e.caseId() + ")") + ": " + e.error().message());
            return ExitCodes.FAILED;
        } finally {
            out.flush();
        }
    }
}
