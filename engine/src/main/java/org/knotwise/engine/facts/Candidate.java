package org.knotwise.engine.facts;

import org.kie.api.definition.type.Modifies;

import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Referral;

import org.knotwise.engine.text.Text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;

/**
 * A place where the trigger points probably are. Rules create it, add evidence to it and weigh it;
 * {@link SiteRanking} then puts the sites in the order the article explores them.
 */
public class Candidate implements Describable {
    public static final String PALPATED = "palpated";
    public static final String REFERRAL = "referral";
    public static final String AREA = "area";

    private final String region;
    private final String basis;
    private int stepsTowardCentre;
    private final Integer spotIndex;
    private int mapRank;
    private boolean fibreDirectionKnown;
    private boolean hardToReach;
    private int score;
    private String confidence = "low";
    /** Place in the ranking, 1 for the top site (where strokes and tools are decided); 0 until ranked. */
    private int rank;
    /** Position of the region in the knowledge base, the last tie-break of the ranking. */
    private int regionOrder = Integer.MAX_VALUE;
    /** The pain region this site explains (contract v2 §7.2). */
    private String relatesTo;
    private final List<String> muscles = new ArrayList<>();
    /** Map line of each muscle, so muscles list in the map's order whatever order rules fire in. */
    private final Map<String, Integer> muscleOrder = new HashMap<>();
    private final Set<Referral> absorbed = new HashSet<>();
    /** Evidence in the order it came; the assessment lists it most points first, then by its English words. */
    private final List<Evidence> evidence = new ArrayList<>();

    /** Points of evidence with the reason, a message put into words when the answer is written. */
    public record Evidence(Text why, int points) {
    }

    private Candidate(String region, String basis, int stepsTowardCentre, Integer spotIndex, int mapRank,
                      boolean fibreDirectionKnown) {
        this.region = region;
        this.basis = basis;
        this.stepsTowardCentre = stepsTowardCentre;
        this.spotIndex = spotIndex;
        this.mapRank = mapRank;
        this.fibreDirectionKnown = fibreDirectionKnown;
    }

    /** A candidate supported by a spot the person pressed. */
    public static Candidate palpated(PressedSpot spot) {
        return new Candidate(spot.getRegion(), PALPATED, spot.getStepsTowardCentre(), spot.getIndex(),
                Integer.MAX_VALUE, spot.isFibreDirectionKnown());
    }

    /** A candidate the referred-pain map proposes. */
    public static Candidate referral(Referral row) {
        Candidate c = new Candidate(row.triggerRegion(), REFERRAL, row.stepsTowardCentre(), null, row.rank(), false);
        c.absorb(row);
        return c;
    }

    /** The pain region itself, to search around when the map has nothing for it. */
    public static Candidate area(String region) {
        return new Candidate(region, AREA, 0, null, Integer.MAX_VALUE, false);
    }

    public String getRegion() { return region; }
    public String getBasis() { return basis; }
    public int getStepsTowardCentre() { return stepsTowardCentre; }
    /** The pressed spot behind it, or null. */
    public Integer getSpotIndex() { return spotIndex; }
    /** Position among the map's rows for the pain region (lower is more likely). */
    public int getMapRank() { return mapRank; }
    public boolean isFibreDirectionKnown() { return fibreDirectionKnown; }
    /** Only deep muscles sit here for this pain: hard to press well on one's own. */
    public boolean isHardToReach() { return hardToReach; }
    public int getScore() { return score; }
    public String getConfidence() { return confidence; }
    public List<String> getMuscles() { return muscles; }
    public int getRank() { return rank; }
    public int getRegionOrder() { return regionOrder; }
    public String getRelatesTo() { return relatesTo; }
    public List<Evidence> getEvidence() { return evidence; }

    /** Adds points of evidence with the reason (a message). */
    @Modifies({"score", "evidence"})
    public void addEvidence(int points, Text why) {
        score += points;
        evidence.add(new Evidence(why, points));
    }

    /** Adds points of evidence in a rule folder's own words, the same in every language. */
    @Modifies({"score", "evidence"})
    public void addEvidence(int points, String why) {
        addEvidence(points, Text.literal(why));
    }

    @Modifies({"muscles"})
    public void addMuscle(String muscle) {
        addMuscle(muscle, Integer.MAX_VALUE);
    }

    /** Adds a muscle from a map row, keeping the muscles in the map's order. */
    @Modifies({"muscles"})
    public void addMuscle(Referral row) {
        addMuscle(row.muscle(), row.line());
    }

