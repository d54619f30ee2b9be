package org.knotwise.engine.facts;

/** A pressed spot ruled out as a trigger point. */
public class Exclusion implements Describable {
    private final int spotIndex;
    private final String region;
    private final String reason;

    public Exclusion(PressedSpot spot, String reason) {
        this.spotIndex = spot.getIndex();
        this.region = spot.getRegion();
        this.reason = reason;
    }

    public int getSpotIndex() { return spotIndex; }
    public String getRegion() { return region; }
    public String getReason() { return reason; }

    @Override
    public String describe() { return region + " excluded: " + reason; }
}
