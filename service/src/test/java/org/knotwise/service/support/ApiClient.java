package org.knotwise.service.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import org.knotwise.service.http.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The tests' HTTP client. Every response it gets is checked against the service's openapi.yaml
 * (status, content type, headers, body schema): a response the document does not describe fails
 * the test that received it.
 */
public final class ApiClient {
    private static final OpenApiInteractionValidator VALIDATOR = validator();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ApiClient(URI base) {
        this.base = base;
    }

    private static OpenApiInteractionValidator validator() {
        try (InputStream in = ApiClient.class.getResourceAsStream("/openapi.yaml")) {
            String spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return OpenApiInteractionValidator.createForInlineApiSpecification(spec).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response with its body as text and, when it is JSON, as a tree. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {
        public JsonNode json() {
            return Json.parse(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    public Answer get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), "GET", path, headers);
    }

    public Answer post(String path, String body, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", path.startsWith("/v1/batch") ? "application/x-ndjson" : "application/json"),
                "POST", path, headers);
    }

    /** For paths openapi.yaml does not describe (a 404 on purpose): the answer unchecked. */
    public Answer getUnchecked(String path) {
        return exchange(HttpRequest.newBuilder(uri(path)).GET(), new String[0]);
    }

    public Answer send(HttpRequest.Builder builder, String method, String path, String... headers) {
        Answer a = exchange(builder, headers);
        validate(method, path, a);
        return a;
    }

    private Answer exchange(HttpRequest.Builder builder, String[] headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> r = http.send(builder.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fails with the validator's messages when the response does not match openapi.yaml. */
    public static void validate(String method, String path, Answer a) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        SimpleResponse.Builder b = SimpleResponse.Builder.status(a.status()).withBody(a.body());
        a.headers().forEach((k, v) -> {
            if (!k.equals(":status")) {
                b.withHeader(k, v);
            }
        });
        ValidationReport report = VALIDATOR.validateResponse(bare, Request.Method.valueOf(method), b.build());
        if (report.hasErrors()) {
            throw new AssertionError("response to " + method + " " + path + " (" + a.status()
                    + ") does not match openapi.yaml:\n" + report.getMessages() + "\nbody: "
                    + a.body().substring(0, Math.min(500, a.body().length())));
        }
    }
}
