package org.knotwise.engine.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Map;
import java.util.TreeMap;

/**
 * Which rules answered (contract §7.8): the rule base's name and version, and a SHA-256 over its
 * rule, data and message files, so any answer can be traced to the exact files that gave it. {@code drafts} is
 * true when the rules marked {@code @status("draft")} ran too, and absent otherwise. {@code languages}
 * (each language's review status, {@code {"de":"draft","en":"reviewed","es":"draft"}}) is there only in
 * an answer for which a language was asked.
 */
@JsonPropertyOrder({"name", "version", "digest", "drafts", "languages"})
public record RuleBaseIdentity(String name, String version, String digest,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Boolean drafts,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> languages) {

    public RuleBaseIdentity {
        drafts = Boolean.TRUE.equals(drafts) ? Boolean.TRUE : null;
        languages = languages == null ? null : java.util.Collections.unmodifiableMap(new TreeMap<>(languages));
    }

    public RuleBaseIdentity(String name, String version, String digest, Boolean drafts) {
        this(name, version, digest, drafts, null);
    }

    /** The rule base without its drafts. */
    public RuleBaseIdentity(String name, String version, String digest) {
        this(name, version, digest, null, null);
    }

    /** The same rule base, saying drafts ran (or not). */
    public RuleBaseIdentity withDrafts(boolean on) {
        return new RuleBaseIdentity(name, version, digest, on, languages);
    }

    /** The same rule base, listing its languages' review status (null: not listed). */
    public RuleBaseIdentity withLanguages(Map<String, String> statuses) {
        return new RuleBaseIdentity(name, version, digest, drafts, statuses);
    }
}
