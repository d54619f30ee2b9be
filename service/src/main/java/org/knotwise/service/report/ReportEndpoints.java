package org.knotwise.service.report;

import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Case;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.service.http.Exchange;
import org.knotwise.service.http.HttpError;
import org.knotwise.service.http.Route;
import org.knotwise.workbench.bodymap.BodyMapReport;

import java.util.List;

/**
 * {@code GET /v1/reports/{token}} (the page) and {@code GET /v1/reports/{token}.svg} (the picture):
 * the body-map report a CDS card links to. No JWT: a browser opens the link, and the unguessable,
 * short-lived token is the credential. The answer is never cached, fetches nothing, cannot be framed,
 * and sends no Referer onward (the token is in its URL).
 */
public final class ReportEndpoints {
    public static final String PATH = "/v1/reports/";
    /** The pages are self-contained: inline CSS and SVG, no script, nothing fetched. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
            + " form-action 'none'; frame-ancestors 'none'";

    private final ReportStore store;

    public ReportEndpoints(ReportStore store) {
        this.store = store;
    }

    public List<Route> routes() {
        return List.of(Route.open("GET", PATH + "{token}", this::report));
    }

    /** The absolute URL of a report's page, as a card links to it. */
    public static String url(Exchange ex, String token) {
        return ex.baseUrl() + PATH + token;
    }

    private void report(Exchange ex) {
        String token = ex.path("token");
        Format format = Format.HTML;
        if (token.endsWith(".svg")) {
            format = Format.SVG;
            token = token.substring(0, token.length() - 4);
        }
        ReportStore.Report r = store.get(token).orElseThrow(() -> HttpError.notFound(
                "no such report: it has expired, or the link is wrong"));
        send(ex, format, r.input(), r.assessment(), r.kb());
    }

    /** How an assessment is answered: the contract's JSON, the report page, or the picture alone. */
    public enum Format {
        JSON, HTML, SVG;

        /** The format a request's {@code format} names (json when absent); 400 for any other value. */
        public static Format parse(String value) {
            if (value == null) {
                return JSON;
            }
            return switch (value) {
                case "json" -> JSON;
                case "html" -> HTML;
                case "svg" -> SVG;
                default -> throw HttpError.badRequest("UNKNOWN_VALUE", "format",
                        "format must be json, html or svg, not " + value);
            };
        }
    }

    /** Draws and sends the page or the picture, with the headers that keep it private and inert. */
    public static void send(Exchange ex, Format format, Case input, Assessment a, KnowledgeBase kb) {
        ex.header("Cache-Control", "no-store");
        ex.header("Content-Security-Policy", CSP);
        ex.header("X-Content-Type-Options", "nosniff");
        ex.header("Referrer-Policy", "no-referrer");
        if (format == Format.SVG) {
            ex.send(200, "image/svg+xml", BodyMapReport.svg(input, a, kb));
        } else {
            ex.send(200, "text/html", BodyMapReport.html(input, a, kb));
        }
    }
}
