package org.knotwise.workbench.consult;

import java.util.List;

/**
 * One question of the questions file: the field it fills, its words, the answers offered, why it is asked,
 * and the rules that need it. {@code text} may name {@code {region}}, filled in for a spot's region.
 *
 * @param probes    for a number: values on each side of the rules' thresholds, which the consultation tries to
 *                  see whether the answer could matter
 * @param items     for a checklist: its lines, as templates, in the order shown (only those that matter are shown)
 * @param suggested for the places pressed: the label of a place worth pressing, {@code {region}} filled in
 * @param line   where it starts in the questions file
 */
public record Question(Askable field, String text, String reason, List<Choice> choices, Double min, Double max,
                       List<Double> probes, List<String> rules, List<Item> items, String suggested, int line) {
    public Question {
        choices = choices == null ? List.of() : List.copyOf(choices);
        probes = probes == null ? List.of() : List.copyOf(probes);
        rules = rules == null ? List.of() : List.copyOf(rules);
        items = items == null ? List.of() : List.copyOf(items);
    }
}
