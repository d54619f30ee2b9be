package org.knotwise.engine.facts;

import org.knotwise.engine.text.Text;

/** Something the person should expect from self-massage, e.g. when results show. */
public class Expectation implements Describable {
    private final Text text;

    public Expectation(Text text) { this.text = text; }

    /** In a rule folder's own words, the same in every language. */
    public Expectation(String text) { this(Text.literal(text)); }

    public Text getText() { return text; }

    @Override
    public String describe() { return "expectation"; }
}
