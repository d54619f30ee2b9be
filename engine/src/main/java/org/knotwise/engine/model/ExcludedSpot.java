package org.knotwise.engine.model;

/** A pressed spot ruled out as a trigger point, with the reason code (NOT_TENDER, NOT_RELEVANT, BUMP_ONLY). */
public record ExcludedSpot(String region, String reason) {
}
