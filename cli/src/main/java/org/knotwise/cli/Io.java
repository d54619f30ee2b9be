package org.knotwise.cli;

import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opening inputs, where "-" means the command line's standard input. */
public final class Io {
    private Io() {
    }

    /**
     * Opens a file, or for "-" the standard input of the command line that {@code spec} belongs to.
     * {@code expected} says what to give instead of a folder ("a .jsonl file").
     */
    public static InputStream open(String name, CommandSpec spec, String expected) throws IOException {
        if ("-".equals(name)) {
            return spec.root().userObject() instanceof KnotwiseCommand k ? k.stdin() : System.in;
        }
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            throw new IOException(name + ": is a directory, give " + expected);
        }
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new IOException("cannot read " + name + ": no such file");
        }
    }
}
