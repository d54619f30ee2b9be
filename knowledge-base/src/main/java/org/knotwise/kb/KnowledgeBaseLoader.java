package org.knotwise.kb;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
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
 * Reads and checks the two CSV files. Collects every problem with its file and line, and refuses
 * to build a knowledge base when any of them is an error: the rules never see half the data.
 */
final class KnowledgeBaseLoader {

    private static final List<String> REGION_COLUMNS =
            List.of("region", "area", "towardCentre", "wide", "reach", "fibreDirection", "source");
    private static final List<String> REFERRAL_COLUMNS =
            List.of("painRegion", "muscle", "triggerRegion", "source");

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
                        throw new IOException("not found on the classpath");
                    }
                    return in;
                }
            };
        }
    }

    private record Row(int line, Map<String, String> cells) {
        String get(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.trim();
        }
    }

    private final Source source;
    private final List<KnowledgeBaseProblem> problems = new ArrayList<>();

    KnowledgeBaseLoader(Source source) {
        this.source = source;
    }

    /** Loads and checks; the result of {@link #problems()} lists everything found. */
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
        Map<String, Integer> depth = depths(regions);
        List<Referral> referrals = readReferrals(regions, depth);
        warnUncovered(regions, referrals);
        if (problems.stream().anyMatch(KnowledgeBaseProblem::isError)) {
            return null;
        }
        return new KnowledgeBase(regions, depth, referrals,
                problems.stream().filter(p -> !p.isError()).toList());
    }

    List<KnowledgeBaseProblem> problems() {
        return problems;
    }

    /** Checks a folder and returns every problem, errors and warnings alike. */
    static List<KnowledgeBaseProblem> check(Path folder) {
        KnowledgeBaseLoader loader = new KnowledgeBaseLoader(Source.folder(folder));
        loader.tryLoad();
        return List.copyOf(loader.problems);
    }

    private Map<String, Region> readRegions() {
        String file = source.describe(KnowledgeBase.REGIONS_FILE);
        Map<String, Region> regions = new LinkedHashMap<>();
        for (Row row : readCsv(KnowledgeBase.REGIONS_FILE, REGION_COLUMNS)) {
            String id = row.get("region");
            if (id == null) {
                error(file, row.line, "a row without a region id");
                continue;
            }
            if (regions.containsKey(id)) {
                error(file, row.line, "region '" + id + "' is listed twice (first on line "
                        + regions.get(id).line() + ")");
                continue;
            }
            String area = row.get("area");
            if (area == null || !Vocabulary.AREAS.contains(area)) {
                error(file, row.line, "region '" + id + "': area '" + area + "' is not one of " + Vocabulary.AREAS);
            }
            String wide = row.get("wide");
            if (wide != null && !wide.equals("true") && !wide.equals("false")) {
                error(file, row.line, "region '" + id + "': wide must be true or false, not '" + wide + "'");
            }
            List<String> reach = splitList(row.get("reach"));
            for (String tool : reach) {
                if (!Vocabulary.TOOLS.contains(tool)) {
                    error(file, row.line, "region '" + id + "': unknown tool '" + tool + "' in reach");
                }
            }
            boolean isWide = "true".equals(wide);
            if (reach.contains("foam-roller") && !isWide) {
                error(file, row.line, "region '" + id + "': a foam roller is only for wide areas, but wide is false");
            }
            if (reach.isEmpty()) {
                error(file, row.line, "region '" + id + "': no reach given (how does a person rub it?)");
            }
            if (row.get("source") == null) {
                error(file, row.line, "region '" + id + "': no source named");
            }
            regions.put(id, new Region(id, area, row.get("towardCentre"), isWide, reach,
                    row.get("fibreDirection"), row.get("source"), row.line));
        }
        for (String id : Vocabulary.REGIONS) {
            if (!regions.containsKey(id)) {
                error(file, 0, "the contract's region '" + id + "' is missing");
            }
        }
        for (Region r : regions.values()) {
            if (r.towardCentre() != null && !regions.containsKey(r.towardCentre())) {
                error(file, r.line(), "region '" + r.id() + "': towardCentre '" + r.towardCentre()
                        + "' is not a region");
            }
        }
        return regions;
    }

    /** Steps from each region to the trunk core, following towardCentre; reports cycles. */
    private Map<String, Integer> depths(Map<String, Region> regions) {
        String file = source.describe(KnowledgeBase.REGIONS_FILE);
        Map<String, Integer> depth = new HashMap<>();
        for (Region start : regions.values()) {
            Set<String> seen = new HashSet<>();
            int steps = 0;
            Region r = start;
            while (r != null && r.towardCentre() != null) {
                if (!seen.add(r.id())) {
                    error(file, start.line(), "region '" + start.id() + "': towardCentre goes round in a circle");
                    break;
                }
                r = regions.get(r.towardCentre());
                steps++;
            }
            depth.put(start.id(), steps);
        }
        return depth;
    }

    private List<Referral> readReferrals(Map<String, Region> regions, Map<String, Integer> depth) {
        String file = source.describe(KnowledgeBase.REFERRALS_FILE);
        List<Referral> referrals = new ArrayList<>();
        Map<String, Integer> rankByPain = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Row row : readCsv(KnowledgeBase.REFERRALS_FILE, REFERRAL_COLUMNS)) {
            String pain = row.get("painRegion");
            String muscle = row.get("muscle");
            String trigger = row.get("triggerRegion");
            boolean ok = true;
            if (pain == null || !regions.containsKey(pain)) {
                error(file, row.line, "unknown painRegion '" + pain + "'");
                ok = false;
            }
            if (trigger == null || !regions.containsKey(trigger)) {
                error(file, row.line, "unknown triggerRegion '" + trigger + "'");
                ok = false;
            }
            if (muscle == null) {
                error(file, row.line, "no muscle named");
                ok = false;
            }
            if (row.get("source") == null) {
                error(file, row.line, "no source named for " + muscle + " → " + pain);
                ok = false;
            }
            if (!ok) {
                continue;
            }
            String key = pain + "|" + muscle + "|" + trigger;
            Integer first = seen.putIfAbsent(key, row.line);
            if (first != null) {
                warning(file, row.line, "same pattern as line " + first + " (" + muscle + " → " + pain + ")");
                continue;
            }
            int rank = rankByPain.merge(pain, 1, Integer::sum) - 1;
            int steps = depth.getOrDefault(pain, 0) - depth.getOrDefault(trigger, 0);
            referrals.add(new Referral(pain, muscle, trigger, row.get("source"), steps, rank, row.line));
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

    private List<Row> readCsv(String name, List<String> required) {
        String file = source.describe(name);
        List<Row> rows = new ArrayList<>();
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
        try (InputStream in = source.open(name);
             MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                     .with(schema).with(CsvParser.Feature.TRIM_SPACES).readValues(in)) {
            boolean headerChecked = false;
            while (it.hasNextValue()) {
                // The row's own line: once the row is read, the parser already stands on the next one.
                int line = it.getParser().currentLocation().getLineNr();
                Map<String, String> cells = it.nextValue();
                if (!headerChecked) {
                    headerChecked = true;
                    for (String column : required) {
                        if (!cells.containsKey(column)) {
                            error(file, 1, "missing column '" + column + "' (expected " + required + ")");
                        }
                    }
                }
                rows.add(new Row(line, cells));
            }
        } catch (IOException | RuntimeException e) {
            error(file, 0, "cannot read: " + e.getMessage());
        }
        return rows;
    }

    private static List<String> splitList(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private void error(String file, int line, String message) {
        problems.add(new KnowledgeBaseProblem(KnowledgeBaseProblem.Severity.ERROR, file, line, message));
    }

    private void warning(String file, int line, String message) {
        problems.add(new KnowledgeBaseProblem(KnowledgeBaseProblem.Severity.WARNING, file, line, message));
    }

}
