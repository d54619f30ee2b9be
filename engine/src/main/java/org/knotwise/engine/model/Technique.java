package org.knotwise.engine.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** How to rub: method, strokes, how hard, how long, how often, with what. */
@JsonPropertyOrder({"method", "holdSeconds", "strokes", "fibreDirection", "intensity", "startGentle",
        "lightPressure", "sessionSeconds", "sessionsPerDay", "tools"})
public record Technique(String method, Range holdSeconds, String strokes,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String fibreDirection,
                        Range intensity, boolean startGentle, boolean lightPressure,
                        SessionLength sessionSeconds, Range sessionsPerDay, List<String> tools) {
}
