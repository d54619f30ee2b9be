package org.knotwise.engine.batch;

/**
 * One physical line of a JSON Lines input: its number (from 1) and its text, or why it could not
 * be read as text (too long, not UTF-8). Exactly one of {@code text} and {@code problem} is set.
 */
public record InputLine(long number, String text, String problem) {
}
