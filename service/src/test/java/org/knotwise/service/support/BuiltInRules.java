package org.knotwise.service.support;

import org.knotwise.engine.rulebase.RuleFile;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** Copies the built-in rule files (from the knotwise-rules classes or jar) into a folder, as {@code rules init} would. */
public final class BuiltInRules {
    private BuiltInRules() {
    }

    /** Writes the built-in DRL files into a folder, as a knowledge engineer's copy would hold them. */
    public static Path copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (RuleFile f : org.knotwise.engine.rulebase.BuiltInRules.files()) {
            Files.writeString(dir.resolve(f.name()), f.text());
        }
        return dir;
    }
}
