package org.knotwise.engine.model;

/** How long one session lasts: where to start and roughly the most needed, in seconds. */
public record SessionLength(int start, int max) {
}
