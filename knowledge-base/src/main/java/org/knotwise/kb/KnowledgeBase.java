package org.knotwise.kb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The anatomy the rules reason over: body regions and the tree of steps toward the centre, how
 * each region is reached, the referred-pain map, the muscles it names, and the cautions and red
 * flags with their public sources. Immutable and safe to share between threads; the rules see it
 * as the global {@code kb}.
 */
public final class KnowledgeBase {

    /** File names inside a knowledge-base folder (and the classpath folder {@link #CLASSPATH_DIR}). */
    public static final String REGIONS_FILE = "regions.csv";
    public static final String REFERRALS_FILE = "referrals.csv";
    public static final String MUSCLES_FILE = "muscles.csv";
    public static final String CAUTIONS_FILE = "cautions.csv";
    /** Every file a knowledge-base folder holds; copy all of them when making a new folder. */
    public static final List<String> FILES = List.of(REGIONS_FILE, REFERRALS_FILE, MUSCLES_FILE, CAUTIONS_FILE);
    public static final String CLASSPATH_DIR = "knotwise/kb/";

    private final Map<String, Region> regions;
    private final List<String> regionIds;
    private final RegionTree tree;
    private final RegionSuggestions suggestions;
    private final List<Referral> referrals;
    private final Map<String, List<Referral>> referralsByPain;
    private final Map<String, List<String>> musclesByTriggerRegion;
    private final Map<String, Muscle> muscles;
    private final Map<String, Caution> cautions;
    private final List<Problem> warnings;

    KnowledgeBase(Map<String, Region> regions, RegionTree tree, List<Referral> referrals,
                  Map<String, Muscle> muscles, Map<String, Caution> cautions, List<Problem> warnings) {
        this.regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
        this.regionIds = List.copyOf(regions.keySet());
        this.tree = tree;
        this.suggestions = new RegionSuggestions(regionIds);
        this.referrals = List.copyOf(referrals);
        Map<String, List<Referral>> byPain = new LinkedHashMap<>();
        Map<String, Set<String>> byTrigger = new LinkedHashMap<>();
        for (Referral r : referrals) {
            byPain.computeIfAbsent(r.painRegion(), k -> new ArrayList<>()).add(r);
            byTrigger.computeIfAbsent(r.triggerRegion(), k -> new LinkedHashSet<>()).add(r.muscle());
        }
        Map<String, List<Referral>> frozen = new LinkedHashMap<>();
        byPain.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.referralsByPain = Collections.unmodifiableMap(frozen);
        Map<String, List<String>> frozenMuscles = new LinkedHashMap<>();
        byTrigger.forEach((k, v) -> frozenMuscles.put(k, List.copyOf(v)));
        this.musclesByTriggerRegion = Collections.unmodifiableMap(frozenMuscles);
        this.muscles = Collections.unmodifiableMap(new LinkedHashMap<>(muscles));
        this.cautions = Collections.unmodifiableMap(new LinkedHashMap<>(cautions));
        this.warnings = List.copyOf(warnings);
    }

