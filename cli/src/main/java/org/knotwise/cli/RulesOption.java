package org.knotwise.cli;

import org.knotwise.engine.Knotwise;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --rules DIR}: use the rule files (and kb/ data) in a folder instead of the built-in ones. */
public final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Use the .drl files (and kb/ data) in DIR instead of the built-in rules.")
    public Path folder;

    public Knotwise engine() {
        if (folder == null) {
            return Knotwise.builtIn();
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--rules " + folder + ": no such folder");
        }
        return Knotwise.withRules(folder);
    }

    /** The folder, checked to exist; null for the built-in rules. */
    public Path folderOrBuiltIn() {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--rules " + folder + ": no such folder");
        }
        return folder;
    }
}
