package org.knotwise.engine.rulebase;

/** A DRL file's text and the name it is reported under (a path relative to the rules folder). */
public record RuleFile(String name, String text) {
}