    /** The knowledge base shipped inside this jar. */
    public static KnowledgeBase builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** Loads the {@link #FILES} from a folder; throws {@link KnowledgeBaseException} naming every problem. */
    public static KnowledgeBase load(Path folder) {
        return new KnowledgeBaseLoader(KnowledgeBaseLoader.Source.folder(folder)).load();
    }

    // ---- regions ----------------------------------------------------------------------------

    public boolean isRegion(String id) {
        return regions.containsKey(id);
    }

    /** The region with this id, or null. */
    public Region region(String id) {
        return regions.get(id);
    }

    /** Every region, in regions.csv order. */
    public Map<String, Region> regions() {
        return regions;
    }

    /** The region's position in regions.csv (0 first): the tie-break wherever order must not matter. */
    public int regionOrder(String region) {
        return tree.order(region);
    }

    /**
     * The region ids closest to something that is not one ({@code Heel} → heel, {@code lower back}
     * → low-back, {@code forearm} → forearm-back and forearm-front), best first, at most four;
     * empty when nothing is close. An id that is already a region is returned alone.
     */
    public List<String> closestRegions(String input) {
        return suggestions.closest(input);
    }

    /** How a person reaches the region, best first. */
    public List<String> reach(String region) {
        Region r = regions.get(region);
        return r == null ? List.of() : r.reach();
    }

    public boolean isWide(String region) {
        Region r = regions.get(region);
        return r != null && r.wide();
    }

    // ---- the region tree --------------------------------------------------------------------

    /**
     * How far {@code site} lies toward the centre from the pain region {@code from} (contract §8.1),
     * counted on depths, the links from a region to the trunk core:
     * <ul>
     * <li>toward the centre (less deep, and on the pain's limb, on the trunk, or on the pain's own
     *     path to it): the difference in depth, positive (forearm-back from hand: +2, low-back
     *     from calf: +4);</li>
     * <li>on the pain's limb or the trunk and not nearer: the same difference, 0 beside the pain
     *     (thigh-outer from knee-front, hip-side from thigh-back) or negative farther out (wrist-back
     *     from forearm-back: −1);</li>
     * <li>on another limb: minus the links on the tree path between them (upper-arm-back from
     *     neck-back: −3).</li>
     * </ul>
     * 0 for the region itself. Throws on an unknown region.
     */
    public int stepsTowardCentre(String from, String site) {
        return tree.stepsTowardCentre(from, site);
    }

    /** True when {@code site} lies toward the centre from the pain region {@code from} (contract §8.1). */
    public boolean isTowardCentre(String from, String site) {
        return tree.isTowardCentre(from, site);
    }

    /**
     * Steps between two regions on the tree: up from one to the region both lie beyond, then
     * down to the other. The five trunk roots are one step from each other. 0 only for the same
     * region; symmetric. Throws on an unknown region.
     */
    public int treeDistance(String a, String b) {
        return tree.distance(a, b);
    }

    /**
     * The candidate nearest to {@code site} by {@link #treeDistance}; on a tie the one earlier
     * in regions.csv ({@link #regionOrder}), never the collection's order. Null when there are
     * no candidates; throws on an unknown region.
     */
    public String nearestRegion(String site, Collection<String> candidates) {
        return tree.nearest(site, candidates);
    }

    /** Steps from this region to the trunk core (0 for the five trunk roots). */
    public int depthOf(String region) {
        return tree.depth(region);
    }

    /**
     * Whether a spot at {@code site} is linked to pain at {@code pain}: it is in the same part of
     * the body (head-neck, shoulder-arm, trunk, leg), lies on the pain's own path to the trunk,
     * or the map has a muscle there that sends pain to that region. An unknown region
     * counts as linked, so a gap in the data never sets a spot aside.
     */
    public boolean linkedToPain(String pain, String site) {
        Region p = regions.get(pain);
        Region s = regions.get(site);
        if (p == null || s == null || p.area().equals(s.area())) {
            return true;
        }
        if (tree.onPathToRoot(pain, site)) {
            return true;
        }
        for (Referral ref : referralsTo(pain)) {
            if (ref.triggerRegion().equals(site)) {
                return true;
            }
        }
        return false;
    }

    // ---- the referred-pain map and its muscles ----------------------------------------------

    public List<Referral> referrals() {
        return referrals;
    }

    /** Referred-pain rows for a pain region, most likely first; empty when none. */
    public List<Referral> referralsTo(String painRegion) {
        return referralsByPain.getOrDefault(painRegion, List.of());
    }

    /** Muscles whose trigger points the map places in this region, in map order. */
    public List<String> musclesAt(String region) {
        return musclesByTriggerRegion.getOrDefault(region, List.of());
    }

    /** The muscle with this name (as the map spells it), or null. */
    public Muscle muscle(String name) {
        return muscles.get(name);
    }

    /** Every muscle of muscles.csv, in file order. */
    public Map<String, Muscle> muscles() {
        return muscles;
    }

    /** True when the muscle lies deep (a person cannot press it well alone); false for an unknown name. */
    public boolean isDeep(String muscle) {
        Muscle m = muscles.get(muscle);
        return m != null && m.deep();
    }

    // ---- cautions and red flags -------------------------------------------------------------

    /** The caution or red flag with this code and its public source, or null. */
    public Caution caution(String code) {
        return cautions.get(code);
    }

    /** The public source a caution or red flag rests on, as an answer cites it; every code has one (the loader checks). */
    public String citation(String code) {
        Caution c = cautions.get(code);
        if (c == null) {
            throw new IllegalArgumentException("no source for '" + code + "' in " + CAUTIONS_FILE);
        }
        return c.citation();
    }

    /** Whether muscles.csv gives this muscle this caution (e.g. FRONT_OF_NECK for the scalenes). */
    public boolean hasCaution(String muscle, String code) {
        Muscle m = muscles.get(muscle);
        return m != null && code.equals(m.caution());
    }

    /** Every caution and red flag of cautions.csv, in file order. */
    public Map<String, Caution> cautions() {
        return cautions;
    }

    /** Non-fatal findings from loading, e.g. regions no referral row covers. */
    public List<Problem> warnings() {
        return warnings;
    }

    private static final class BuiltIn {
        static final KnowledgeBase INSTANCE =
                new KnowledgeBaseLoader(KnowledgeBaseLoader.Source.classpath()).load();
    }
}
