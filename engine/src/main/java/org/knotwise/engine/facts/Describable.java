package org.knotwise.engine.facts;

/** A fact that can say in a few words what it is, for the explanation of a fired rule. */
public interface Describable {
    String describe();
}
