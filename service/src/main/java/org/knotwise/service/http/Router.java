package org.knotwise.service.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.knotwise.service.auth.Authenticator;
import org.knotwise.service.metrics.ServiceMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Dispatches to the routes: authentication where a route asks for it, a worker slot (or 503), the
 * error answer for an {@link HttpError}, metrics, and one access-log line per request with ids, codes
 * and timings only (health data never goes to the log).
 */
public final class Router extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger("org.knotwise.service.access");
    private static final Logger ERRORS = LoggerFactory.getLogger(Router.class);

    private final List<Route> routes;
    private final Authenticator auth;
    private final WorkLimiter limiter;
    private final ServiceMetrics metrics;
    private final String publicBaseUrl;
    private final boolean accessLog;

    public Router(List<Route> routes, Authenticator auth, int workers, int queue, long queueWaitMillis,
                  ServiceMetrics metrics, String publicBaseUrl, boolean accessLog) {
        this.routes = List.copyOf(routes);
        this.auth = auth;
        this.limiter = new WorkLimiter(workers, queue, queueWaitMillis);
        this.metrics = metrics;
        this.publicBaseUrl = publicBaseUrl;
        this.accessLog = accessLog;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        String path = request.getHttpURI().getPath();
        String method = request.getMethod();
        Route route = null;
        Map<String, String> params = null;
        boolean pathKnown = false;
        for (Route r : routes) {
            Map<String, String> p = r.match(path);
            if (p != null) {
                pathKnown = true;
                if (r.method().equals(method)) {
                    route = r;
                    params = p;
                    break;
                }
            }
        }
        Exchange ex = new Exchange(request, response, callback, params == null ? Map.of() : params, publicBaseUrl);
        String routeName = route == null ? "unmatched" : route.template();
        boolean holding = false;
        try {
            if (route == null) {
                throw pathKnown ? new HttpError(405, "METHOD_NOT_ALLOWED", null, method + " is not allowed on " + path)
                        : HttpError.notFound("no such endpoint: " + path);
            }
            if (route.authenticated()) {
                try {
                    auth.authenticate(ex.header("Authorization"), ex.endpointUrl());
                } catch (Authenticator.AuthException e) {
                    throw new HttpError(401, "UNAUTHORIZED", null, e.getMessage(), null,
                            Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""), Map.of());
                }
            }
            if (route.limited()) {
                if (!limiter.acquire()) {
                    throw new HttpError(503, "OVERLOADED", null, "the service is at capacity; retry shortly", null,
                            Map.of("Retry-After", "1"), Map.of());
                }
                holding = true;
            }
            route.endpoint().handle(ex);
            if (!ex.done()) {
                throw new IllegalStateException("endpoint " + routeName + " sent no answer");
            }
        } catch (HttpError e) {
            answerError(ex, e);
        } catch (IOException e) {
            // the client went away, or was cut at the read timeout: nobody to answer
            metrics.error(e instanceof Exchange.ClientCut ? "READ_TIMEOUT" : "CONNECTION_LOST");
            ERRORS.debug("{} {}: connection lost: {}", method, routeName, e.toString());
            if (!ex.done()) {
                ex.fail(e instanceof org.eclipse.jetty.io.QuietException ? e : new Exchange.ClientCut(e.toString()));
            }
        } catch (Throwable t) {
            if (t instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            ERRORS.error("{} {} failed: {}", method, routeName, t.toString());
            if (!ex.done() && !ex.committed()) {
                answerError(ex, new HttpError(500, "INTERNAL_ERROR", null, "internal error: " + t.getClass().getSimpleName()));
            } else if (!ex.done()) {
                ex.fail(t);
            }
        } finally {
            if (holding) {
                limiter.release();
            }
            long nanos = System.nanoTime() - start;
            int status = ex.status();
            metrics.request(method, routeName, status, nanos);
            if (accessLog) {
                LOG.info("{} {} {} {}ms{}", method, routeName, status, nanos / 1_000_000,
                        ex.caseId() == null ? "" : " case=" + ex.caseId());
            }
        }
        return true;
    }

    private void answerError(Exchange ex, HttpError e) {
        metrics.error(e.code());
        if (ex.done() || ex.committed()) {
            ex.fail(e);
            return;
        }
        e.headers().forEach(ex::header);
        ex.sendJson(e.status(), errorBody(e));
    }

    /** The contract's error shape (§5) without a line: {@code {"id":..., "error":{code, field, message}}}. */
    public static ObjectNode errorBody(HttpError e) {
        ObjectNode root = Json.object();
        if (e.caseId() != null) {
            root.put("id", e.caseId());
        }
        ObjectNode err = root.putObject("error");
        err.put("code", e.code());
        err.put("field", e.field());
        err.put("message", e.getMessage());
        e.extra().forEach(err::put);
        return root;
    }
}
