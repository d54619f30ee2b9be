package org.knotwise.engine.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Which rules answered (contract §7.8): the rule base's name and version, and a SHA-256 over its
 * rule and data files, so any answer can be traced to the exact files that gave it. {@code drafts} is
 * true when the rules marked {@code @status("draft")} ran too, and absent otherwise.
 */
@JsonPropertyOrder({"name", "version", "digest", "drafts"})
public record RuleBaseIdentity(String name, String version, String digest,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Boolean drafts) {

    public RuleBaseIdentity {
        drafts = Boolean.TRUE.equals(drafts) ? Boolean.TRUE : null;
    }

    /** The rule base without its drafts. */
    public RuleBaseIdentity(String name, String version, String digest) {
        this(name, version, digest, null);
    }

    /** The same rule base, saying drafts ran (or not). */
    public RuleBaseIdentity withDrafts(boolean on) {
        return new RuleBaseIdentity(name, version, digest, on);
    }
}
