package org.knotwise.kb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks the four CSV files. Collects every problem with its file and line, and refuses
 * to build a knowledge base when any of them is an error: the rules never see half the data.
 */
final class KnowledgeBaseLoader {

    private static final List<String> REGION_COLUMNS = List.of(
            "region", "area", "towardCentre", "wide", "reach", "fibreDirection", "source", "description");
    private static final List<String> REFERRAL_COLUMNS = List.of("painRegion", "muscle", "triggerRegion", "source");
    private static final List<String> MUSCLE_COLUMNS = List.of("muscle", "region", "deep", "caution", "source");
    /** A {@code title} column (folders made before message files) is read if there, and not required. */
    private static final List<String> CAUTION_COLUMNS = List.of("code", "source_url", "source_name");

    /** Where the files come from: a folder a knowledge engineer owns, or the jar. */
    interface Source {
        String describe(String file);

        InputStream open(String file) throws IOException;

        static Source folder(Path dir) {
            return new Source() {
                public String describe(String file) {
                    return dir.resolve(file).toString();
                }

                public InputStream open(String file) throws IOException {
                    return Files.newInputStream(dir.resolve(file));
                }
            };
        }

        static Source classpath() {
            return new Source() {
                public String describe(String file) {
                    return "classpath:" + KnowledgeBase.CLASSPATH_DIR + file;
                }

                public InputStream open(String file) throws IOException {
                    InputStream in = KnowledgeBase.class.getClassLoader()
                            .getResourceAsStream(KnowledgeBase.CLASSPATH_DIR + file);
                    if (in == null) {
                        throw new NoSuchFileException(file);
                    }
                    return in;
                }
            };
        }
    }

    private final Source source;
    private final List<Problem> problems = new ArrayList<>();

    KnowledgeBaseLoader(Source source) {
        this.source = source;
    }

    /** Loads and checks; throws with every problem found when any is an error. */
    KnowledgeBase load() {
        KnowledgeBase kb = tryLoad();
        if (kb == null) {
            throw new KnowledgeBaseException(problems);
        }
        return kb;
    }

    /** Loads and checks without throwing; null when any error was found. */
    KnowledgeBase tryLoad() {
        Map<String, Region> regions = readRegions();
        boolean treeOk = checkTree(regions);
        RegionTree tree = treeOk ? tree(regions) : null;
        Map<String, Muscle> muscles = readMuscles(regions);
        List<Referral> referrals = readReferrals(regions, muscles, tree);
        Map<String, Caution> cautions = readCautions();
        warnUncovered(regions, referrals);
        warnUnusedMuscles(muscles, referrals);
        if (problems.stream().anyMatch(Problem::isError)) {
            return null;
        }
        return new KnowledgeBase(regions, tree, referrals, muscles, cautions,
                problems.stream().filter(p -> !p.isError()).toList());
    }

    List<Problem> problems() {
        return problems;
    }

    /** Checks a folder and returns every problem, errors and warnings alike. */
    static List<Problem> check(Path folder) {
        KnowledgeBaseLoader loader = new KnowledgeBaseLoader(Source.folder(folder));
        loader.tryLoad();
        return List.copyOf(loader.problems);
    }

    // ---- regions.csv ------------------------------------------------------------------------

