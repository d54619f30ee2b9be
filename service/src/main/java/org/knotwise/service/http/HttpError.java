package org.knotwise.service.http;

import java.util.Map;

/**
 * A request that gets an error answer: the HTTP status, a code (the contract's codes where one fits,
 * e.g. MALFORMED_JSON or UNKNOWN_REGION), the field at fault (null when none), and words.
 */
public class HttpError extends RuntimeException {
    private final int status;
    private final String code;
    private final String field;
    private final String caseId;
    private final Map<String, String> headers;
    private final Map<String, String> extra;

    public HttpError(int status, String code, String field, String message) {
        this(status, code, field, message, null, Map.of(), Map.of());
    }

    public HttpError(int status, String code, String field, String message, String caseId,
                     Map<String, String> headers, Map<String, String> extra) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
        this.caseId = caseId;
        this.headers = Map.copyOf(headers);
        this.extra = Map.copyOf(extra);
    }

    public int status() { return status; }

    public String code() { return code; }

    public String field() { return field; }

    public String caseId() { return caseId; }

    /** Response headers to add (e.g. Retry-After, WWW-Authenticate). */
    public Map<String, String> headers() { return headers; }

    /** More members of the error object (e.g. {@code linkId} for a questionnaire answer). */
    public Map<String, String> extra() { return extra; }

    public static HttpError badRequest(String code, String field, String message) {
        return new HttpError(400, code, field, message);
    }

    public static HttpError notFound(String message) {
        return new HttpError(404, "NOT_FOUND", null, message);
    }
}
