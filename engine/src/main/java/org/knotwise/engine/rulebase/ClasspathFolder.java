package org.knotwise.engine.rulebase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files directly in a classpath folder, from a directory or a jar. A jar is listed through the
 * class loader's own open {@link JarFile}, not a zip file system: opening one indexed all ~10,000 entries
 * of the command-line jar and took about a quarter of a second of every one-case run.
 */
final class ClasspathFolder {
    private ClasspathFolder() {
    }

    /**
     * For each classpath entry holding {@code dir} (in classpath order), its files whose names end with
     * {@code suffix}: name (without the folder) to bytes, sorted by name.
     */
    static Map<URL, Map<String, byte[]>> list(ClassLoader loader, String dir, String suffix) {
        Map<URL, Map<String, byte[]>> all = new LinkedHashMap<>();
        try {
            for (URL url : Collections.list(loader.getResources(dir))) {
                all.put(url, files(url, dir, suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** The rules and the knowledge base are listed from the same jar: its entries are walked once. */
    private static final Map<String, List<String>> NAMES_BY_JAR = new ConcurrentHashMap<>();

    private static List<String> namesIn(JarFile file) {
        return NAMES_BY_JAR.computeIfAbsent(file.getName(), n -> {
            List<String> names = new ArrayList<>();
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                if (!entry.isDirectory()) {
                    names.add(entry.getName());
                }
            }
            return names;
        });
    }

    private static Map<String, byte[]> files(URL url, String dir, String suffix) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if ("jar".equals(url.getProtocol())) {
            URLConnection connection = url.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                throw new IllegalStateException("cannot list " + dir + " at " + url);
            }
            // the cached JarFile the class loader reads classes from: not ours to close
            JarFile file = jar.getJarFile();
            String prefix = dir + "/";
            for (String name : namesIn(file)) {
                if (name.startsWith(prefix) && name.endsWith(suffix) && name.indexOf('/', prefix.length()) < 0) {
                    try (InputStream in = file.getInputStream(file.getJarEntry(name))) {
                        files.put(name.substring(prefix.length()), in.readAllBytes());
                    }
                }
            }
            return files;
        }
        Path folder;
        try {
            folder = Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list " + dir + " at " + url, e);
        }
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path p : paths.filter(p -> p.getFileName().toString().endsWith(suffix)).toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
