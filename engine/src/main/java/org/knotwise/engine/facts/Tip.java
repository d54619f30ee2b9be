package org.knotwise.engine.facts;

/** A practical tip on searching or rubbing, shown with the plan (e.g. how to search for a spot). */
public class Tip implements Describable {
    private final String text;

    public Tip(String text) { this.text = text; }

    public String getText() { return text; }

    @Override
    public String describe() { return "tip"; }
}
