package org.knotwise.engine.rulebase;

import org.knotwise.engine.model.RuleBaseIdentity;
import org.knotwise.kb.KnowledgeBase;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Names a rule base (contract §7.8): its name and version, and a SHA-256 over its rule and data
 * and message files. The digest reads each file as bytes, named as a rules folder names it ({@code x.drl},
 * {@code kb/regions.csv}, {@code messages/en.properties}), sorted by that name: so a folder made by {@code rules init} and left
 * untouched has the built-in rules' digest, and any edit changes it.
 */
public final class RuleBaseIdentities {
    /** The file in a rules folder that declares its name and version ({@code name=}, {@code version=}). */
    public static final String PROPERTIES_FILE = "rulebase.properties";
    /** The version of a rules folder that declares none. */
    public static final String UNVERSIONED = "unversioned";
    /** Where the built-in rule base's name and version are, filled in from the build's version. */
    static final String BUILT_IN_PROPERTIES = "knotwise/" + PROPERTIES_FILE;
    private static final String DATA_SUFFIX = ".csv";

    private RuleBaseIdentities() {
    }

    /** The built-in rules with the built-in knowledge base. */
    public static RuleBaseIdentity builtIn(List<RuleFile> ruleFiles) {
        Properties declared = builtInProperties();
        Map<String, byte[]> files = new TreeMap<>(builtInData());
        files.putAll(MessageFolder.builtInBytes());
        ruleFiles.forEach(f -> files.put(f.name(), f.text().getBytes(StandardCharsets.UTF_8)));
        return new RuleBaseIdentity(declared.getProperty("name", "knotwise"),
                declared.getProperty("version", UNVERSIONED), digest(files));
    }

    /** A rules folder: its {@code .drl} files and its {@code kb/} data (or the built-in data when it has none). */
    public static RuleBaseIdentity ofFolder(Path folder, List<RuleFile> ruleFiles) {
        Properties declared = folderProperties(folder);
        Map<String, byte[]> files = new TreeMap<>();
        Path kb = folder.resolve(RuleFolder.KB_FOLDER);
        if (Files.isDirectory(kb)) {
            try (Stream<Path> csv = Files.list(kb)) {
                for (Path p : csv.filter(p -> p.getFileName().toString().endsWith(DATA_SUFFIX)).sorted().toList()) {
                    files.put(RuleFolder.KB_FOLDER + "/" + p.getFileName(), Files.readAllBytes(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            files.putAll(builtInData());
        }
        files.putAll(MessageFolder.bytes(folder));
        ruleFiles.forEach(f -> files.put(f.name(), f.text().getBytes(StandardCharsets.UTF_8)));
        Path absolute = folder.toAbsolutePath().normalize();
        String folderName = absolute.getFileName() == null ? absolute.toString() : absolute.getFileName().toString();
        return new RuleBaseIdentity(declared.getProperty("name", folderName).strip(),
                declared.getProperty("version", UNVERSIONED).strip(), digest(files));
    }

    /** SHA-256 over each file's name, length and bytes, in the map's (sorted) order, as 64 hex digits. */
    static String digest(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                // Name and length framed, so moving bytes from one file to the next changes the digest.
                sha.update((f.getKey() + "\n" + f.getValue().length + "\n").getBytes(StandardCharsets.UTF_8));
                sha.update(f.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Properties folderProperties(Path folder) {
        Properties p = new Properties();
        Path file = folder.resolve(PROPERTIES_FILE);
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return p;
    }

    private static Properties builtInProperties() {
        Properties p = new Properties();
        try (InputStream in = RuleBaseIdentities.class.getClassLoader().getResourceAsStream(BUILT_IN_PROPERTIES)) {
            if (in != null) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The built-in knowledge base's CSV files, named {@code kb/NAME.csv}; the first on the classpath wins. */
    private static Map<String, byte[]> builtInData() {
        Map<String, byte[]> files = new TreeMap<>();
        String dir = KnowledgeBase.CLASSPATH_DIR.endsWith("/")
                ? KnowledgeBase.CLASSPATH_DIR.substring(0, KnowledgeBase.CLASSPATH_DIR.length() - 1)
                : KnowledgeBase.CLASSPATH_DIR;
        for (Map<String, byte[]> inEntry : ClasspathFolder.list(RuleBaseIdentities.class.getClassLoader(), dir, DATA_SUFFIX).values()) {
            inEntry.forEach((name, bytes) -> files.putIfAbsent(RuleFolder.KB_FOLDER + "/" + name, bytes));
        }
        return files;
    }
}
