package org.knotwise.service.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A short, stable name for a rule base: a SHA-256 over its files (name and content), or over the
 * built-in rules' ids, sources and reasons. Until the engine reports its own version (contract §7.8),
 * this is what the service shows and logs.
 */
public final class RuleBaseVersion {
    private RuleBaseVersion() {
    }

    public static String ofFolder(Path dir) {
        MessageDigest sha = sha256();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(dir.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(f));
                sha.update((byte) 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "folder-" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    public static String ofBuiltIn(List<RuleBaseFacts.RuleSummary> rules) {
        MessageDigest sha = sha256();
        for (RuleBaseFacts.RuleSummary r : rules) {
            sha.update((r.id() + '\0' + r.source() + '\0' + r.name() + '\0' + r.file() + '\n')
                    .getBytes(StandardCharsets.UTF_8));
        }
        return "built-in-" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