    @Modifies({"muscles"})
    public void addMuscles(List<String> names) {
        names.forEach(this::addMuscle);
    }

    private void addMuscle(String muscle, int order) {
        Integer known = muscleOrder.get(muscle);
        if (known == null) {
            muscles.add(muscle);
        }
        if (known == null || order < known) {
            muscleOrder.put(muscle, order);
            muscles.sort(Comparator.comparing((String m) -> muscleOrder.get(m)).thenComparing(m -> m));
        }
    }

    /**
     * Takes in one more map row proposing this site, for any pain region. Whatever order the rows
     * come in, the result is the same: the nearest-to-centre steps, the best map rank, every muscle.
     */
    @Modifies({"muscles", "stepsTowardCentre", "mapRank", "absorbed"})
    public void absorb(Referral row) {
        if (absorbed.isEmpty()) {
            stepsTowardCentre = row.stepsTowardCentre();
            mapRank = row.rank();
        } else {
            stepsTowardCentre = Math.max(stepsTowardCentre, row.stepsTowardCentre());
            mapRank = Math.min(mapRank, row.rank());
        }
        absorbed.add(row);
        addMuscle(row);
    }

    /**
     * A map row that places a muscle at this pressed spot, for any pain region. Every row is taken in,
     * whatever order they come in, so the muscles keep the map's order; each muscle counts once.
     */
    @Modifies({"muscles", "absorbed", "score", "evidence"})
    public void supportedBy(Referral row) {
        boolean newMuscle = !muscleOrder.containsKey(row.muscle());
        absorbed.add(row);
        addMuscle(row);
        if (newMuscle) {
            addEvidence(1, Text.of("evidence.map-has-muscle", "muscle", row.muscle()));
        }
    }

    /** Leaves out the muscles that lie deep (pregnancy: nothing deep is pressed, nor named). */
    @Modifies({"muscles"})
    public void dropDeepMuscles(KnowledgeBase kb) {
        muscles.removeIf(kb::isDeep);
    }

    /** The map rows this site has taken in. */
    public Set<Referral> getAbsorbed() { return absorbed; }

    /** Marks the site as hard to reach on one's own, with the (negative) points that rank it last. */
    @Modifies({"hardToReach", "score", "evidence"})
    public void markHardToReach(int points, Text why) {
        hardToReach = true;
        addEvidence(points, why);
    }

    /** As {@link #markHardToReach(int, Text)}, in a rule folder's own words. */
    @Modifies({"hardToReach", "score", "evidence"})
    public void markHardToReach(int points, String why) {
        markHardToReach(points, Text.literal(why));
    }

    public void setConfidence(String confidence) { this.confidence = confidence; }

    public void setRank(int rank) { this.rank = rank; }

    public void setRegionOrder(int order) { this.regionOrder = order; }

    /**
     * Chooses the pain region this site explains and counts its steps toward the centre from there
     * (contract v2 §7.2): the site itself when it hurts there; for the map's sites, the pain of a map
     * row that proposes it; for a pressed spot, a pain it lies toward the centre from; else the nearest
     * pain on the region tree. Among several, the fewest steps, then the knowledge base's order of
     * regions, never the order the case lists them in.
     */
    @Modifies({"relatesTo", "stepsTowardCentre", "regionOrder"})
    public void placeFrom(KnowledgeBase kb, Collection<String> painRegions) {
        List<String> options = new ArrayList<>();
        if (painRegions.contains(region)) {
            options.add(region);
        } else if (REFERRAL.equals(basis)) {
            absorbed.stream().map(Referral::painRegion).filter(painRegions::contains).forEach(options::add);
        } else {
            painRegions.stream().filter(p -> kb.isTowardCentre(p, region)).forEach(options::add);
        }
        relatesTo = options.isEmpty()
                ? kb.nearestRegion(region, painRegions)
                : options.stream().min(Comparator.comparingInt((String p) -> Math.abs(kb.stepsTowardCentre(p, region)))
                        .thenComparingInt(kb::regionOrder)).orElseThrow();
        stepsTowardCentre = kb.stepsTowardCentre(relatesTo, region);
        regionOrder = kb.regionOrder(region);
    }

    public void setFibreDirectionKnown(boolean known) { this.fibreDirectionKnown = known; }

    @Override
    public String describe() {
        return basis + " candidate at " + region + " (score " + score + ")";
    }
}
