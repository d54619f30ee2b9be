package org.knotwise.engine.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.CaseError;
import org.knotwise.engine.model.Complaint;
import org.knotwise.engine.model.ErrorCode;
import org.knotwise.engine.model.FieldWarning;
import org.knotwise.engine.model.History;
import org.knotwise.engine.model.InvalidCaseException;
import org.knotwise.engine.model.Person;
import org.knotwise.engine.model.Spot;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a parsed JSON object into a {@link Case}, checking types and presence (contract §1, §7.1). A
 * JSON null counts as absent. Unknown fields are read past, for forward compatibility, each with a
 * warning that the assessment repeats (a misspelt field must not pass unnoticed).
 */
final class CaseReader {
    private final String id;
    private final List<FieldWarning> warnings = new ArrayList<>();

    private CaseReader(String id) {
        this.id = id;
    }

    static Case read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidCaseException(null, new CaseError(ErrorCode.WRONG_TYPE, null,
                    "a case must be a JSON object, not " + kind(root)));
        }
        JsonNode idNode = root.get("id");
        String id = idNode != null && idNode.isTextual() ? idNode.asText() : null;
        return new CaseReader(id).readCase(root);
    }

    private Case readCase(JsonNode root) {
        JsonNode idNode = present(root, "id");
        if (idNode == null) {
            fail(ErrorCode.MISSING_FIELD, "id", "a case needs an id");
        }
        if (!idNode.isTextual()) {
            fail(ErrorCode.WRONG_TYPE, "id", "must be a string, not " + kind(idNode));
        }
        if (idNode.asText().isEmpty()) {
            fail(ErrorCode.MISSING_FIELD, "id", "must not be empty");
        }
        JsonNode complaintNode = present(root, "complaint");
        if (complaintNode == null) {
            fail(ErrorCode.MISSING_FIELD, "complaint", "a case needs a complaint");
        }
        object(complaintNode, "complaint");
        KnownFields.check(root, "", KnownFields.CASE, warnings);
        KnownFields.check(complaintNode, "complaint", KnownFields.COMPLAINT, warnings);
        Complaint complaint = new Complaint(
                strings(requiredArray(complaintNode, "regions", "complaint.regions"), "complaint.regions"),
                string(complaintNode, "side", "complaint.side"),
                strings(array(complaintNode, "quality", "complaint.quality"), "complaint.quality"),
                integer(complaintNode, "severity", "complaint.severity"),
                integer(complaintNode, "durationDays", "complaint.durationDays"),
                string(complaintNode, "onset", "complaint.onset"),
                bool(complaintNode, "swelling", "complaint.swelling"));
        List<String> redFlags = strings(array(root, "redFlags", "redFlags"), "redFlags");
        List<Spot> spots = new ArrayList<>();
        JsonNode spotsNode = array(root, "spots", "spots");
        if (spotsNode != null) {
            for (int i = 0; i < spotsNode.size(); i++) {
                spots.add(spot(spotsNode.get(i), "spots[" + i + "]"));
            }
        }
        History history = null;
        JsonNode h = present(root, "history");
        if (h != null) {
            object(h, "history");
            KnownFields.check(h, "history", KnownFields.HISTORY, warnings);
            history = new History(string(h, "method", "history.method"), integer(h, "intensity", "history.intensity"),
                    number(h, "minutesPerSession", "history.minutesPerSession"),
                    integer(h, "sessionsPerDay", "history.sessionsPerDay"), string(h, "tool", "history.tool"),
                    bool(h, "lightPressure", "history.lightPressure"), integer(h, "days", "history.days"),
                    string(h, "outcome", "history.outcome"),
                    bool(h, "negativeReactions", "history.negativeReactions"),
                    string(h, "professionalStyle", "history.professionalStyle"));
        }
        return new Case(id, complaint, redFlags, spots, history, person(root), warnings);
    }

    private Person person(JsonNode root) {
        JsonNode p = present(root, "person");
        if (p == null) {
            return Person.UNKNOWN;
        }
        object(p, "person");
        KnownFields.check(p, "person", KnownFields.PERSON, warnings);
        return new Person(integer(p, "age", "person.age"), bool(p, "anticoagulants", "person.anticoagulants"),
                bool(p, "pregnant", "person.pregnant"));
    }

    private Spot spot(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            fail(ErrorCode.WRONG_TYPE, path, "a spot must be an object, not null");
        }
        object(node, path);
        KnownFields.check(node, path, KnownFields.SPOT, warnings);
        String region = string(node, "region", path + ".region");
        if (region == null) {
            fail(ErrorCode.MISSING_FIELD, path + ".region", "each spot needs the region it is in");
        }
        return new Spot(region, orFalse(bool(node, "tender", path + ".tender")),
                bool(node, "goodPain", path + ".goodPain"), bool(node, "relevant", path + ".relevant"),
                orFalse(bool(node, "bumpOrTwitch", path + ".bumpOrTwitch")),
                orFalse(bool(node, "fibreDirectionKnown", path + ".fibreDirectionKnown")));
    }

    private static boolean orFalse(Boolean b) {
        return b != null && b;
    }

    private static JsonNode present(JsonNode parent, String name) {
        JsonNode n = parent.get(name);
        return n == null || n.isNull() ? null : n;
    }

    private void object(JsonNode node, String path) {
        if (!node.isObject()) {
            fail(ErrorCode.WRONG_TYPE, path, "must be an object, not " + kind(node));
        }
    }

    private JsonNode requiredArray(JsonNode parent, String name, String path) {
        JsonNode n = array(parent, name, path);
        if (n == null) {
            fail(ErrorCode.MISSING_FIELD, path, "is required");
        }
        if (n.isEmpty()) {
            fail(ErrorCode.MISSING_FIELD, path, "needs at least one entry");
        }
        return n;
    }

    private JsonNode array(JsonNode parent, String name, String path) {
        JsonNode n = present(parent, name);
        if (n != null && !n.isArray()) {
            fail(ErrorCode.WRONG_TYPE, path, "must be an array, not " + kind(n));
        }
        return n;
    }

    private List<String> strings(JsonNode array, String path) {
        List<String> out = new ArrayList<>();
        if (array == null) {
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode n = array.get(i);
            if (!n.isTextual()) {
                fail(ErrorCode.WRONG_TYPE, path + "[" + i + "]", "must be a string, not " + kind(n));
            }
            out.add(n.asText());
        }
        return out;
    }

    private String string(JsonNode parent, String name, String path) {
        JsonNode n = present(parent, name);
        if (n == null) {
            return null;
        }
        if (!n.isTextual()) {
            fail(ErrorCode.WRONG_TYPE, path, "must be a string, not " + kind(n));
        }
        return n.asText();
    }

    private Boolean bool(JsonNode parent, String name, String path) {
        JsonNode n = present(parent, name);
        if (n == null) {
            return null;
        }
        if (!n.isBoolean()) {
            fail(ErrorCode.WRONG_TYPE, path, "must be true or false, not " + kind(n));
        }
        return n.asBoolean();
    }

    /** A whole number; 5.0 counts as 5, 5.5 does not. Numbers beyond int range are out of range. */
    private Integer integer(JsonNode parent, String name, String path) {
        JsonNode n = present(parent, name);
        if (n == null) {
            return null;
        }
        if (!n.isNumber()) {
            fail(ErrorCode.WRONG_TYPE, path, "must be a whole number, not " + kind(n));
        }
        if (n.isFloatingPointNumber()) {
            double d = n.asDouble();
            if (!Double.isFinite(d) || Math.abs(d) > Integer.MAX_VALUE) {
                fail(ErrorCode.OUT_OF_RANGE, path, "is far out of range: " + n.asText());
            }
            if (d != Math.rint(d)) {
                fail(ErrorCode.WRONG_TYPE, path, "must be a whole number, not " + n.asText());
            }
            return (int) d;
        }
        if (!n.canConvertToInt()) {
            fail(ErrorCode.OUT_OF_RANGE, path, "is far out of range: " + n.asText());
        }
        return n.intValue();
    }

    /** Any finite number within the range of the whole numbers (far beyond any real session). */
    private Double number(JsonNode parent, String name, String path) {
        JsonNode n = present(parent, name);
        if (n == null) {
            return null;
        }
        if (!n.isNumber()) {
            fail(ErrorCode.WRONG_TYPE, path, "must be a number, not " + kind(n));
        }
        double d = n.asDouble();
        if (!Double.isFinite(d) || Math.abs(d) > Integer.MAX_VALUE) { // as for whole numbers
            fail(ErrorCode.OUT_OF_RANGE, path, "is far out of range: " + n.asText());
        }
        return d;
    }

    static String kind(JsonNode n) {
        if (n == null || n.isNull()) return "null";
        if (n.isTextual()) return "a string";
        if (n.isBoolean()) return "a boolean";
        if (n.isNumber()) return "a number";
        if (n.isArray()) return "an array";
        if (n.isObject()) return "an object";
        return n.getNodeType().name().toLowerCase();
    }

    private void fail(ErrorCode code, String field, String message) {
        throw new InvalidCaseException(id, new CaseError(code, field, message));
    }
}
