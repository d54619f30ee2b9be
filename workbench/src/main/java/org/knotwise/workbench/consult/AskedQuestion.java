package org.knotwise.workbench.consult;

import java.util.List;

/**
 * A question put to the person: the concrete path its answer fills (e.g. {@code spots[calf].relevant}), its
 * words with the region filled in, the answers offered and why it is asked.
 */
public record AskedQuestion(String path, Askable field, String text, String reason, List<Choice> choices,
                           Double min, Double max, List<String> rules) {
    public AskedQuestion {
        choices = List.copyOf(choices);
        rules = List.copyOf(rules);
    }

    public Askable.Kind kind() {
        return field.kind();
    }
}
