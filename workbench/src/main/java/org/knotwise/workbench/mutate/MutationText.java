package org.knotwise.workbench.mutate;

import java.util.Locale;
import java.util.Map;

/** The mutation report as plain text: the score, then each mutant no scenario noticed. */
public final class MutationText {
    private MutationText() {
    }

    public static String render(MutationReport r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%d mutants: %d killed, %d survived, %d declared equivalent, %d did not compile (%d scenarios, %.1f s)%n",
                r.total(), r.killed(), r.survivors().size(), r.equivalent().size(), r.notCompiling().size(), r.scenarios(),
                r.millis() / 1000.0));
        s.append(String.format(Locale.ROOT, "Score: %.1f%% (killed / (mutants - not compiling - declared equivalent) = %d / %d)%n",
                r.score(), r.killed(), r.total() - r.notCompiling().size() - r.equivalent().size()));
        if (!r.survivors().isEmpty()) {
            s.append(System.lineSeparator()).append("Mutants no scenario noticed (").append(r.survivors().size()).append("):")
                    .append(System.lineSeparator());
            for (Mutant m : r.survivors()) {
                s.append("  ").append(m.location()).append("  ").append(m.key()).append(System.lineSeparator());
            }
        }
        if (!r.equivalent().isEmpty()) {
            s.append(System.lineSeparator()).append("Declared equivalent (").append(r.equivalent().size()).append("):")
                    .append(System.lineSeparator());
            for (Map.Entry<Mutant, String> e : r.equivalent().entrySet()) {
                s.append("  ").append(e.getKey().location()).append("  ").append(e.getKey().key()).append(System.lineSeparator())
                        .append("      because ").append(e.getValue()).append(System.lineSeparator());
            }
        }
        if (!r.staleEquivalents().isEmpty()) {
            s.append(System.lineSeparator()).append("Stale entries of the equivalent-mutants file:").append(System.lineSeparator());
            r.staleEquivalents().forEach(k -> s.append("  ").append(k).append(System.lineSeparator()));
        }
        return s.toString();
    }
}
