package org.knotwise.cli;

import org.knotwise.engine.Knotwise;
import org.knotwise.workbench.gate.GatedRuleBase;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --rules DIR}: use the rule files (and kb/ data) in a folder instead of the built-in ones. */
public final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Use the .drl files (and kb/ data) in DIR instead of the built-in rules.")
    public Path folder;

    /** The engine, once its rules compiled with type checking and passed the gate (see {@link GatedRuleBase}). */
    public Knotwise engine() {
        return GatedRuleBase.load(folderOrBuiltIn());
    }

    /** As {@link #engine()}, with the draft rules too when {@code drafts} (see {@link DraftsOption}). */
    public Knotwise engine(DraftsOption drafts) {
        return GatedRuleBase.load(folderOrBuiltIn(), drafts.on);
    }

    /** The folder, checked to exist; null for the built-in rules. */
    public Path folderOrBuiltIn() {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--rules " + folder + ": no such folder");
        }
        return folder;
    }
}
