package org.knotwise.engine.model;

/**
 * A spot the person pressed and what they felt there. {@code goodPain} and {@code relevant} are
 * null when the person could not tell.
 */
public record Spot(String region, boolean tender, Boolean goodPain, Boolean relevant, boolean bumpOrTwitch,
                   boolean fibreDirectionKnown) {
}
