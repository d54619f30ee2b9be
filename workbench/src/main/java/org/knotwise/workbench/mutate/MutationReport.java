package org.knotwise.workbench.mutate;

import java.util.List;
import java.util.Map;

/**
 * What the scenarios made of the mutants: those no scenario noticed (the survivors), those declared
 * equivalent, and those that did not compile.
 *
 * @param killedBy for each killed mutant's key, the first scenario that noticed it
 * @param staleEquivalents entries of the equivalent-mutants file that match no mutant, or that a scenario killed
 */
public record MutationReport(int total, int killed, List<Mutant> survivors, Map<Mutant, String> equivalent,
                             List<Mutant> notCompiling, Map<String, String> killedBy, List<String> staleEquivalents,
                             int scenarios, long millis) {

    /** killed / (total − not compiling − declared equivalent), in percent. */
    public double score() {
        int counted = total - notCompiling.size() - equivalent.size();
        return counted == 0 ? 100.0 : 100.0 * killed / counted;
    }
}
