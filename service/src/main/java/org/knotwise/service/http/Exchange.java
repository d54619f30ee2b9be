package org.knotwise.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One request and its response, for endpoints written in blocking style (they run on a worker). */
public final class Exchange {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final Map<String, String> pathParams;
    private final String publicBaseUrl;
    private String caseId;
    private boolean done;

    Exchange(Request request, Response response, Callback callback, Map<String, String> pathParams, String publicBaseUrl) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.pathParams = pathParams;
        this.publicBaseUrl = publicBaseUrl;
    }

    public Request request() { return request; }

    public String path(String name) { return pathParams.get(name); }

    public String query(String name) {
        return Request.extractQueryParameters(request).getValue(name);
    }

    public String header(String name) {
        return request.getHeaders().get(name);
    }

    /** The URL the client called, without the query: what a CDS Hooks JWT's {@code aud} must equal. */
    public String endpointUrl() {
        String path = request.getHttpURI().getPath();
        if (publicBaseUrl != null) {
            return publicBaseUrl.replaceAll("/+$", "") + path;
        }
        return HttpURI.build(request.getHttpURI()).query(null).fragment(null).asString();
    }

    /** Where the service is reached from outside: the configured public base URL, else this request's scheme and host. */
    public String baseUrl() {
        if (publicBaseUrl != null) {
            return publicBaseUrl.replaceAll("/+$", "");
        }
        HttpURI uri = request.getHttpURI();
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    /** The case's id, once known, for the access log (ids only: never case content). */
    public void caseId(String id) { this.caseId = id; }

    String caseId() { return caseId; }

    boolean done() { return done; }

    /**
     * Reads the whole body as UTF-8, refusing more than {@code maxBytes} (413) and cutting a client
     * that takes longer than {@code readTimeoutMillis} to send it (a trickle of bytes would otherwise
     * reset the idle timeout forever).
     */
    /** A refused body up to this size is read and dropped, so the client hears the 413. */
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    public String body(long maxBytes, long readTimeoutMillis) throws IOException {
        long declared = request.getLength();
        if (declared > maxBytes) {
            if (declared <= DRAIN_LIMIT) {
                // read what the client is sending before answering 413, or the closed connection races its upload
                try (InputStream in = Request.asInputStream(request)) {
                    in.transferTo(OutputStream.nullOutputStream());
                } catch (IOException gone) {
                    // the client went away: nobody to answer anyway
                }
            }
            throw tooLarge(maxBytes);
        }
        java.util.concurrent.atomic.AtomicBoolean wasCut = new java.util.concurrent.atomic.AtomicBoolean();
        Scheduler.Task cut = request.getComponents().getScheduler().schedule(() -> {
            wasCut.set(true);
            request.getConnectionMetaData().getConnection().getEndPoint().close();
        }, readTimeoutMillis, TimeUnit.MILLISECONDS);
        try (InputStream in = Request.asInputStream(request)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, Math.min(declared, maxBytes)));
            byte[] buf = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buf)) >= 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buf, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw wasCut.get() ? new ClientCut("the body took longer than " + readTimeoutMillis + " ms to arrive") : e;
        } finally {
            cut.cancel();
        }
    }

    /** The client was cut off (read timeout) or went away: nobody to answer, nothing worth a stack trace. */
    static final class ClientCut extends IOException implements org.eclipse.jetty.io.QuietException {
        ClientCut(String message) {
            super(message);
        }
    }

    private static HttpError tooLarge(long maxBytes) {
        return new HttpError(413, "TOO_LARGE", null, "the request body is over the limit of " + maxBytes + " bytes");
    }

    public JsonNode jsonBody(long maxBytes, long readTimeoutMillis) throws IOException {
        return Json.parse(body(maxBytes, readTimeoutMillis));
    }

    public InputStream bodyStream() {
        return Request.asInputStream(request);
    }

    public void sendJson(int status, Object body) {
        send(status, "application/json", body instanceof String s ? s : Json.write(body));
    }

    public void send(int status, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType.contains("charset") || contentType.startsWith("application/json")
                ? contentType : contentType + "; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        done = true;
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    public void header(String name, String value) {
        response.getHeaders().put(name, value);
    }

    /** Starts a streamed answer; the caller writes and closes the stream, then calls {@link #finish()}. */
    public OutputStream stream(int status, String contentType) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        done = true;
        return Content.Sink.asOutputStream(response);
    }

    public void finish() {
        callback.succeeded();
    }

    int status() {
        return response.getStatus();
    }

    boolean committed() {
        return response.isCommitted();
    }

    void fail(Throwable t) {
        done = true;
        callback.failed(t);
    }
}
