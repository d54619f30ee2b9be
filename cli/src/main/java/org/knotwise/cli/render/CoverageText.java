package org.knotwise.cli.render;

import org.knotwise.engine.rulebase.RuleDescription;
import org.knotwise.workbench.scenario.Coverage;

import java.util.List;

/** The coverage report as plain text. */
public final class CoverageText {

    private CoverageText() {
    }

    public static String render(Coverage c) {
        StringBuilder b = new StringBuilder();
        b.append("Coverage of ").append(c.scenarios()).append(" scenarios\n");
        line(b, "rules fired", c.firedRules(), c.rules());
        line(b, "codes expected", c.expectedCodes(), c.codes());
        line(b, "regions touched", c.touchedRegions(), c.regions());
        b.append("Rules no scenario fired (").append(c.unfiredRules().size()).append("):")
                .append(c.unfiredRules().isEmpty() ? " none\n" : "\n");
        for (RuleDescription r : c.unfiredRules()) {
            b.append("  ").append(r.id()).append("  ").append(r.location()).append("  ").append(r.name()).append('\n');
        }
        list(b, "Codes no scenario expected", c.unexpectedCodes());
        list(b, "Regions no scenario touched (as pain or pressed spot)", c.untouchedRegions());
        return b.toString();
    }

    private static void line(StringBuilder b, String what, int covered, int total) {
        b.append(String.format("  %-16s %3d of %3d (%d%%)%n", what + ":", covered, total, Coverage.percent(covered, total)));
    }

    private static void list(StringBuilder b, String title, List<String> items) {
        b.append(title).append(" (").append(items.size()).append("):");
        if (items.isEmpty()) {
            b.append(" none\n");
            return;
        }
        b.append('\n');
        int col = 0;
        b.append(' ');
        for (String s : items) {
            if (col > 0 && col + s.length() > 90) {
                b.append("\n ");
                col = 0;
            }
            b.append(' ').append(s);
            col += s.length() + 1;
        }
        b.append('\n');
    }
}
