package org.knotwise.workbench.consult;

import java.util.List;

/**
 * One question of the questions file: the field it fills, its words, the answers offered, why it is asked,
 * and the rules that need it. {@code text} may name {@code {region}}, filled in for a spot's region.
 *
 * @param probes for a number: values on each side of the rules' thresholds, which the consultation tries to
 *               see whether the answer could matter
 * @param line   where it starts in the questions file
 */
public record Question(Askable field, String text, String reason, List<Choice> choices, Double min, Double max,
                       List<Double> probes, List<String> rules, int line) {
    public Question {
        choices = choices == null ? List.of() : List.copyOf(choices);
        probes = probes == null ? List.of() : List.copyOf(probes);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
