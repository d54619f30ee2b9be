package org.knotwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's chromium, headless, as {@link HeadlessBrowser}: takes screenshots, and lists what a page
 * asked the network for (from chromium's own network log, keeping only requests made for the page,
 * not the browser's background ones).
 */
final class BrowserPictures {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private BrowserPictures() {
    }

    /** A screenshot of the page's first width x height pixels, written to {@code png}. */
    static BufferedImage screenshot(Path page, Path png, int width, int height) throws Exception {
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        run(page, "--window-size=" + width + "," + height, "--hide-scrollbars", "--screenshot=" + png.toAbsolutePath());
        if (!Files.exists(png)) {
            throw new AssertionError("chromium wrote no screenshot of " + page);
        }
        return ImageIO.read(png.toFile());
    }

    /** Every address the page itself requested (file://, data: and about: excluded). */
    static List<String> pageRequests(Path page) throws Exception {
        Path log = Files.createTempFile("knotwise-netlog", ".json");
        try {
            run(page, "--log-net-log=" + log, "--dump-dom");
            List<String> urls = new ArrayList<>();
            JsonNode events = new ObjectMapper().readTree(log.toFile()).path("events");
            for (JsonNode e : events) {
                JsonNode p = e.path("params");
                String url = p.path("url").asText("");
                boolean forThePage = p.path("network_isolation_key").asText("").startsWith("file://");
                if (forThePage && !url.isEmpty() && !url.startsWith("file:") && !url.startsWith("data:") && !url.startsWith("about:")) {
                    urls.add(url);
                }
            }
            return urls;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** How many pixels are within {@code tolerance} of a colour (#rrggbb) on each channel. */
    static int pixelsNear(BufferedImage image, String hex, int tolerance) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs((p >> 16 & 0xff) - r) <= tolerance && Math.abs((p >> 8 & 0xff) - g) <= tolerance
                        && Math.abs((p & 0xff) - b) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }

    private static void run(Path page, String... extra) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            String why = CHROMIUM + " is missing: apt-get install -y chromium (.ci/run does)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(why);
            }
            Assumptions.abort(why);
        }
        Path profile = Files.createTempDirectory("knotwise-chromium");
        Path err = Files.createTempFile("knotwise-chromium", ".log");
        try {
            List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile));
            command.addAll(List.of(extra));
            command.add(page.toUri().toString());
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).start();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("chromium did not finish in 90 s: " + page);
            }
            if (p.exitValue() != 0) {
                throw new AssertionError("chromium failed (exit " + p.exitValue() + ") on " + page + ":\n" + Files.readString(err));
            }
        } finally {
            Files.deleteIfExists(err);
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
