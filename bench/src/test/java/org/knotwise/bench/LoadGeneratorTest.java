package org.knotwise.bench;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load generator's counts are what the service's figures rest on: every request due is sent once, and an
 * answer counts as ok only when it is a 200 read whole, whether it comes with a length, chunked, or on a
 * connection the server then closes.
 */
class LoadGeneratorTest {
    private static final byte[] CASE = "{\"id\":\"c1\"}".getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private final AtomicInteger received = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/sized", ex -> answer(ex, 200, 5, false));
        server.createContext("/chunked", ex -> answer(ex, 200, 0, false));
        server.createContext("/closing", ex -> answer(ex, 200, 5, true));
        server.createContext("/full", ex -> answer(ex, 503, 5, false));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(com.sun.net.httpserver.HttpExchange ex, int status, int length, boolean close) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        received.incrementAndGet();
        assertThat(body).isEqualTo(CASE);
        if (close) {
            ex.getResponseHeaders().add("Connection", "close");
        }
        ex.sendResponseHeaders(status, length); // 0: chunked
        try (OutputStream out = ex.getResponseBody()) {
            out.write("hello".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private String run(String path, int rate, int connections) throws InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path + "?explain=none");
        return new LoadGenerator(uri, "POST", CASE).openLoop(rate, 1, connections);
    }

    private static long count(String line, String name) {
        Matcher m = Pattern.compile(" " + name + "=(\\d+)").matcher(line);
        assertThat(m.find()).as(name + " in " + line).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void everyRequestDueIsSentOnceAndCountedOk() throws InterruptedException {
        for (String path : new String[] {"/sized", "/chunked", "/closing"}) {
            received.set(0);
            String line = run(path, 200, 4);
            assertThat(count(line, "sent")).as(path).isEqualTo(200);
            assertThat(count(line, "ok")).as(path).isEqualTo(200);
            assertThat(count(line, "errors")).as(path).isZero();
            assertThat(received.get()).as(path).isEqualTo(200);
        }
    }

    @Test
    void anAnswerOtherThan200IsAnError() throws InterruptedException {
        String line = run("/full", 100, 2);
        assertThat(count(line, "sent")).isEqualTo(100);
        assertThat(count(line, "ok")).isZero();
        assertThat(count(line, "errors")).isEqualTo(100);
    }

    @Test
    void aServerThatIsNotThereGivesErrorsNotAHang() throws InterruptedException {
        int port = server.getAddress().getPort();
        server.stop(0);
        String line = new LoadGenerator(URI.create("http://127.0.0.1:" + port + "/sized"), "GET", null)
                .openLoop(50, 1, 2);
        assertThat(count(line, "sent")).isEqualTo(50);
        assertThat(count(line, "errors")).isEqualTo(50);
    }
}
