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
     * Steps from {@code from} to {@code site} on the region tree, signed by direction:
     * <ul>
     * <li>0 only when the site is {@code from} itself;</li>
     * <li>positive, the number of steps, when the site lies on the way from {@code from} toward
     *     the centre (wrist-back → forearm-back: 1);</li>
     * <li>negative otherwise, and then minus {@link #treeDistance}: −n when the site lies n steps
     *     farther out on the same limb (heel → sole: −1), and also for a site on another branch
     *     (knee-front → thigh-outer: −7, neck-back → shoulder-top: −2), which is never "at the
     *     pain" and never "toward the centre" even when it happens to be as deep.</li>
     * </ul>
     * So {@code Math.abs(steps) == treeDistance(from, site)} always, and the sign alone says
     * whether the site lies toward the centre. Throws on an unknown region.
     */
    public int stepsTowardCentre(String from, String site) {
        return tree.stepsTowardCentre(from, site);
    }

    /** True when {@code site} lies on the way from {@code from} toward the centre (a proper ancestor on the tree). */
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
     * the body (head-neck, shoulder-arm, trunk, leg), lies on the way from the pain toward the
     * centre, or the map has a muscle there that sends pain to that region. An unknown region
     * counts as linked, so a gap in the data never sets a spot aside.
     */
    public boolean linkedToPain(String pain, String site) {
        Region p = regions.get(pain);
        Region s = regions.get(site);
        if (p == null || s == null || p.area().equals(s.area())) {
            return true;
        }
        if (tree.isTowardCentre(pain, site)) {
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
