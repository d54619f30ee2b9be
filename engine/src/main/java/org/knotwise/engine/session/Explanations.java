package org.knotwise.engine.session;

import org.knotwise.engine.model.ExplanationStep;
import org.knotwise.engine.text.EngineTexts;
import org.knotwise.engine.text.Messages;
import org.knotwise.engine.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * The explanation in another language. The recorder writes each step's reason in English (the rule's
 * {@code because.<id>}, then what the facts it matched were, in brackets); the reason is swapped for
 * the language's, the bracketed trace of facts (codes and region ids) is kept as it is.
 */
final class Explanations {
    private Explanations() {
    }

    static List<ExplanationStep> translate(List<ExplanationStep> steps, Messages english, Messages target) {
        List<ExplanationStep> out = new ArrayList<>(steps.size());
        for (ExplanationStep s : steps) {
            out.add(s.because() == null ? s : new ExplanationStep(s.rule(), s.source(),
                    because(s.rule(), s.because(), english, target), s.concluded()));
        }
        return out;
    }

    private static String because(String rule, String because, Messages english, Messages target) {
        String key = EngineTexts.BECAUSE + rule;
        if (!english.has(key)) {
            return because;
        }
        String en = english.format(Text.of(key));
        return because.startsWith(en) ? target.format(Text.of(key)) + because.substring(en.length()) : because;
    }
}
