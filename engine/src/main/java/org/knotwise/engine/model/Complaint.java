package org.knotwise.engine.model;

import java.util.List;

/** Where it hurts and how (contract §1 {@code complaint}); optional parts are null when absent. */
public record Complaint(List<String> regions, String side, List<String> quality, Integer severity,
                        Integer durationDays) {

    public Complaint {
        regions = regions == null ? List.of() : List.copyOf(regions);
        quality = quality == null ? List.of() : List.copyOf(quality);
    }

    public static Complaint of(String... regions) {
        return new Complaint(List.of(regions), null, List.of(), null, null);
    }
}
