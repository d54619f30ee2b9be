package org.knotwise.workbench.consult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * One line of a checklist question: choosing it puts {@code value} at {@code path}; leaving it unchosen puts
 * {@code otherwise} there (JSON null: stays unknown) unless another item on the same path was chosen.
 * In the questions file {@code path} is a template ({@code spots[].relevant}); in a question put to the
 * person it is concrete ({@code spots[calf].relevant}).
 */
public record Item(String path, JsonNode value, JsonNode otherwise, String label) {
    public Item {
        otherwise = otherwise == null ? NullNode.getInstance() : otherwise;
    }

    /** What a client sends back to choose it, e.g. {@code person.anticoagulants=true}. */
    public String id() {
        return path + "=" + value.asText();
    }

    /** The item at a concrete place: the region filled into a spot template, and into the label. */
    Item at(String region) {
        if (region == null) {
            return this;
        }
        return new Item(path.replace("spots[]", Paths.spot(region)), value, otherwise, label.replace("{region}", Words.region(region)));
    }
}
