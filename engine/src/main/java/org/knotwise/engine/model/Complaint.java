package org.knotwise.engine.model;

import java.util.List;

/**
 * Where it hurts and how (contract §1 {@code complaint}, §7.1 {@code onset} and {@code swelling});
 * optional parts are null when absent.
 */
public record Complaint(List<String> regions, String side, List<String> quality, Integer severity,
                        Integer durationDays, String onset, Boolean swelling) {

    public Complaint {
        regions = regions == null ? List.of() : List.copyOf(regions);
        quality = quality == null ? List.of() : List.copyOf(quality);
    }

    /** A version 1 complaint: onset and swelling unknown. */
    public Complaint(List<String> regions, String side, List<String> quality, Integer severity, Integer durationDays) {
        this(regions, side, quality, severity, durationDays, null, null);
    }

    public static Complaint of(String... regions) {
        return new Complaint(List.of(regions), null, List.of(), null, null);
    }
}
