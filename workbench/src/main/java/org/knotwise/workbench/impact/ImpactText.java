package org.knotwise.workbench.impact;

import org.knotwise.workbench.report.Text;

import java.util.List;
import java.util.Map;

/** The impact as plain text: totals, then each kind of change with its count and examples. */
public final class ImpactText {
    private ImpactText() {
    }

    public static String render(Impact impact, String oldName, String newName) {
        StringBuilder b = new StringBuilder();
        b.append("Impact of the rules ").append(newName).append(" against ").append(oldName).append('\n')
                .append(Text.count(impact.cases())).append(" case(s), ").append(Text.count(impact.changed()))
                .append(" changed (").append(Text.share(impact.changed(), impact.cases())).append("), ")
                .append(Text.count(impact.cases() - impact.changed())).append(" unchanged\n");
        List<Map.Entry<String, Long>> kinds = impact.kinds().byCount();
        if (kinds.isEmpty()) {
            return b.append("No answer changed.\n").toString();
        }
        b.append("\nChanges by kind (a case can count under several):\n");
        int width = kinds.stream().mapToInt(e -> Text.count(e.getValue()).length()).max().orElse(1);
        for (Map.Entry<String, Long> e : kinds) {
            b.append(String.format("  %" + width + "s  %s%n", Text.count(e.getValue()), e.getKey()));
        }
        if (impact.kinds().others() > 0) {
            b.append("  (").append(Text.count(impact.kinds().others())).append(" more, of kinds past the first ")
                    .append(Impact.MAX_KINDS).append(")\n");
        }
        b.append("\nExamples (the first cases of each kind; + fired only with the new rules, - only with the old):\n");
        for (Map.Entry<String, Long> e : kinds) {
            b.append("\n").append(e.getKey()).append(" (").append(Text.count(e.getValue())).append(")\n");
            for (Impact.Example x : impact.examples(e.getKey())) {
                b.append("  line ").append(x.line()).append(", case ").append(x.id() == null ? "(no id)" : x.id());
                if (x.detail() != null) {
                    b.append(": ").append(x.detail());
                }
                b.append('\n');
                if (!x.firedOnlyNew().isEmpty()) {
                    b.append("    + ").append(String.join(", ", x.firedOnlyNew())).append('\n');
                }
                if (!x.firedOnlyOld().isEmpty()) {
                    b.append("    - ").append(String.join(", ", x.firedOnlyOld())).append('\n');
                }
            }
        }
        return b.toString();
    }
}
