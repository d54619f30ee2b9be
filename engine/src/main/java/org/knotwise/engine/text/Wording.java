package org.knotwise.engine.text;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The language one assessment is being put into words in, for the thread assessing it. The engine's
 * case run (CaseRun) has no parameter for it, so {@code Knotwise} sets it around the run and the
 * assembler reads it; nothing else should.
 *
 * @param english  the rule base's English, by which conclusions are ordered and made unique, so every
 *                 language gives the same advice in the same order
 * @param target   the language of the answer's texts
 * @param asked    the language code the caller asked for, or null (then the answer carries no
 *                 {@code language} field and is byte for byte the English answer of before)
 * @param statuses each language's review status, shown in {@code ruleBase.languages} when one was asked for
 */
public record Wording(Messages english, Messages target, String asked, Map<String, String> statuses) {

    private static final ThreadLocal<Wording> CURRENT = new ThreadLocal<>();

    /** English by default: no {@code language} field. */
    public static Wording english(MessageBook book) {
        return new Wording(book.english(), book.english(), null, book.statuses());
    }

    /** The language of a rule base's book; {@code code} must be one of its languages. */
    public static Wording in(MessageBook book, String code) {
        Messages target = book.language(code).orElseThrow(() -> new IllegalArgumentException(
                "no messages for language '" + code + "': available " + book.languages()));
        return new Wording(book.english(), target, target.language(), book.statuses());
    }

    /** Runs {@code work} with this wording as the thread's. */
    public <T> T during(Supplier<T> work) {
        Wording before = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    /** The thread's wording, or null outside {@link #during}. */
    public static Wording current() {
        return CURRENT.get();
    }

    public boolean isEnglish() {
        return target == english;
    }
}
