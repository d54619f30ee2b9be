package org.knotwise.kb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The anatomy the rules reason over: body regions, the step toward the centre from each, how each
 * is reached, and the referred-pain map. Immutable and safe to share between threads; the rules
 * see it as the global {@code kb}.
 */
public final class KnowledgeBase {

    /** File names inside a knowledge-base folder (and the classpath folder {@link #CLASSPATH_DIR}). */
    public static final String REGIONS_FILE = "regions.csv";
    public static final String REFERRALS_FILE = "referrals.csv";
    public static final String CLASSPATH_DIR = "knotwise/kb/";

    private final Map<String, Region> regions;
    private final Map<String, Integer> depth;
    private final List<Referral> referrals;
    private final Map<String, List<Referral>> referralsByPain;
    private final Map<String, List<String>> musclesByTriggerRegion;
    private final List<KnowledgeBaseProblem> warnings;

    KnowledgeBase(Map<String, Region> regions, Map<String, Integer> depth, List<Referral> referrals,
                  List<KnowledgeBaseProblem> warnings) {
        this.regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
        this.depth = Map.copyOf(depth);
        this.referrals = List.copyOf(referrals);
        Map<String, List<Referral>> byPain = new LinkedHashMap<>();
        Map<String, Set<String>> muscles = new LinkedHashMap<>();
        for (Referral r : referrals) {
            byPain.computeIfAbsent(r.painRegion(), k -> new ArrayList<>()).add(r);
            muscles.computeIfAbsent(r.triggerRegion(), k -> new LinkedHashSet<>()).add(r.muscle());
        }
        Map<String, List<Referral>> frozen = new LinkedHashMap<>();
        byPain.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.referralsByPain = Collections.unmodifiableMap(frozen);
        Map<String, List<String>> frozenMuscles = new LinkedHashMap<>();
        muscles.forEach((k, v) -> frozenMuscles.put(k, List.copyOf(v)));
        this.musclesByTriggerRegion = Collections.unmodifiableMap(frozenMuscles);
        this.warnings = List.copyOf(warnings);
    }

    /** The knowledge base shipped inside this jar. */
    public static KnowledgeBase builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** Loads {@code regions.csv} and {@code referrals.csv} from a folder; throws on any error. */
    public static KnowledgeBase load(Path folder) {
        return new KnowledgeBaseLoader(KnowledgeBaseLoader.Source.folder(folder)).load();
    }

    public boolean isRegion(String id) {
        return regions.containsKey(id);
    }

    /** The region with this id, or null. */
    public Region region(String id) {
        return regions.get(id);
    }

    public Map<String, Region> regions() {
        return regions;
    }

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

    /** How a person reaches the region, best first. */
    public List<String> reach(String region) {
        Region r = regions.get(region);
        return r == null ? List.of() : r.reach();
    }

    public boolean isWide(String region) {
        Region r = regions.get(region);
        return r != null && r.wide();
    }

    /**
     * Steps from the pain region toward the centre of the body to reach {@code site}: 0 at the
     * same depth, positive when the site is nearer the centre, negative when farther out.
     */
    public int stepsTowardCentre(String painRegion, String site) {
        return depthOf(painRegion) - depthOf(site);
    }

    /** Steps from this region to the trunk core (0 for the trunk core itself). */
    public int depthOf(String region) {
        Integer d = depth.get(region);
        if (d == null) {
            throw new IllegalArgumentException("unknown region: " + region);
        }
        return d;
    }

    /** Non-fatal findings from loading, e.g. regions no referral row covers. */
    public List<KnowledgeBaseProblem> warnings() {
        return warnings;
    }

    private static final class BuiltIn {
        static final KnowledgeBase INSTANCE =
                new KnowledgeBaseLoader(KnowledgeBaseLoader.Source.classpath()).load();
    }
}
