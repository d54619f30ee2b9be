package org.knotwise.engine.model;

/** Something in a case that was read past rather than refused, e.g. an unknown (misspelt) field. */
public record FieldWarning(String field, String message) {
}
