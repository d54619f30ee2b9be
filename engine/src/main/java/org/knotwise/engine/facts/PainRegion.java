package org.knotwise.engine.facts;

/** A region where the person feels the complaint, with what the knowledge base knows of it. */
public class PainRegion implements Describable {
    private final String region;
    private final boolean wide;
    private final int referrals;
    private final String limb;

    public PainRegion(String region, boolean wide, int referrals, String limb) {
        this.region = region;
        this.wide = wide;
        this.referrals = referrals;
        this.limb = limb;
    }

    public String getRegion() { return region; }

    /** The knowledge base's area of the region: head-neck, shoulder-arm, trunk or leg (contract §8.1). */
    public String getLimb() { return limb; }

    /** Broad enough for a foam roller. */
    public boolean isWide() { return wide; }

    /** How many referred-pain patterns the map lists for this region. */
    public int getReferrals() { return referrals; }

    @Override
    public String describe() { return "pain at " + region; }
}
