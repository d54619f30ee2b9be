package org.knotwise.engine.rulebase;

import org.knotwise.kb.Problem;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.KnowledgeBaseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A rules folder a knowledge engineer owns: its {@code .drl} files, and its knowledge base in {@code kb/}. */
public final class RuleFolder {
    /** Subfolder of a rules folder that holds the knowledge-base CSV files. */
    public static final String KB_FOLDER = "kb";

    private RuleFolder() {
    }

    /** Every {@code .drl} file under the folder, sorted by path so loading order never varies. */
    public static List<RuleFile> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("not a folder: " + folder);
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            List<RuleFile> files = new ArrayList<>();
            for (Path p : paths.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                files.add(new RuleFile(folder.relativize(p).toString().replace('\\', '/'),
                        Files.readString(p, StandardCharsets.UTF_8)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder's knowledge base, or the built-in one when it has no {@code kb/}; throws on errors. */
    public static KnowledgeBase knowledgeBase(Path folder) {
        Path kb = folder.resolve(KB_FOLDER);
        return Files.isDirectory(kb) ? KnowledgeBase.load(kb) : KnowledgeBase.builtIn();
    }

    /** As {@link #knowledgeBase(Path)}, collecting problems instead of throwing (null when it has errors). */
    static KnowledgeBase knowledgeBase(Path folder, List<Problem> problems) {
        try {
            KnowledgeBase kb = knowledgeBase(folder);
            kb.warnings().forEach(w -> problems.add(w));
            return kb;
        } catch (KnowledgeBaseException e) {
            e.problems().forEach(p -> problems.add(p));
            return null;
        }
    }
}
