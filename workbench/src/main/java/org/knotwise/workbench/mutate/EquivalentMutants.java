package org.knotwise.workbench.mutate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Mutants declared equivalent: changes that cannot alter any answer, each with the reason. One a line,
 * {@code ruleId: change | reason}, exactly as {@code rules mutate} names the mutant; blank lines and lines
 * starting with {@code #} are skipped.
 */
public record EquivalentMutants(Map<String, String> reasonByKey) {

    public static final String FILE_NAME = "equivalent-mutants.txt";
    /** Where the built-in rules' list sits on the classpath (the rules jar). */
    public static final String RESOURCE = "org/knotwise/rules/scenarios/" + FILE_NAME;

    public static EquivalentMutants none() {
        return new EquivalentMutants(Map.of());
    }

    /** @throws IllegalArgumentException naming the line of an entry without a reason */
    public static EquivalentMutants parse(String text, String fileName) {
        Map<String, String> reasons = new LinkedHashMap<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int bar = line.lastIndexOf(" | ");
            if (bar < 0 || line.substring(bar + 3).isBlank()) {
                throw new IllegalArgumentException(fileName + ":" + (i + 1)
                        + ": write each equivalent mutant as \"ruleId: change | why it cannot alter any answer\"");
            }
            reasons.put(line.substring(0, bar).strip(), line.substring(bar + 3).strip());
        }
        return new EquivalentMutants(Map.copyOf(reasons));
    }

    public String reason(Mutant m) {
        return reasonByKey.get(m.key());
    }
}
