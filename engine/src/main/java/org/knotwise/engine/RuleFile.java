package org.knotwise.engine;

/** A DRL file's text and the name it is reported under (a path relative to the rules folder). */
public record RuleFile(String name, String text) {
}
