package org.knotwise.workbench.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.knotwise.engine.json.KnotwiseJson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a report needs from one output line of a batch, read with Jackson's streaming parser: the
 * explanation, the expectations and the plan (most of the line's 8 KB) are skipped, not built.
 * Fields of contract v2 ({@code relatesTo}, {@code cautions}) may be absent: older output lacks them.
 *
 * @param errorCode   the error's code on an error line, else null
 * @param lineField   the {@code line} an error line names, else -1
 * @param hasCautions whether the line has a {@code cautions} field at all (v2)
 * @param topSite     the first (best-ranked) candidate site, null when there is none
 */
public record OutputFacts(String id, String errorCode, long lineField, boolean selfCare,
                          boolean professionalRecommended, String urgency, List<String> professionalReasons,
                          Site topSite, int sites, List<String> adjustments, List<String> failureReasons,
                          boolean hasCautions, List<String> cautions) {

    /** A candidate site; {@code relatesTo} and {@code confidence} may be null when the output lacks them. */
    public record Site(String region, String relatesTo, String confidence) {
    }

    private static final JsonFactory FACTORY = KnotwiseJson.mapper().getFactory();

    public boolean isError() {
        return errorCode != null;
    }

    public boolean redFlag() {
        return professionalReasons.contains("RED_FLAG");
    }

    /**
     * Reads one output line.
     *
     * @throws IOException when the line is not a JSON object of the assessment or error shape
     */
    public static OutputFacts parse(String json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            Builder b = new Builder();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "id" -> b.id = t == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "line" -> b.lineField = t.isNumeric() ? p.getLongValue() : -1;
                    case "error" -> b.errorCode = errorCode(p, t);
                    case "selfCare" -> b.selfCare = t == JsonToken.VALUE_TRUE;
                    case "candidateSites" -> b.sites(p, t);
                    case "adjustments" -> b.adjustments = codes(p, t);
                    case "failureReasons" -> b.failureReasons = codes(p, t);
                    case "cautions" -> {
                        b.hasCautions = t == JsonToken.START_ARRAY;
                        b.cautions = codes(p, t);
                    }
                    case "professional" -> b.professional(p, t);
                    default -> p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw new IOException("the JSON object is not closed");
            }
            if (p.nextToken() != null) {
                throw new IOException("text after the JSON object");
            }
            if (b.errorCode == null && b.id == null) {
                throw new IOException("neither an assessment (no id) nor an error line (no error.code)");
            }
            return b.build();
        }
    }

    private static String errorCode(JsonParser p, JsonToken t) throws IOException {
        String code = null;
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return "(no code)";
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if ("code".equals(name) && v == JsonToken.VALUE_STRING) {
                code = p.getText();
            } else {
                p.skipChildren();
            }
        }
        return code == null ? "(no code)" : code;
    }

    /** The {@code code} of each object in an array of {@code {code, message, ...}} objects. */
    private static List<String> codes(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            p.skipChildren();
            return List.of();
        }
        List<String> codes = new ArrayList<>(2);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ("code".equals(name) && v == JsonToken.VALUE_STRING) {
                    codes.add(p.getText());
                } else {
                    p.skipChildren();
                }
            }
        }
        return codes;
    }

    private static List<String> strings(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            p.skipChildren();
            return List.of();
        }
        List<String> list = new ArrayList<>(2);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                list.add(p.getText());
            } else {
                p.skipChildren();
            }
        }
        return list;
    }

    private static final class Builder {
        String id;
        String errorCode;
        long lineField = -1;
        boolean selfCare;
        boolean recommended;
        String urgency;
        List<String> reasons = List.of();
        Site topSite;
        int sites;
        List<String> adjustments = List.of();
        List<String> failureReasons = List.of();
        boolean hasCautions;
        List<String> cautions = List.of();

        void sites(JsonParser p, JsonToken t) throws IOException {
            if (t != JsonToken.START_ARRAY) {
                p.skipChildren();
                return;
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                sites++;
                if (sites > 1 || p.currentToken() != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                String region = null;
                String relatesTo = null;
                String confidence = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    String text = v == JsonToken.VALUE_STRING ? p.getText() : null;
                    switch (name) {
                        case "region" -> region = text;
                        case "relatesTo" -> relatesTo = text;
                        case "confidence" -> confidence = text;
                        default -> p.skipChildren();
                    }
                }
                topSite = new Site(region == null ? "(no region)" : region, relatesTo, confidence);
            }
        }

        void professional(JsonParser p, JsonToken t) throws IOException {
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                switch (name) {
                    case "recommended" -> recommended = v == JsonToken.VALUE_TRUE;
                    case "urgency" -> urgency = v == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "reasons" -> reasons = strings(p, v);
                    default -> p.skipChildren();
                }
            }
        }

        OutputFacts build() {
            return new OutputFacts(id, errorCode, lineField, selfCare, recommended, urgency, reasons, topSite, sites,
                    adjustments, failureReasons, hasCautions, cautions);
        }
    }
}
