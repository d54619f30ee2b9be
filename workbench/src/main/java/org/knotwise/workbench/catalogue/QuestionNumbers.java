package org.knotwise.workbench.catalogue;

import org.knotwise.engine.rulebase.RuleFile;
import org.knotwise.kb.Problem;
import org.knotwise.workbench.consult.Askable;
import org.knotwise.workbench.consult.Question;
import org.knotwise.workbench.consult.QuestionBook;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question's reason in the questions file tells the person why it is asked, often with the rules' own
 * threshold ("a satisfying 4 to 7"). When a rule changes its threshold and the reason is forgotten, the person
 * reads a number no rule uses any more. Each number a reason quotes is looked for in the conditions and
 * statements (not the messages) of the rules its question names; a number none of them uses is a warning.
 */
public final class QuestionNumbers {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d+(?:\\.\\d+)?(?![\\w]|\\.\\d)");

    private QuestionNumbers() {
    }

    /** A warning for each number a question's reason quotes that none of its rules uses; none when the file has errors. */
    public static List<Problem> check(Path rulesDirOrNull, List<RuleFile> files) {
        Map<String, RuleEntry> byId = new HashMap<>();
        RuleEntries.read(files).forEach(e -> byId.putIfAbsent(e.key(), e));
        QuestionBook book = FolderQuestions.loadOrNull(rulesDirOrNull, files);
        if (book == null) {
            return List.of(); // the questions file's own errors are reported by its check
        }
        List<Problem> warnings = new ArrayList<>();
        for (Askable a : Askable.values()) {
            Question q = book.question(a);
            if (q == null || q.reason() == null || q.rules().isEmpty()
                    || !q.rules().stream().allMatch(byId::containsKey)) {
                continue; // a rule that did not parse: its numbers are unknown until it does
            }
            Set<BigDecimal> used = new LinkedHashSet<>();
            q.rules().forEach(id -> used.addAll(numbers(String.join("\n", byId.get(id).constraints())
                    + "\n" + String.join("\n", byId.get(id).statements()))));
            for (BigDecimal n : numbers(q.reason())) {
                if (used.stream().noneMatch(u -> u.compareTo(n) == 0)) {
                    warnings.add(Problem.warning(book.shownAs(), q.line(), a.template() + ": the reason quotes "
                            + n.toPlainString() + ", which none of its rules (" + String.join(", ", q.rules())
                            + ") uses any more: say the number the rules use, or name the rule that uses it"));
                }
            }
        }
        return warnings;
    }

    private static Set<BigDecimal> numbers(String text) {
        Set<BigDecimal> out = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(new BigDecimal(m.group()));
        }
        return out;
    }
}