    private Map<String, Region> readRegions() {
        String file = source.describe(KnowledgeBase.REGIONS_FILE);
        Map<String, Region> regions = new LinkedHashMap<>();
        for (CsvTable.Row row : readCsv(KnowledgeBase.REGIONS_FILE, REGION_COLUMNS)) {
            String id = row.get("region");
            if (id == null) {
                error(file, row.line(), "a row without a region id");
                continue;
            }
            if (regions.containsKey(id)) {
                error(file, row.line(), "region '" + id + "' is listed twice (first on line "
                        + regions.get(id).line() + ")");
                continue;
            }
            String area = row.get("area");
            if (area == null || !Vocabulary.AREAS.contains(area)) {
                error(file, row.line(), "region '" + id + "': area '" + area + "' is not one of " + Vocabulary.AREAS);
            }
            String wide = row.get("wide");
            if (wide != null && !wide.equals("true") && !wide.equals("false")) {
                error(file, row.line(), "region '" + id + "': wide must be true or false, not '" + wide + "'");
            }
            List<String> reach = splitList(row.get("reach"));
            for (String tool : reach) {
                if (!Vocabulary.TOOLS.contains(tool)) {
                    error(file, row.line(), "region '" + id + "': unknown tool '" + tool + "' in reach"
                            + didYouMean(tool, Vocabulary.TOOLS.stream().sorted().toList()));
                }
            }
            boolean isWide = "true".equals(wide);
            if (reach.contains("foam-roller") && !isWide) {
                error(file, row.line(), "region '" + id + "': a foam roller is only for wide areas, but wide is false");
            }
            if (reach.isEmpty()) {
                error(file, row.line(), "region '" + id + "': no reach given (how does a person rub it?)");
            }
            if (row.get("source") == null) {
                error(file, row.line(), "region '" + id + "': no source named");
            }
            if (row.get("description") == null) {
                error(file, row.line(), "region '" + id + "': no description (one plain line saying where it is)");
            }
            regions.put(id, new Region(id, area, row.get("towardCentre"), isWide, reach,
                    row.get("fibreDirection"), row.get("source"), row.get("description"), row.line()));
        }
        for (String id : Vocabulary.REGIONS) {
            if (!regions.containsKey(id)) {
                error(file, 0, "the contract's region '" + id + "' is missing");
            }
        }
        for (Region r : regions.values()) {
            if (r.towardCentre() != null && !regions.containsKey(r.towardCentre())) {
                error(file, r.line(), "region '" + r.id() + "': towardCentre '" + r.towardCentre()
                        + "' is not a region" + didYouMean(r.towardCentre(), regions.keySet()));
            }
        }
        return regions;
    }

    /** Reports towardCentre chains that go round in a circle; true when there are none. */
    private boolean checkTree(Map<String, Region> regions) {
        String file = source.describe(KnowledgeBase.REGIONS_FILE);
        boolean ok = true;
        for (Region start : regions.values()) {
            Set<String> seen = new HashSet<>();
            for (Region r = start; r != null && r.towardCentre() != null; r = regions.get(r.towardCentre())) {
                if (!seen.add(r.id())) {
                    error(file, start.line(), "region '" + start.id() + "': towardCentre goes round in a circle");
                    ok = false;
                    break;
                }
            }
        }
        return ok;
    }

    private static RegionTree tree(Map<String, Region> regions) {
        Map<String, String> parent = new LinkedHashMap<>();
        Map<String, String> limb = new LinkedHashMap<>();
        regions.values().forEach(r -> {
            parent.put(r.id(), r.towardCentre() != null && regions.containsKey(r.towardCentre()) ? r.towardCentre() : null);
            limb.put(r.id(), r.area());
        });
        return new RegionTree(parent, limb);
    }

    // ---- muscles.csv ------------------------------------------------------------------------

    private Map<String, Muscle> readMuscles(Map<String, Region> regions) {
        String file = source.describe(KnowledgeBase.MUSCLES_FILE);
        Map<String, Muscle> muscles = new LinkedHashMap<>();
        for (CsvTable.Row row : readCsv(KnowledgeBase.MUSCLES_FILE, MUSCLE_COLUMNS)) {
            String name = row.get("muscle");
            if (name == null) {
                error(file, row.line(), "a row without a muscle name");
                continue;
            }
            if (muscles.containsKey(name)) {
                error(file, row.line(), "muscle '" + name + "' is listed twice (first on line "
                        + muscles.get(name).line() + ")");
                continue;
            }
            String region = row.get("region");
            if (region == null || !regions.containsKey(region)) {
                error(file, row.line(), "muscle '" + name + "': unknown region '" + region + "'" + didYouMean(region, regions.keySet()));
            }
            String deep = row.get("deep");
            if (!"true".equals(deep) && !"false".equals(deep)) {
                error(file, row.line(), "muscle '" + name + "': deep must be true or false, not '" + deep + "'");
            }
            String caution = row.get("caution");
            if (caution != null && !Vocabulary.MUSCLE_CAUTIONS.contains(caution)) {
                error(file, row.line(), "muscle '" + name + "': unknown caution '" + caution + "'"
                        + didYouMean(caution, Vocabulary.MUSCLE_CAUTIONS.stream().sorted().toList()) + " (known: "
                        + Vocabulary.MUSCLE_CAUTIONS.stream().sorted().toList() + ", or empty)");
            }
            String src = row.get("source");
            if (src == null) {
                error(file, row.line(), "muscle '" + name + "': no source named");
            } else if (!src.contains("http://") && !src.contains("https://")) {
                error(file, row.line(), "muscle '" + name + "': the source names no public page (http:// or https://)");
            }
            muscles.put(name, new Muscle(name, region, "true".equals(deep), caution, src, row.line()));
        }
        return muscles;
    }

