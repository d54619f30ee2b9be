package org.knotwise.workbench.mutate;

import org.knotwise.engine.rulebase.RuleFile;

import java.util.ArrayList;
import java.util.List;

/**
 * One small change to one rule: the rule base with it differs from the original in one file only.
 *
 * @param key    how the equivalent-mutants file names it: {@code ruleId: change}
 * @param change the change in words, e.g. {@code flip ">=" to ">" in "score >= 4"}
 * @param fileIndex which of the rule base's files is changed, and {@code text} its changed text
 */
public record Mutant(String ruleId, String file, int line, String change, String key, int fileIndex, String text) {

    /** The rule base's files with this change made. */
    public List<RuleFile> apply(List<RuleFile> original) {
        List<RuleFile> files = new ArrayList<>(original);
        files.set(fileIndex, new RuleFile(original.get(fileIndex).name(), text));
        return files;
    }

    public String location() {
        return file + ":" + line;
    }
}
