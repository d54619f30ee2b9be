package org.knotwise.cli;

import org.knotwise.engine.Explain;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Assessment;
import org.knotwise.cli.render.TextReport;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.CaseError;
import org.knotwise.engine.model.InvalidCaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.knotwise.workbench.bodymap.BodyMapReport;
import org.knotwise.workbench.bodymap.PageWords;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Stack;
import java.util.concurrent.Callable;

/** {@code knotwise assess FILE|-}: one case, as a readable report or as JSON. */
@Command(name = "assess", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Assess one case (a JSON object) and print a readable report, JSON with --format json, or a "
                + "body map: one self-contained page with --format html, the picture alone with --format svg.")
final class AssessCommand implements Callable<Integer> {

    enum Format {
        text("the report"), json("the assessment as JSON"), html("the body-map report page"), svg("the body map");

        /** What --output FILE holds, for the line that says it was written. */
        final String what;

        Format(String what) {
            this.what = what;
        }
    }

    @Parameters(paramLabel = "FILE|-", description = "The case as JSON; - reads standard input.")
    String input;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|json|html|svg", defaultValue = "text",
            description = "text (default): a report for people; json: the contract's assessment; "
                    + "html: the report with a body map, one self-contained page; svg: the body map alone.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the result to FILE (whole or not at all) instead of standard output.")
    Path output;

    @Option(names = "--explain", paramLabel = "none|ids|full", arity = "0..1", parameterConsumer = OptionalLevel.class,
            description = "Text: also show how each conclusion was reached, the rules in firing order. "
                    + "JSON: how much explanation to include, full (default), ids (the fired rules' ids) or none.")
    String explain;

    @Mixin
    RulesOption rules;

    @Mixin
    DraftsOption drafts;

    @Mixin
    LanguageOption language;

    /**
     * Takes the next argument as the level only when it names one, so {@code assess --explain FILE}
     * still reads FILE (picocli's optional values would take the file name as the level).
     */
    static final class OptionalLevel implements IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec option, CommandSpec command) {
            boolean named = !args.isEmpty() && Arrays.stream(Explain.values()).anyMatch(e -> e.id().equals(args.peek()));
            option.setValue(named ? args.pop() : Explain.FULL.id());
        }
    }

    @Override
    public Integer call() throws IOException {
        Explain level = explain == null ? Explain.FULL : Explain.parse(explain);
        String json;
        try (InputStream in = Io.open(input, spec, "a .json file")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        var engine = language.apply(rules.engine(drafts));
        StringWriter toFile = output == null ? null : new StringWriter();
        PrintWriter out = toFile != null ? new PrintWriter(toFile) : spec.commandLine().getOut();
        try {
            Case c = KnotwiseJson.readCase(json);
            if (format == Format.json) {
                out.println(KnotwiseJson.write(engine.assess(c, level), level));
                return ExitCodes.OK;
            }
            Assessment a = engine.assess(c);
            if (format == Format.html || format == Format.svg) {
                var kb = engine.ruleBase().knowledgeBase();
                out.print(format == Format.html ? BodyMapReport.html(c, a, kb, words(engine)) : BodyMapReport.svg(c, a, kb, words(engine)));
            } else {
                new TextReport(out, words(engine)).write(a, level != Explain.NONE && explain != null);
            }
            return ExitCodes.OK;
        } catch (InvalidCaseException e) {
            CaseError error = SeveralCases.explain(json, e.error());
            if (format == Format.json) {
                out.println(KnotwiseJson.writeError(e.caseId(), null, error, engine.ruleBase().identity()));
            }
            spec.commandLine().getErr().println("knotwise: " + (input.equals("-") ? "standard input" : input)
                    + ": invalid case: " + error.code() + (error.field() == null ? "" : " at " + error.field())
                    + (e.caseId() == null ? "" : " (case " + e.caseId() + ")") + ": " + error.message());
            return ExitCodes.FAILED;
        } finally {
            out.flush();
            if (toFile != null && !toFile.toString().isEmpty()) {
                OutputFiles.writeThenRename(output, w -> {
                    w.write(toFile.toString());
                    return true;
                }, written -> true);
                spec.commandLine().getErr().println("knotwise: wrote " + output + " (" + format.what + ")");
            }
        }
    }

    /** The pages' fixed words in the engine's language, from its rules' message files. */
    private static PageWords words(org.knotwise.engine.Knotwise engine) {
        return PageWords.of(engine.messages(), engine.language());
    }
}
