package org.knotwise.engine.facts;

/** A warning sign (contract §4) that rules out self-massage. */
public class RedFlag implements Describable {
    private final String code;

    public RedFlag(String code) { this.code = code; }

    public String getCode() { return code; }

    @Override
    public String describe() { return "red flag " + code; }
}
