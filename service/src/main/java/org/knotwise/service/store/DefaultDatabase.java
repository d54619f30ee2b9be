package org.knotwise.service.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Where the SQLite store lives when {@code --db} does not say: the user's data directory of the XDG Base
 * Directory spec, {@code $XDG_DATA_HOME/knotwise/knotwise-service.db} ({@code ~/.local/share/knotwise/...}
 * when it is unset, empty or relative, as the spec says), as long-lived command-line tools keep their state.
 * Never the working directory: that is often a checkout, where a database with health data in it
 * ({@code --log-cases}) could be committed by mistake.
 */
public final class DefaultDatabase {
    public static final String FILE_NAME = "knotwise-service.db";
    /** How the option descriptions name it. */
    public static final String DESCRIPTION = "$XDG_DATA_HOME/knotwise/" + FILE_NAME + ", ~/.local/share/knotwise/ without it";

    private DefaultDatabase() {
    }

    /** The default file for this user and environment. */
    public static Path file() {
        return file(System.getenv(), System.getProperty("user.home"));
    }

    static Path file(Map<String, String> env, String home) {
        String xdg = env.get("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(home, ".local", "share");
        return data.resolve("knotwise").resolve(FILE_NAME);
    }

    public static String url(Path file) {
        return "jdbc:sqlite:" + file;
    }

    /** Creates the file's folder if needed, readable by its owner alone (it may hold the cases served). */
    public static Path prepare(Path file) throws IOException {
        Path dir = file.getParent();
        if (!Files.isDirectory(dir)) {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        return file;
    }
}
