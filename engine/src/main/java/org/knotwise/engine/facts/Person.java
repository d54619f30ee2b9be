package org.knotwise.engine.facts;

/**
 * What the case says about the person (contract §7.1). Always present, one per case; each part is
 * null when unknown, so {@code Person(pregnant == true)} matches only a person who said so.
 */
public class Person implements Describable {
    private final Integer age;
    private final Boolean anticoagulants;
    private final Boolean pregnant;

    public Person(Integer age, Boolean anticoagulants, Boolean pregnant) {
        this.age = age;
        this.anticoagulants = anticoagulants;
        this.pregnant = pregnant;
    }

    public Integer getAge() { return age; }
    public Boolean getAnticoagulants() { return anticoagulants; }
    public Boolean getPregnant() { return pregnant; }

    @Override
    public String describe() {
        StringBuilder s = new StringBuilder("person:");
        if (age != null) s.append(" age ").append(age);
        if (anticoagulants != null) s.append(anticoagulants ? ", blood thinners" : ", no blood thinners");
        if (pregnant != null) s.append(pregnant ? ", pregnant" : ", not pregnant");
        return s.toString().replace(":,", ":");
    }
}
