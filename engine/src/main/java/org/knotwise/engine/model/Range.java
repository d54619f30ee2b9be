package org.knotwise.engine.model;

/** An inclusive range of numbers, e.g. 4 to 7 out of 10. */
public record Range(int min, int max) {
}
