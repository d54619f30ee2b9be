package org.knotwise.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opening inputs, where "-" means standard input. */
final class Io {
    private Io() {
    }

    static InputStream open(String name) throws IOException {
        if ("-".equals(name)) {
            return System.in;
        }
        try {
            return Files.newInputStream(Path.of(name));
        } catch (NoSuchFileException e) {
            throw new IOException("cannot read " + name + ": no such file");
        }
    }
}
