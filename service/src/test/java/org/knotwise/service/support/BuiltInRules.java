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

    /** Throws on some generated cases only: those who have kept at massage for more than 45 days. */
    private static final String THROWS_ON_SOME_CASES = """
            package org.knotwise.rules;
            import org.knotwise.engine.facts.*;

            rule "Fails on a long massage history"
                @id("test.throws")
                @source("§ Test")
                @because("the warm-up tests need a rule that fails on some cases only")
                ruleflow-group "plan"
            when
                MassageHistory(days != null, days > 45)
            then
                throw new IllegalStateException("a rule failed");
            end
            """;

    /** The built-in rules and one that throws on some generated cases (the warm-up's tests). */
    public static Path withARuleThatFailsOnSomeCases(Path dir) throws IOException {
        copyTo(dir);
        Files.writeString(dir.resolve("throws.drl"), THROWS_ON_SOME_CASES);
        return dir;
    }
}
