package org.knotwise.kb;

import java.util.List;

/**
 * One body region of the contract's vocabulary, as the knowledge base describes it.
 *
 * @param id             the contract's region id, e.g. {@code forearm-back}
 * @param area           head-neck, shoulder-arm, trunk or leg
 * @param towardCentre   the region one step toward the centre of the body; null for the trunk core
 * @param wide           broad enough for a foam roller
 * @param reach          what a person reaches it with, best first
 * @param fibreDirection how the main muscle's fibres run there, when commonly stated; else null
 * @param source         the public source of this row
 * @param description    one plain line saying where the region is, for people and documentation
 * @param line           the line of regions.csv it came from, for error messages
 */
public record Region(String id, String area, String towardCentre, boolean wide, List<String> reach,
                     String fibreDirection, String source, String description, int line) {

    public Region {
        reach = List.copyOf(reach);
    }

    public boolean fibreDirectionKnown() {
        return fibreDirection != null;
    }
}
