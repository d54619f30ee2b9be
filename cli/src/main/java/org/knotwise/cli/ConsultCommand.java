package org.knotwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.InvalidCaseException;
import org.knotwise.workbench.consult.AnswersFromCase;
import org.knotwise.workbench.consult.ConsultState;
import org.knotwise.workbench.consult.Consultant;
import org.knotwise.workbench.consult.QuestionBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code knotwise consult}: a consultation that asks only the questions whose answers can change the advice. */
@Command(name = "consult", mixinStandardHelpOptions = true,
        description = {"Ask, one question at a time, only what can change the advice, then show the provisional advice.",
                "Answer with a choice's number; ? shows why a question is asked, b goes back, q stops.",
                "With --answers-from CASE.json the answers come from a complete case (one case, or JSON Lines of",
                "cases) and each consultation prints one JSON line: {\"asked\": [field paths], \"questions\": N,",
                "\"assessment\": {...}} (a checklist is one question that fills several fields)."})
final class ConsultCommand implements Callable<Integer> {

    @Mixin
    RulesOption rules;

    @Mixin
    DraftsOption drafts;

    @Mixin
    LanguageOption language;

    @Option(names = "--save", paramLabel = "FILE", description = "Write the finished case as JSON, for assess and batch.")
    Path save;

    @Option(names = "--answers-from", paramLabel = "CASE.json",
            description = "Answer every question from this complete case (or JSON Lines of cases) instead of the keyboard.")
    String answersFrom;

    @Spec
    CommandSpec spec;

    /** Where the answers are typed; tests give a script. */
    InputStream in = System.in;

    @Override
    public Integer call() throws IOException {
        Knotwise engine = language.apply(rules.engine(drafts));
        Consultant consultant = new Consultant(engine, QuestionBook.load(rules.folderOrBuiltIn(), engine.ruleBase().rules()));
        PrintWriter out = spec.commandLine().getOut();
        if (answersFrom != null) {
            return fromCases(consultant, out);
        }
        Interview interview = new Interview(consultant,
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), out);
        ConsultState finished = interview.run();
        if (save != null) {
            if (!finished.partial().hasRegions()) {
                spec.commandLine().getErr().println("knotwise: nothing to save: the pain regions were never given");
                return ExitCodes.FAILED;
            }
            String json = KnotwiseJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(finished.partial().node()) + "\n";
            OutputFiles.writeThenRename(save, w -> {
                w.write(json);
                return true;
            }, done -> done);
            out.println("Saved the case to " + save + " (./knotwise assess " + save + ")");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private int fromCases(Consultant consultant, PrintWriter out) throws IOException {
        String text;
        try (InputStream input = Io.open(answersFrom, spec, "a .json or .jsonl file")) {
            text = new String(input.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        }
        int status = ExitCodes.OK;
        int lineNo = 0;
        for (String line : cases(text)) {
            lineNo++;
            try {
                JsonNode full = KnotwiseJson.parse(line);
                consultant.engine().assess(KnotwiseJson.readCase(full)); // a broken case is refused before any question
                AnswersFromCase.Transcript t = new AnswersFromCase(full).consult(consultant);
                ObjectNode result = KnotwiseJson.mapper().createObjectNode();
                ArrayNode asked = result.putArray("asked");
                t.asked().forEach(asked::add);
                result.put("questions", t.questions().size()); // a checklist is one question for several fields
                result.set("assessment", KnotwiseJson.mapper().readTree(KnotwiseJson.write(t.assessment())));
                out.println(result);
            } catch (InvalidCaseException e) {
                spec.commandLine().getErr().println("knotwise: " + answersFrom + ":" + lineNo + ": invalid case: "
                        + e.error().code() + (e.error().field() == null ? "" : " at " + e.error().field()) + ": " + e.error().message());
                status = ExitCodes.FAILED;
            }
        }
        out.flush();
        return status;
    }

    /** One pretty-printed case, or JSON Lines. */
    private static java.util.List<String> cases(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("{") && !trimmed.contains("\n{")) {
            return java.util.List.of(trimmed);
        }
        return trimmed.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
