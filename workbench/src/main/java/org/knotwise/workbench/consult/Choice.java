package org.knotwise.workbench.consult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/** One answer offered: the words shown and the value it puts in the case (JSON null: stays unknown). */
public record Choice(String label, JsonNode value) {
    public Choice {
        value = value == null ? NullNode.getInstance() : value;
    }

    public boolean unknown() {
        return value.isNull();
    }
}
