package org.knotwise.engine.facts;

/** Something the person should expect from self-massage, e.g. when results show. */
public class Expectation implements Describable {
    private final String text;

    public Expectation(String text) { this.text = text; }

    public String getText() { return text; }

    @Override
    public String describe() { return "expectation"; }
}
