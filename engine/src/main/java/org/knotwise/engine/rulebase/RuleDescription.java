package org.knotwise.engine.rulebase;

import java.util.List;

/**
 * One rule as the rule files describe it: its id, its plain-words name, the article section it comes
 * from, why it fires, its phase, where it is written, the codes its consequence can conclude, and its
 * sign-off status ({@link RuleStatus}). The explanation, the catalogue, coverage and validation all read
 * this one record.
 */
public record RuleDescription(String id, String name, String source, String because, String phase,
                              String file, int line, List<String> concludes, String status) {
    public RuleDescription {
        concludes = List.copyOf(concludes);
        status = status == null ? RuleStatus.PRODUCTION : status;
    }

    /** A rule in production (no {@code @status}). */
    public RuleDescription(String id, String name, String source, String because, String phase,
                           String file, int line, List<String> concludes) {
        this(id, name, source, because, phase, file, line, concludes, RuleStatus.PRODUCTION);
    }

    /** The same rule with its reason in words (a rule's {@code @because}, else its {@code because.<id>} message). */
    public RuleDescription withBecause(String words) {
        return new RuleDescription(id, name, source, words, phase, file, line, concludes, status);
    }

    /** Whether the rule is a draft: it runs only when drafts are asked for. */
    public boolean isDraft() {
        return RuleStatus.isDraft(status);
    }

    /** The id the explanation shows: the rule's {@code @id}, or its name when it has none. */
    public String idOrName() {
        return id != null ? id : name;
    }

    /** {@code file:line}, as errors and the catalogue name it. */
    public String location() {
        return file + ":" + line;
    }
}
