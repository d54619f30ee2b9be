package org.knotwise.service.support;

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

    public static Path copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        URL url = BuiltInRules.class.getClassLoader().getResource("org/knotwise/rules");
        if (url == null) {
            throw new IOException("the built-in rules are not on the classpath");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    copy(fs.getPath("org/knotwise/rules"), dir);
                }
            } else {
                copy(Path.of(uri), dir);
            }
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        return dir;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".drl")).toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
    }
}
