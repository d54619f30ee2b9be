package org.knotwise.service.http;

import org.junit.jupiter.api.Test;
import org.knotwise.service.auth.Authenticator;
import org.knotwise.service.config.ServiceConfig;
import org.knotwise.service.rules.RuleBaseLoader;
import org.knotwise.service.store.Store;
import org.knotwise.service.support.ApiClient;
import org.knotwise.service.support.Cases;
import org.knotwise.service.support.TestService;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saturation (503), a slow client cut at the read timeout, graceful shutdown with a request in flight. */
class LimitsAndShutdownTest {

    /** Opens a raw connection and sends the head of a POST whose body will come later (or never). */
    private static Socket startPost(int port, String path, int contentLength) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(20_000);
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + contentLength + "\r\nConnection: close\r\n\r\n";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private static String readAll(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void whenEveryWorkerIsBusyAndTheQueueFullTheServiceAnswers503WithRetryAfter() throws Exception {
        ServiceConfig config = TestService.config().withLimits(1, 0, 100);
        try (TestService s = TestService.start(config, Authenticator.NONE, Store.NONE, null, RuleBaseLoader.PLAIN)) {
            byte[] body = Cases.PLAN_ONLY.getBytes(StandardCharsets.UTF_8);
            // holds the only worker: the body has not arrived yet
            try (Socket holder = startPost(s.service.port(), "/v1/assess", body.length)) {
                Thread.sleep(300);
                ApiClient.Answer refused = s.client.post("/v1/assess", Cases.PLAN_ONLY);
                assertThat(refused.status()).isEqualTo(503);
                assertThat(refused.header("Retry-After")).isEqualTo("1");
                assertThat(refused.json().path("error").path("code").asText()).isEqualTo("OVERLOADED");
                // the probes still answer while the service is saturated
                assertThat(s.client.get("/healthz").status()).isEqualTo(200);

                holder.getOutputStream().write(body);
                holder.getOutputStream().flush();
                assertThat(readAll(holder)).startsWith("HTTP/1.1 200");
            }
            assertThat(s.client.post("/v1/assess", Cases.PLAN_ONLY).status()).isEqualTo(200);
        }
    }

    @Test
    void aClientTricklingItsBodyIsCutAtTheReadTimeout() throws Exception {
        ServiceConfig config = TestService.config().withTimeouts(30_000, 800, 5_000);
        try (TestService s = TestService.start(config, Authenticator.NONE, Store.NONE, null, RuleBaseLoader.PLAIN)) {
            long start = System.nanoTime();
            try (Socket slow = startPost(s.service.port(), "/v1/assess", 1000)) {
                OutputStream out = slow.getOutputStream();
                boolean cut = false;
                // a byte every 100 ms keeps the idle timeout from firing; only the read deadline stops it
                for (int i = 0; i < 100 && !cut; i++) {
                    try {
                        out.write('{');
                        out.flush();
                        Thread.sleep(100);
                    } catch (SocketException e) {
                        cut = true;
                    }
                    if (slow.getInputStream().available() > 0 || isClosedByPeer(slow)) {
                        cut = true;
                    }
                }
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertThat(cut).as("connection cut").isTrue();
                assertThat(millis).isBetween(700L, 5_000L);
            }
            // the worker is free again
            assertThat(s.client.post("/v1/assess", Cases.PLAN_ONLY).status()).isEqualTo(200);
        }
    }

    private static boolean isClosedByPeer(Socket socket) throws IOException {
        socket.setSoTimeout(1);
        try {
            return socket.getInputStream().read() < 0;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true;
        } finally {
            socket.setSoTimeout(20_000);
        }
    }

    @Test
    void stoppingLetsTheRequestInFlightFinishAndRefusesNewConnections() throws Exception {
        ServiceConfig config = TestService.config().withTimeouts(30_000, 20_000, 10_000);
        TestService s = TestService.start(config, Authenticator.NONE, Store.NONE, null, RuleBaseLoader.PLAIN);
        int port = s.service.port();
        byte[] body = Cases.PLAN_ONLY.getBytes(StandardCharsets.UTF_8);
        try (Socket inFlight = startPost(port, "/v1/assess", body.length)) {
            Thread.sleep(300);
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
                try {
                    s.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            assertThat(stopping).isNotDone();
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);

            inFlight.getOutputStream().write(body);
            inFlight.getOutputStream().flush();
            String answer = readAll(inFlight);
            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"id\":\"plan-1\"");
            stopping.get(15, TimeUnit.SECONDS);
        }
        assertThat(s.service.isStopped()).isTrue();
    }
}
