package org.knotwise.engine;

/**
 * What the rule base says about one rule: its id, its plain-words name, the article section it
 * comes from, why it fires, its phase (agenda group), and the file it is in.
 */
public record RuleInfo(String id, String name, String source, String because, String phase, String file) {
}
