package org.knotwise.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.function.Predicate;

/**
 * Output files that never look complete before they are: written to a hidden temporary file beside
 * the target, then renamed to the target when the work is done, or to {@code TARGET.partial} when
 * it stopped early (whole lines only), or deleted when it failed. A target that exists and is not a
 * regular file ({@code /dev/null}, a named pipe, a terminal) is written in place: renaming over it
 * would replace the device with a file.
 */
final class OutputFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private OutputFiles() {
    }

    interface Body<T> {
        T write(Writer out) throws IOException;
    }

    /** The name an interrupted run leaves its whole lines under. */
    static Path partial(Path target) {
        return target.resolveSibling(target.getFileName() + ".partial");
    }

    static <T> T writeThenRename(Path target, Body<T> body, Predicate<T> complete) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (Files.isDirectory(target)) {
            throw new IOException("cannot write " + target + ": it is a folder");
        }
        if (isSpecial(target)) {
            try (Writer out = new OutputStreamWriter(Files.newOutputStream(target, StandardOpenOption.WRITE),
                    StandardCharsets.UTF_8)) {
                return body.write(out);
            } catch (IOException e) {
                throw new IOException("cannot write " + target + ": " + reason(e), e);
            }
        }
        // Not Files.createTempFile: its owner-only permissions would stay on the result.
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
        OutputStream stream;
        try {
            stream = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        }
        tmp.toFile().deleteOnExit(); // a run ended by Ctrl-C leaves no hidden temporary file behind
        try {
            T result;
            // Unbuffered beyond the encoder: the body decides where flushes fall (at line ends).
            try (Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
                result = body.write(out);
            } catch (IOException e) {
                throw new IOException("cannot write " + target + ": " + reason(e), e);
            }
            move(tmp, complete.test(result) ? target : partial(target));
            return result;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** An existing target that is not a regular file: a device, a named pipe or a terminal. */
    static boolean isSpecial(Path target) {
        return Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder";
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