    // ---- referrals.csv ----------------------------------------------------------------------

    private List<Referral> readReferrals(Map<String, Region> regions, Map<String, Muscle> muscles, RegionTree tree) {
        String file = source.describe(KnowledgeBase.REFERRALS_FILE);
        String musclesFile = source.describe(KnowledgeBase.MUSCLES_FILE);
        List<Referral> referrals = new ArrayList<>();
        Map<String, Integer> rankByPain = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, CsvTable.Row> firstPlacement = new HashMap<>();
        for (CsvTable.Row row : readCsv(KnowledgeBase.REFERRALS_FILE, REFERRAL_COLUMNS)) {
            String pain = row.get("painRegion");
            String muscle = row.get("muscle");
            String trigger = row.get("triggerRegion");
            boolean ok = true;
            if (pain == null || !regions.containsKey(pain)) {
                error(file, row.line(), "unknown painRegion '" + pain + "'" + didYouMean(pain, regions.keySet()));
                ok = false;
            }
            boolean triggerKnown = trigger != null && regions.containsKey(trigger);
            if (!triggerKnown) {
                error(file, row.line(), "unknown triggerRegion '" + trigger + "'" + didYouMean(trigger, regions.keySet()));
                ok = false;
            }
            if (muscle == null) {
                error(file, row.line(), "no muscle named");
                ok = false;
            } else {
                Muscle m = muscles.get(muscle);
                CsvTable.Row first = triggerKnown ? firstPlacement.putIfAbsent(muscle, row) : null;
                if (!triggerKnown) {
                    // the unknown region is the problem; where the muscle sits is judged once it is fixed
                } else if (first != null && !trigger.equals(first.get("triggerRegion"))) {
                    error(file, row.line(), "muscle '" + muscle + "' is placed in '" + trigger + "' here but in '"
                            + first.get("triggerRegion") + "' on line " + first.line() + " (one region per muscle)");
                    ok = false;
                } else if (m == null) {
                    error(file, row.line(), "muscle '" + muscle + "' has no row in " + musclesFile);
                    ok = false;
                } else if (m.region() != null && !m.region().equals(trigger)) {
                    error(file, row.line(), "muscle '" + muscle + "' is placed in '" + trigger + "' here but in '"
                            + m.region() + "' by " + KnowledgeBase.MUSCLES_FILE + " line " + m.line()
                            + " (one region per muscle)");
                    ok = false;
                }
            }
            if (row.get("source") == null) {
                error(file, row.line(), "no source named for " + muscle + " → " + pain);
                ok = false;
            }
            if (!ok) {
                continue;
            }
            String key = pain + "|" + muscle + "|" + trigger;
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                warning(file, row.line(), "same pattern as line " + first + " (" + muscle + " → " + pain + ")");
                continue;
            }
            int rank = rankByPain.merge(pain, 1, Integer::sum) - 1;
            int steps = tree == null ? 0 : tree.stepsTowardCentre(pain, trigger);
            referrals.add(new Referral(pain, muscle, trigger, row.get("source"), steps, rank, row.line()));
        }
        return referrals;
    }

    private void warnUncovered(Map<String, Region> regions, List<Referral> referrals) {
        Set<String> covered = new HashSet<>();
        referrals.forEach(r -> covered.add(r.painRegion()));
        for (Region r : regions.values()) {
            if (!covered.contains(r.id())) {
                warning(source.describe(KnowledgeBase.REFERRALS_FILE), 0,
                        "no referral row covers pain in region '" + r.id() + "'");
            }
        }
    }

    private void warnUnusedMuscles(Map<String, Muscle> muscles, List<Referral> referrals) {
        Set<String> named = new HashSet<>();
        referrals.forEach(r -> named.add(r.muscle()));
        for (Muscle m : muscles.values()) {
            if (!named.contains(m.name())) {
                warning(source.describe(KnowledgeBase.MUSCLES_FILE), m.line(),
                        "muscle '" + m.name() + "' is named by no referral row");
            }
        }
    }

    // ---- cautions.csv -----------------------------------------------------------------------

    private Map<String, Caution> readCautions() {
        String file = source.describe(KnowledgeBase.CAUTIONS_FILE);
        Set<String> known = new HashSet<>(Vocabulary.CAUTIONS);
        known.addAll(Vocabulary.MUSCLE_CAUTIONS);
        known.addAll(Vocabulary.RED_FLAGS);
        Map<String, Caution> cautions = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (CsvTable.Row row : readCsv(KnowledgeBase.CAUTIONS_FILE, CAUTION_COLUMNS)) {
            String code = row.get("code");
            if (code == null) {
                error(file, row.line(), "a row without a code");
                continue;
            }
            if (!known.contains(code)) {
                error(file, row.line(), "unknown code '" + code + "'" + didYouMean(code, known.stream().sorted().toList())
                        + ": not a caution (" + Vocabulary.CAUTIONS
                        + ", " + Vocabulary.MUSCLE_CAUTIONS.stream().sorted().toList() + ") or a red flag ("
                        + Vocabulary.RED_FLAGS + ")");
                continue;
            }
            if (lines.containsKey(code)) {
                error(file, row.line(), "'" + code + "' is listed twice (first on line " + lines.get(code) + ")");
                continue;
            }
            lines.put(code, row.line());
            String title = row.get("title");
            String url = row.get("source_url");
            String name = row.get("source_name");
            if (url == null) {
                error(file, row.line(), "'" + code + "': no source_url");
            } else if (!url.startsWith("https://") && !url.startsWith("http://")) {
                error(file, row.line(), "'" + code + "': source_url '" + url + "' is not a web address");
            }
            if (name == null) {
                error(file, row.line(), "'" + code + "': no source_name");
            }
            cautions.put(code, new Caution(code, title, name, url));
        }
        for (String code : known.stream().sorted().toList()) {
            if (!lines.containsKey(code)) {
                error(file, 0, "'" + code + "' has no row: every caution and red flag needs its public source");
            }
        }
        return cautions;
    }

    // ---- shared -----------------------------------------------------------------------------

    private List<CsvTable.Row> readCsv(String name, List<String> required) {
        String file = source.describe(name);
        try (InputStream in = source.open(name)) {
            return CsvTable.read(in, file, required, problems::add);
        } catch (NoSuchFileException e) {
            error(file, 0, "file not found (a knowledge-base folder holds " + KnowledgeBase.FILES + ")");
        } catch (IOException | RuntimeException e) {
            error(file, 0, "cannot read: " + e.getMessage());
        }
        return List.of();
    }

    /**
     * " (did you mean 'shin'?)" for a misspelt id (a region, a tool, a code), else "": the closest ids, found as
     * region names typed by people are (case, spaces and small slips set aside).
     */
    private static String didYouMean(String typed, java.util.Collection<String> ids) {
        if (typed == null) {
            return "";
        }
        List<String> close = new RegionSuggestions(List.copyOf(ids)).closest(typed);
        return close.isEmpty() ? "" : " (did you mean '" + String.join("' or '", close) + "'?)";
    }

    private static List<String> splitList(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private void error(String file, int line, String message) {
        problems.add(Problem.error(file, line, message));
    }

    private void warning(String file, int line, String message) {
        problems.add(Problem.warning(file, line, message));
    }
}
