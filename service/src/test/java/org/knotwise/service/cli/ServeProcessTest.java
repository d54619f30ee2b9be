package org.knotwise.service.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.service.config.ServiceConfig;
import org.knotwise.service.support.BuiltInRules;
import org.knotwise.service.support.Cases;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code knotwise serve} as a process: it listens at once and says it is warming up, answers meanwhile, says
 * when it is ready, warns loudly without auth, and exits 0 on SIGTERM; a rule that fails while it warms up
 * stops it with exit code 1.
 */
class ServeProcessTest {
    @TempDir
    Path tmp;

    /** A running {@code serve} and its stderr so far. */
    private record Serve(Process process, StringBuffer err) {
        /** Waits (up to a generous bound, not a timing) until stderr has {@code text}. */
        boolean await(String text, long millis) throws InterruptedException {
            long deadline = System.currentTimeMillis() + millis;
            while (!err.toString().contains(text) && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            return err.toString().contains(text);
        }
    }

    private Serve serve(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("serve", "--port", "0", "--insecure-no-auth",
                "--db", "jdbc:sqlite:" + tmp.resolve("serve.db")));
        command.addAll(List.of(args));
        return start(new ProcessBuilder(), command);
    }

    /** The service's command line in a JVM of its own (the builder may set the folder and environment). */
    private static Serve start(ProcessBuilder builder, List<String> args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                ServiceCommand.class.getName()));
        command.addAll(args);
        Process p = builder.command(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        StringBuffer err = new StringBuffer();
        Thread drain = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                r.lines().forEach(l -> err.append(l).append('\n'));
            } catch (java.io.IOException | java.io.UncheckedIOException ignored) {
                // the process is gone
            }
        });
        drain.setDaemon(true);
        drain.start();
        return new Serve(p, err);
    }

    @Test
    void serveListensAtOnceWarmsUpMeanwhileAndRunsUntilSigtermThenExitsZero() throws Exception {
        Serve s = serve();
        Process p = s.process();
        StringBuffer err = s.err();
        try {
            assertThat(s.await("listening on", 60_000)).as(err.toString()).isTrue();
            Matcher m = Pattern.compile("listening on (http://\\S+)").matcher(err);
            assertThat(m.find()).isTrue();
            String uri = m.group(1);
            assertThat(err.toString()).contains("WARNING: --insecure-no-auth")
                    .contains("warming up 20,000 cases (warmUpCases 0 skips it)");
            assertThat(ServiceConfig.DEFAULT_WARM_UP_CASES).isEqualTo(20_000);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create(uri + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            HttpResponse<String> assess = http.send(HttpRequest.newBuilder(URI.create(uri + "/v1/assess"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Cases.WRIST))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(assess.statusCode()).as("answered while warming up").isEqualTo(200);

            assertThat(s.await("knotwise serve: ready: warmed up with 20,000 cases in ", 300_000)).as(err.toString()).isTrue();
            HttpResponse<String> ready = http.send(
                    HttpRequest.newBuilder(URI.create(uri + "/readyz")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(200);

            // SIGTERM by kill: Process.destroy() would also close the pipe we read stderr from
            assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor()).isZero();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(err.toString()).isZero();
            assertThat(s.await("knotwise serve: stopped", 5_000)).as(err.toString()).isTrue();
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void aRuleThatFailsWhileWarmingUpStopsServeWithExitCodeOne() throws Exception {
        Path rules = BuiltInRules.withARuleThatFailsOnSomeCases(tmp.resolve("rules"));
        Path config = Files.writeString(tmp.resolve("config.json"), "{\"warmUpCases\": 2000}");
        Serve s = serve("--rules", rules.toString(), "--config", config.toString());
        try {
            assertThat(s.process().waitFor(300, TimeUnit.SECONDS)).as(s.err().toString()).isTrue();
            assertThat(s.process().exitValue()).as(s.err().toString()).isEqualTo(1);
            assertThat(s.await("knotwise serve: stopped: the rule base failed on a generated case while warming up", 5_000))
                    .as(s.err().toString()).isTrue();
            assertThat(s.err().toString()).contains("listening on", "a rule failed");
        } finally {
            s.process().destroyForcibly();
        }
    }

    /** Not in the working folder (often a checkout): in the XDG data folder, which feedback export reads too. */
    @Test
    void withoutDbTheStoreIsInTheUsersDataFolderNotTheWorkingFolder() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("checkout"));
        Path data = tmp.resolve("data");
        Path config = Files.writeString(tmp.resolve("config.json"), "{\"warmUpCases\": 0}");
        ProcessBuilder builder = new ProcessBuilder().directory(work.toFile());
        builder.environment().put("XDG_DATA_HOME", data.toString());
        Serve s = start(builder, List.of("serve", "--port", "0", "--insecure-no-auth", "--config", config.toString()));
        Path db = data.resolve("knotwise").resolve("knotwise-service.db");
        try {
            assertThat(s.await("listening on", 60_000)).as(s.err().toString()).isTrue();
            assertThat(s.err().toString()).contains("store jdbc:sqlite:" + db);
            assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(s.process().pid())).start().waitFor()).isZero();
            assertThat(s.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            s.process().destroyForcibly();
        }
        assertThat(db).isRegularFile();
        try (var files = Files.list(work)) {
            assertThat(files.toList()).as("nothing in the working folder").isEmpty();
        }

        Serve export = start(builder, List.of("feedback", "export"));
        assertThat(export.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(export.process().exitValue()).as(export.err().toString()).isZero();
        assertThat(export.await("0 cases line(s)", 5_000)).as(export.err().toString()).isTrue();
    }

    @Test
    void withoutIssuersOrTheInsecureFlagServeRefusesToStart() throws Exception {
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cmd = ServiceCommand.commandLine();
        cmd.setErr(new java.io.PrintWriter(err));
        int code = cmd.execute("serve", "--port", "0", "--db", "jdbc:sqlite:" + tmp.resolve("x.db"));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--insecure-no-auth");
    }
}
