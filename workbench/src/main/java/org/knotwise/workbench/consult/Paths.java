package org.knotwise.workbench.consult;

/** Concrete question paths: {@code history.days}, {@code spots[calf]}, {@code spots[calf].relevant}, {@code spots} (the places pressed). */
final class Paths {
    private Paths() {
    }

    /** The template of a concrete path: the spot's region (or number) dropped from the brackets. */
    static String template(String path) {
        if (path.startsWith("spots[+")) {
            return "spots[+]";
        }
        if (path.startsWith("spots[")) {
            int close = path.indexOf(']');
            return close < 0 ? path : "spots[]" + path.substring(close + 1);
        }
        return path;
    }

    /** The region in {@code spots[R]...}, or null. */
    static String spotRegion(String path) {
        if (!path.startsWith("spots[") || path.startsWith("spots[+")) {
            return null;
        }
        int close = path.indexOf(']');
        return close < 0 ? null : path.substring(6, close);
    }

    static String spot(String region) {
        return "spots[" + region + "]";
    }

    static String spotField(String region, Askable field) {
        return spot(region) + field.template().substring("spots[]".length());
    }

    /** The property a spot sub-question sets: {@code relevant} for {@code spots[].relevant}. */
    static String spotProperty(Askable field) {
        return field.template().substring("spots[].".length());
    }
}
