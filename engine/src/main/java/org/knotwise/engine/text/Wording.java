package org.knotwise.engine.text;

import java.util.Map;

/**
 * The language an assessment is put into words in: each {@code Knotwise} holds one (English unless
 * a language was asked for) and hands it to the case run, which passes it to the assembler.
 *
 * @param english  the rule base's English, by which conclusions are ordered and made unique, so every
 *                 language gives the same advice in the same order
 * @param target   the language of the answer's texts
 * @param asked    the language code the caller asked for, or null (then the answer carries no
 *                 {@code language} field and is byte for byte the English answer of before)
 * @param statuses each language's review status, shown in {@code ruleBase.languages} when one was asked for
 */
public record Wording(Messages english, Messages target, String asked, Map<String, String> statuses) {

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

    public boolean isEnglish() {
        return target == english;
    }
}
