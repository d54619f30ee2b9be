package org.knotwise.engine.rulebase;

import org.knotwise.engine.text.MessageBook;
import org.knotwise.engine.text.MessageFile;
import org.knotwise.kb.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where a rule base's message files are: {@code messages/*.properties} in a rules folder, or the
 * built-in ones in the rules jar. A folder without {@code messages/} speaks the built-in languages
 * (as a folder without {@code kb/} uses the built-in knowledge base).
 */
public final class MessageFolder {
    /** Subfolder of a rules folder that holds one {@code LANG.properties} per language. */
    public static final String FOLDER = "messages";
    /** Where the built-in message files sit on the classpath. */
    public static final String BUILT_IN = BuiltInRules.PACKAGE + "/" + FOLDER;
    static final String SUFFIX = ".properties";

    private MessageFolder() {
    }

    /** The built-in files' bytes, named {@code messages/en.properties}; the first on the classpath wins. */
    public static Map<String, byte[]> builtInBytes() {
        Map<String, byte[]> files = new TreeMap<>();
        for (Map<String, byte[]> inEntry : ClasspathFolder.list(MessageFolder.class.getClassLoader(), BUILT_IN, SUFFIX).values()) {
            inEntry.forEach((name, bytes) -> files.putIfAbsent(FOLDER + "/" + name, bytes));
        }
        return files;
    }

    /** Whether a rules folder has its own {@code messages/}. */
    public static boolean hasOwn(Path folder) {
        return Files.isDirectory(folder.resolve(FOLDER));
    }

    /** A folder's files' bytes, or the built-in ones when it has no {@code messages/}. */
    public static Map<String, byte[]> bytes(Path folder) {
        Path dir = folder.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return builtInBytes();
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                files.put(FOLDER + "/" + p.getFileName(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Parses files' bytes; problems go to {@code problems}. */
    public static List<MessageFile> parse(Map<String, byte[]> bytes, List<Problem> problems) {
        List<MessageFile> files = new ArrayList<>();
        bytes.forEach((name, b) -> files.add(MessageFile.parse(name, new String(b, StandardCharsets.UTF_8), problems)));
        // no message files at all (the engine without the rules jar): rules in their own words still run
        if (!files.isEmpty() && files.stream().noneMatch(f -> MessageBook.ENGLISH.equals(f.language()))) {
            problems.add(Problem.error(FOLDER + "/" + MessageBook.ENGLISH + SUFFIX, 0,
                    "there is no English message file: English is the default and every language's fallback"));
        }
        return files;
    }

    /** The built-in book. */
    public static MessageBook builtIn() {
        List<Problem> problems = new ArrayList<>();
        List<MessageFile> files = parse(builtInBytes(), problems);
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new RuleBaseException(problems);
        }
        return new MessageBook(files);
    }
}
