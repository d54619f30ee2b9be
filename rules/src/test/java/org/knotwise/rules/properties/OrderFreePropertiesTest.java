package org.knotwise.rules.properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.json.KnotwiseJson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract §7.2 and §8.2: the order in which a case lists its pain regions, its red flags, or its pressed
 * spots (in different regions or in one) never changes the assessment (all but the explanation's firing
 * order): of several spots in one region the strongest stands for it, wherever it is listed.
 */
class OrderFreePropertiesTest {
    private static final Knotwise ENGINE = Knotwise.builtIn();

    @Provide
    Arbitrary<ObjectNode> validCases() {
        return ValidCases.cases();
    }

    @Property(tries = 600)
    void listingOrderNeverChangesTheAdvice(@ForAll("validCases") ObjectNode original) throws Exception {
        ObjectNode reordered = original.deepCopy();
        reverse((ObjectNode) reordered.get("complaint"), "regions");
        reverse(reordered, "redFlags");
        reverse(reordered, "spots");

        assertThat(comparable(assess(reordered)))
                .as("reordered %s%nfrom %s", reordered, original)
                .isEqualTo(comparable(assess(original)));
    }

    /** Contract §8.2: several spots in one region, listed in either order: the strongest stands for it. */
    @Property(tries = 600)
    void theOrderOfSpotsInOneRegionNeverChangesTheAdvice(@ForAll("validCases") ObjectNode original) throws Exception {
        if (!(original.get("spots") instanceof ArrayNode spots) || spots.size() < 2) {
            return;
        }
        String region = spots.get(0).path("region").asText();
        spots.forEach(spot -> ((ObjectNode) spot).put("region", region));
        ObjectNode reordered = original.deepCopy();
        reverse(reordered, "spots");

        assertThat(comparable(assess(reordered)))
                .as("reordered %s%nfrom %s", reordered, original)
                .isEqualTo(comparable(assess(original)));
    }

    private static JsonNode assess(ObjectNode c) throws Exception {
        return KnotwiseJson.parse(KnotwiseJson.write(ENGINE.assess(KnotwiseJson.readCase(c.toString()))));
    }

    /** The assessment with its order-bound parts made order-free: excluded spots and the explanation's rule ids. */
    private static JsonNode comparable(JsonNode assessment) {
        ObjectNode a = (ObjectNode) assessment.deepCopy();
        List<String> fired = new ArrayList<>();
        a.path("explanation").forEach(step -> fired.add(step.path("rule").asText()));
        fired.sort(Comparator.naturalOrder());
        a.putPOJO("explanation", fired);
        List<String> excluded = new ArrayList<>();
        a.path("excludedSpots").forEach(e -> excluded.add(e.toString()));
        excluded.sort(Comparator.naturalOrder());
        a.putPOJO("excludedSpots", excluded);
        return KnotwiseJson.parse(a.toString());
    }

    private static void reverse(ObjectNode parent, String field) {
        if (parent != null && parent.get(field) instanceof ArrayNode array) {
            List<JsonNode> items = new ArrayList<>();
            array.forEach(items::add);
            array.removeAll();
            for (int i = items.size() - 1; i >= 0; i--) {
                array.add(items.get(i));
            }
        }
    }
}
