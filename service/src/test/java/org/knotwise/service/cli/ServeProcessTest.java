package org.knotwise.service.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.service.config.ServiceConfig;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code knotwise serve} as a process: it answers, warns loudly without auth, and exits 0 on SIGTERM. */
class ServeProcessTest {
    @TempDir
    Path tmp;

    @Test
    void serveRunsUntilSigtermThenStopsAndExitsZero() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ServiceCommand.class.getName(), "serve", "--port", "0", "--insecure-no-auth",
                "--db", "jdbc:sqlite:" + tmp.resolve("serve.db"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        StringBuffer err = new StringBuffer();
        Thread drain = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                r.lines().forEach(l -> err.append(l).append('\n'));
            } catch (java.io.IOException | java.io.UncheckedIOException ignored) {
                // the process is gone
            }
        });
        drain.start();
        try {
            String uri = null;
            long deadline = System.currentTimeMillis() + 60_000;
            while (uri == null && System.currentTimeMillis() < deadline) {
                Matcher m = Pattern.compile("listening on (http://\\S+)").matcher(err);
                if (m.find()) {
                    uri = m.group(1);
                } else {
                    Thread.sleep(100);
                }
            }
            assertThat(uri).as(err.toString()).isNotNull();
            assertThat(err.toString()).contains("WARNING: --insecure-no-auth")
                    .contains("warmed with " + ServiceConfig.DEFAULT_WARM_UP_CASES + " generated cases");
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(uri + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);

            // SIGTERM by kill: Process.destroy() would also close the pipe we read stderr from
            assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor()).isZero();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            drain.join(5_000);
            assertThat(p.exitValue()).as(err.toString()).isZero();
            assertThat(err.toString()).contains("knotwise serve: stopped");
        } finally {
            p.destroyForcibly();
        }
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
