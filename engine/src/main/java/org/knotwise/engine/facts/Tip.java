package org.knotwise.engine.facts;

import org.knotwise.engine.text.Text;

/** A practical tip on searching or rubbing, shown with the plan (e.g. how to search for a spot). */
public class Tip implements Describable {
    private final Text text;

    public Tip(Text text) { this.text = text; }

    /** In a rule folder's own words, the same in every language. */
    public Tip(String text) { this(Text.literal(text)); }

    public Text getText() { return text; }

    @Override
    public String describe() { return "tip"; }
}
