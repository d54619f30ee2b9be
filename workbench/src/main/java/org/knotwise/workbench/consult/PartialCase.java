package org.knotwise.workbench.consult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Case;
import org.knotwise.kb.Vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A case as far as it is known, as the contract's JSON (absent = unknown). Immutable: every answer gives a
 * new one. Spots are kept one per region, in the knowledge base's order of regions, so the same findings
 * always make the same case whatever order they were reported in.
 */
public final class PartialCase {
    public static final String DEFAULT_ID = "consultation";
    private static final Comparator<JsonNode> SPOT_ORDER = Comparator.comparingInt(s -> regionIndex(s.path("region").asText()));

    private final ObjectNode node;

    private PartialCase(ObjectNode node) {
        this.node = node;
    }

    /** A copy of the given JSON object, with an id when it has none. */
    public static PartialCase of(ObjectNode json) {
        ObjectNode copy = json.deepCopy();
        if (!copy.hasNonNull("id")) {
            copy.put("id", DEFAULT_ID);
        }
        return new PartialCase(copy);
    }

    /** Nothing known yet but the pain regions. */
    public static PartialCase opening(String... regions) {
        ObjectNode n = KnotwiseJson.mapper().createObjectNode();
        n.put("id", DEFAULT_ID);
        ArrayNode r = n.putObject("complaint").putArray("regions");
        for (String region : regions) {
            r.add(region);
        }
        return new PartialCase(n);
    }

    /** A copy of the JSON; change it freely. */
    public ObjectNode node() {
        return node.deepCopy();
    }

    /** Whether the pain regions are known: only then can the case be assessed. */
    public boolean hasRegions() {
        return node.path("complaint").path("regions").isArray() && !node.path("complaint").path("regions").isEmpty();
    }

    /** The case for the engine. @throws org.knotwise.engine.model.InvalidCaseException when it breaks the contract */
    public Case toCase() {
        return KnotwiseJson.readCase(node);
    }

    /** The value at a plain path ({@code history.days}), or null when absent. */
    public JsonNode get(String path) {
        JsonNode n = node;
        for (String part : path.split("\\.")) {
            n = n.path(part);
        }
        return n.isMissingNode() || n.isNull() ? null : n;
    }

    public List<String> redFlags() {
        List<String> flags = new ArrayList<>();
        node.path("redFlags").forEach(f -> flags.add(f.asText()));
        return flags;
    }

    public boolean hasHistory() {
        return node.path("history").isObject();
    }

    /** The spot pressed at a region, or null. */
    public JsonNode spot(String region) {
        for (JsonNode s : node.path("spots")) {
            if (region.equals(s.path("region").asText())) {
                return s;
            }
        }
        return null;
    }

    /** The regions of the spots recorded, in order. */
    public List<String> spotRegions() {
        List<String> regions = new ArrayList<>();
        node.path("spots").forEach(s -> regions.add(s.path("region").asText()));
        return regions;
    }

    /**
     * The case with one answer put in (JSON null leaves the field unknown). For {@code spots[R]} the value is
     * one of {@link Askable#SPOT_ANSWERS}; for {@code spots} a list of regions, each recorded as pressed.
     */
    public PartialCase with(String path, JsonNode value) {
        ObjectNode n = node.deepCopy();
        boolean isNull = value == null || value.isNull();
        String region = Paths.spotRegion(path);
        if (path.equals(ConsultState.SPOTS_CLOSED)) { // the places pressed: each a spot, its findings asked next
            if (!isNull) {
                for (JsonNode place : value.isArray() ? value : n.arrayNode().add(value)) {
                    ObjectNode spot = upsertSpot(n, place.asText());
                    if (!spot.has("tender")) { // what is known of a place already recorded stays
                        spot.put("tender", false);
                    }
                }
            }
        } else if (region != null && path.indexOf('.') < 0) {
            String answer = isNull ? Askable.NOT_PRESSED : value.asText();
            switch (answer) {
                case Askable.TENDER -> upsertSpot(n, region).put("tender", true);
                case Askable.NOT_TENDER -> upsertSpot(n, region).put("tender", false);
                case Askable.NOT_PRESSED -> removeSpot(n, region);
                default -> throw new IllegalArgumentException(path + ": not an answer to a spot question: " + answer);
            }
        } else if (region != null) {
            ObjectNode spot = upsertSpot(n, region);
            set(spot, path.substring(path.indexOf("].") + 2), value);
        } else if (path.equals("history")) {
            if (!isNull && value.asBoolean()) {
                if (!n.path("history").isObject()) {
                    n.putObject("history");
                }
            } else {
                n.remove("history");
            }
        } else {
            String[] parts = path.split("\\.");
            ObjectNode parent = n;
            for (int i = 0; i < parts.length - 1; i++) {
                JsonNode child = parent.get(parts[i]);
                parent = child instanceof ObjectNode o ? o : parent.putObject(parts[i]);
            }
            set(parent, parts[parts.length - 1], value);
        }
        return new PartialCase(n);
    }

    private static void set(ObjectNode parent, String key, JsonNode value) {
        if (value == null || value.isNull()) {
            parent.remove(key);
        } else {
            parent.set(key, value);
        }
    }

    private static ObjectNode upsertSpot(ObjectNode n, String region) {
        ArrayNode spots = n.path("spots").isArray() ? (ArrayNode) n.get("spots") : n.putArray("spots");
        for (JsonNode s : spots) {
            if (region.equals(s.path("region").asText())) {
                return (ObjectNode) s;
            }
        }
        List<JsonNode> all = new ArrayList<>();
        spots.forEach(all::add);
        ObjectNode added = KnotwiseJson.mapper().createObjectNode().put("region", region);
        all.add(added);
        all.sort(SPOT_ORDER);
        spots.removeAll();
        all.forEach(spots::add);
        return added;
    }

    private static void removeSpot(ObjectNode n, String region) {
        if (!n.path("spots").isArray()) {
            return;
        }
        ArrayNode spots = (ArrayNode) n.get("spots");
        for (int i = spots.size() - 1; i >= 0; i--) {
            if (region.equals(spots.get(i).path("region").asText())) {
                spots.remove(i);
            }
        }
        if (spots.isEmpty()) {
            n.remove("spots");
        }
    }

    /**
     * A full case as a consultation can record it: one spot per region (the first listed: a consultation
     * asks once about each place), in the knowledge base's order of regions.
     */
    public static ObjectNode asRecordable(JsonNode fullCase) {
        ObjectNode n = fullCase.deepCopy();
        if (n.path("spots").isArray()) {
            List<JsonNode> kept = new ArrayList<>();
            for (JsonNode s : n.get("spots")) {
                if (kept.stream().noneMatch(k -> k.path("region").asText().equals(s.path("region").asText()))) {
                    kept.add(s);
                }
            }
            kept.sort(SPOT_ORDER);
            ArrayNode spots = n.putArray("spots");
            kept.forEach(spots::add);
        }
        return n;
    }

    static int regionIndex(String region) {
        int i = Vocabulary.REGIONS.indexOf(region);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    @Override
    public String toString() {
        return node.toString();
    }
}
