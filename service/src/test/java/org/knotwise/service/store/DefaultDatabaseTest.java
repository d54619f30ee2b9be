package org.knotwise.service.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The default SQLite file follows the XDG Base Directory spec, and its folder is the owner's alone. */
class DefaultDatabaseTest {
    @TempDir
    Path tmp;

    @Test
    void itIsInXdgDataHomeOrElseInDotLocalShare() {
        assertThat(DefaultDatabase.file(Map.of("XDG_DATA_HOME", "/data"), "/home/kim"))
                .isEqualTo(Path.of("/data/knotwise/knotwise-service.db"));
        assertThat(DefaultDatabase.file(Map.of(), "/home/kim"))
                .isEqualTo(Path.of("/home/kim/.local/share/knotwise/knotwise-service.db"));
        // the spec: an empty or relative value is to be ignored
        assertThat(DefaultDatabase.file(Map.of("XDG_DATA_HOME", ""), "/home/kim"))
                .isEqualTo(Path.of("/home/kim/.local/share/knotwise/knotwise-service.db"));
        assertThat(DefaultDatabase.file(Map.of("XDG_DATA_HOME", "data"), "/home/kim"))
                .isEqualTo(Path.of("/home/kim/.local/share/knotwise/knotwise-service.db"));
    }

    @Test
    void preparingMakesTheFolderForItsOwnerAlone() throws Exception {
        Path file = DefaultDatabase.file(Map.of("XDG_DATA_HOME", tmp.toString()), "/nowhere");
        DefaultDatabase.prepare(file);
        assertThat(file.getParent()).isDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        DefaultDatabase.prepare(file); // again: already there
    }
}
