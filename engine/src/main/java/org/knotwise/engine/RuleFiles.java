package org.knotwise.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds DRL files: in a folder a knowledge engineer owns, or the built-in ones on the classpath. */
public final class RuleFiles {

    /** Where the built-in rules sit on the classpath (the rules module's package). */
    public static final String BUILT_IN_PACKAGE = "org/knotwise/rules";

    private RuleFiles() {
    }

    /** Every {@code .drl} file under the folder, sorted by path so loading order never varies. */
    public static List<RuleFile> inFolder(Path folder) {
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

    /** The built-in DRL files shipped in the rules jar, sorted by name. */
    public static List<RuleFile> builtIn() {
        List<RuleFile> files = new ArrayList<>();
        try {
            // Every classpath entry holding the package: in tests the rules' own test classes share it.
            for (URL url : Collections.list(RuleFiles.class.getClassLoader().getResources(BUILT_IN_PACKAGE))) {
                files.addAll(inPackage(url));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("the built-in rules (" + BUILT_IN_PACKAGE
                    + "/*.drl) are not on the classpath: add the knotwise-rules jar");
        }
        files.sort(Comparator.comparing(RuleFile::name));
        return files;
    }

    private static List<RuleFile> inPackage(URL url) throws IOException {
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = newJarFileSystem(uri);
                }
                return inPackage(fs.getPath(BUILT_IN_PACKAGE));
            }
            return inPackage(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list the built-in rules at " + url, e);
        }
    }

    private static synchronized FileSystem newJarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            return FileSystems.newFileSystem(uri, Map.of());
        }
    }

    private static List<RuleFile> inPackage(Path dir) throws IOException {
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path p : paths.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    files.add(new RuleFile(p.getFileName().toString(),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return files;
    }
}
