package org.knotwise.engine.rulebase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The files directly in a classpath folder, the same from a directory and from a jar. */
class ClasspathFolderTest {
    @TempDir
    Path dir;

    private static final Map<String, String> FILES = Map.of(
            "pkg/b.drl", "rule b", "pkg/a.drl", "rule a", "pkg/notes.txt", "not a rule",
            "pkg/sub/c.drl", "a subfolder's", "other/d.drl", "another folder's");

    @Test
    void aJarAndADirectoryListTheSameFilesSortedByName() throws Exception {
        Path folder = dir.resolve("classes");
        Path jar = dir.resolve("files.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry("pkg/"));
            for (var f : FILES.entrySet()) {
                Path p = folder.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue());
                j.putNextEntry(new JarEntry(f.getKey()));
                j.write(f.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        for (Path entry : List.of(folder, jar)) {
            try (URLClassLoader loader = new URLClassLoader(new URL[]{entry.toUri().toURL()}, null)) {
                Map<URL, Map<String, byte[]>> listed = ClasspathFolder.list(loader, "pkg", ".drl");
                assertThat(listed).as(entry.toString()).hasSize(1);
                Map<String, byte[]> files = listed.values().iterator().next();
                assertThat(files.keySet()).as(entry.toString()).containsExactly("a.drl", "b.drl");
                assertThat(new String(files.get("b.drl"), StandardCharsets.UTF_8)).isEqualTo("rule b");
                assertThat(ClasspathFolder.list(loader, "nowhere", ".drl")).isEmpty();
            }
        }
    }
}
