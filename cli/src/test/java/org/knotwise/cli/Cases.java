package org.knotwise.cli;

import org.knotwise.workbench.generate.CaseGenerator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Batch input files for end-to-end tests, from the engine's case generator. */
final class Cases {
    private Cases() {
    }

    /** Writes {@code count} generated lines, {@code badShare} of them bad, to a file. */
    static Path write(Path file, int count, long seed, double badShare) throws IOException {
        CaseGenerator generator = new CaseGenerator(seed, badShare);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                out.write(generator.nextLine());
                out.write('\n');
            }
        }
        return file;
    }
}
