package org.knotwise.workbench.consult;

import org.knotwise.engine.text.Messages;
import org.knotwise.kb.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The consultation shows a question's English words from the message file ({@code question.<field>.*}); the
 * questions file's own words are only the fallback of a rules folder whose messages lack them. So a question
 * reworded in the questions file alone would change nothing a person sees: each such difference is a warning
 * at the question's line, naming the message key to edit instead.
 */
public final class QuestionWordsCheck {
    private QuestionWordsCheck() {
    }

    /** A warning for each question, answer or checklist line whose words differ from its English message. */
    public static List<Problem> check(QuestionBook book, Messages english) {
        QuestionWords shown = new QuestionWords(english);
        List<Problem> warnings = new ArrayList<>();
        for (Askable a : Askable.values()) {
            Question q = book.question(a);
            if (q == null) {
                continue;
            }
            String key = QuestionWords.key(a.template());
            differs(warnings, book, q, key + ".text", q.text(), shown.text(q));
            differs(warnings, book, q, key + ".reason", q.reason(), shown.reason(q));
            differs(warnings, book, q, key + ".suggested", q.suggested(), shown.suggested(q));
            for (Choice c : q.choices()) {
                differs(warnings, book, q, "an answer's label", c.label(), shown.choice(q, c).label());
            }
            for (Item i : q.items()) {
                differs(warnings, book, q, "a checklist line", i.label(), shown.item(q, i).label());
            }
        }
        return warnings;
    }

    private static void differs(List<Problem> warnings, QuestionBook book, Question q, String what, String here, String shown) {
        if (here != null && !Objects.equals(here, shown)) {
            warnings.add(Problem.warning(book.shownAs(), q.line(), q.field().template() + ": " + what
                    + " here says \"" + here + "\", but the consultation shows \"" + shown
                    + "\" from messages/en.properties: reword it there (the words here are only the fallback of a"
                    + " rules folder without question messages)"));
        }
    }
}
