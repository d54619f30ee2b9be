package org.knotwise.engine.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Which rules answered (contract §7.8): the rule base's name and version, and a SHA-256 over its
 * rule and data files, so any answer can be traced to the exact files that gave it.
 */
@JsonPropertyOrder({"name", "version", "digest"})
public record RuleBaseIdentity(String name, String version, String digest) {
}
