package org.knotwise.engine.model;

/** A coded piece of advice: an adjustment or a failure reason, with a sentence for the person. */
public record Coded(String code, String message) {
}
