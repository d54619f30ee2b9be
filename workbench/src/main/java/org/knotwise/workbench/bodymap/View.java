package org.knotwise.workbench.bodymap;

/** The two views of the body map, as named in the drawing's {@code data-view} attributes. */
public enum View {
    FRONT("front"), BACK("back");

    private final String attribute;

    View(String attribute) {
        this.attribute = attribute;
    }

    public String attribute() {
        return attribute;
    }

    static View of(String attribute) {
        for (View v : values()) {
            if (v.attribute.equals(attribute)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown view in the body map: " + attribute);
    }
}
