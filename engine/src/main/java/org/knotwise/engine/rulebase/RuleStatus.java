package org.knotwise.engine.rulebase;

import org.drools.drl.ast.descr.RuleDescr;

import java.util.List;

/**
 * Where a rule stands in sign-off ({@code @status("draft"|"reviewed"|"production")}, production when
 * absent). Drafts are left out of a loaded rule base unless drafts are asked for; reviewed and
 * production rules always run.
 */
public final class RuleStatus {
    public static final String DRAFT = "draft";
    public static final String REVIEWED = "reviewed";
    public static final String PRODUCTION = "production";
    /** Every status a rule may carry, from the least to the most signed off. */
    public static final List<String> ALL = List.of(DRAFT, REVIEWED, PRODUCTION);

    private RuleStatus() {
    }

    /** The rule's status as written (production when it has none); may be unknown, which validation reports. */
    static String of(RuleDescr rule) {
        String s = RuleReader.annotation(rule, "status");
        return s == null ? PRODUCTION : s;
    }

    /** The line of the rule's {@code @status} in the file's text (the parser keeps no annotation lines), or the rule's own line. */
    static int lineOf(RuleDescr rule, String text) {
        String[] lines = text.split("\\R", -1);
        for (int i = Math.max(rule.getLine() - 1, 0); i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.contains("@status")) {
                return i + 1;
            }
            if (line.startsWith("when") || line.startsWith("then")) {
                break;
            }
        }
        return rule.getLine();
    }

    public static boolean isKnown(String status) {
        return ALL.contains(status);
    }

    public static boolean isDraft(String status) {
        return DRAFT.equals(status);
    }
}
