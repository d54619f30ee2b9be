package org.knotwise.service.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.InvalidCaseException;

import java.io.UncheckedIOException;

/** JSON for the service's own documents; parsing reuses the contract's parser and its error codes. */
public final class Json {
    private static final ObjectMapper MAPPER = KnotwiseJson.mapper();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Parses a request body; not JSON is a 400 with the contract's MALFORMED_JSON (or TOO_LARGE). */
    public static JsonNode parse(String text) {
        try {
            return KnotwiseJson.parse(text);
        } catch (InvalidCaseException e) {
            throw HttpError.badRequest(e.error().code().name(), e.error().field(), e.error().message());
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }
}
