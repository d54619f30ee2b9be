package org.knotwise.engine.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * One person's complaint, what they felt when pressing spots, and what they tried (contract §1, §7.1).
 * Build it from JSON with {@link org.knotwise.engine.json.KnotwiseJson#readCase(String)}.
 *
 * @param person   never null: {@link Person#UNKNOWN} when the case says nothing about the person
 * @param warnings what the reader noticed but did not refuse (unknown fields); the assessment repeats them
 */
public record Case(String id, Complaint complaint, List<String> redFlags, List<Spot> spots, History history,
                   Person person, @JsonIgnore List<FieldWarning> warnings) {

    public Case {
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
        spots = spots == null ? List.of() : List.copyOf(spots);
        person = person == null ? Person.UNKNOWN : person;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A version 1 case: nothing known about the person, no warnings. */
    public Case(String id, Complaint complaint, List<String> redFlags, List<Spot> spots, History history) {
        this(id, complaint, redFlags, spots, history, Person.UNKNOWN, List.of());
    }
}
