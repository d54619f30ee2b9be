package org.knotwise.engine.model;

/**
 * What the contract (§7.1) asks about the person: every part is null when not given.
 *
 * @param age            years, 0 to 120
 * @param anticoagulants takes blood thinners or has a bleeding disorder
 * @param pregnant       is pregnant
 */
public record Person(Integer age, Boolean anticoagulants, Boolean pregnant) {

    /** Nothing known about the person. */
    public static final Person UNKNOWN = new Person(null, null, null);
}
