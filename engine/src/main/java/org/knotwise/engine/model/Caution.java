package org.knotwise.engine.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A safety caution (contract §7.6), with the public guidance it rests on.
 *
 * @param region the candidate site it concerns, or null when it concerns the whole case
 * @param source the public page it rests on: its name and address
 */
@JsonPropertyOrder({"code", "region", "message", "source"})
public record Caution(String code, @JsonInclude(JsonInclude.Include.NON_NULL) String region, String message,
                      String source) {
}
