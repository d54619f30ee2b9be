package org.knotwise.workbench.bodymap;

import org.knotwise.engine.rulebase.MessageFolder;
import org.knotwise.engine.text.MessageBook;
import org.knotwise.engine.text.Messages;
import org.knotwise.engine.text.PageTexts;
import org.knotwise.engine.text.Text;

/**
 * The fixed words of the pages around an assessment (the text report, the body-map page, the batch
 * summary) in one language: {@code page.*} messages of the rule base's message files. English words
 * are the pages' words of before, byte for byte; a key must be listed in {@link PageTexts}, so that
 * {@code rules validate} requires it in every language.
 */
public final class PageWords {
    private final Messages messages;

    private PageWords(Messages messages) {
        this.messages = messages;
    }

    /** The book's language (English when {@code language} is null or not in the book). */
    public static PageWords of(MessageBook book, String language) {
        return new PageWords(book.language(language).orElse(book.english()));
    }

    /** The built-in message files' language: for callers without a rule base at hand. */
    public static PageWords builtIn(String language) {
        return of(BuiltIn.BOOK, language);
    }

    /** The built-in message files' languages, English first. */
    public static java.util.List<String> builtInLanguages() {
        return BuiltIn.BOOK.languages();
    }

    public static PageWords english() {
        return builtIn(null);
    }

    public String language() {
        return messages.language();
    }

    public boolean isEnglish() {
        return MessageBook.ENGLISH.equals(messages.language());
    }

    /** The page's message {@code key} with its arguments (names and values in turn). */
    public String w(String key, Object... namesAndValues) {
        if (!PageTexts.KEYS.contains(key)) {
            throw new IllegalArgumentException("not a page key listed in PageTexts: " + key);
        }
        if (!messages.knows(key)) { // a rules folder made before the pages had words: the built-in English
            return BuiltIn.BOOK.english().format(Text.of(key, namesAndValues));
        }
        return messages.format(Text.of(key, namesAndValues));
    }

    /** Whether the key is a listed page key this language, English or the built-in English has. */
    public boolean has(String key) {
        return PageTexts.KEYS.contains(key) && (messages.knows(key) || BuiltIn.BOOK.english().knows(key));
    }

    /**
     * A region's name: in English the id with spaces, as the pages always printed it; in another
     * language its {@code region.<id>} message.
     */
    public String region(String id) {
        if (id == null || isEnglish() || !messages.knows("region." + id)) {
            return Words.region(id);
        }
        return messages.format(Text.region(id));
    }

    /** A code in words from the cards' messages ({@code card.reason.X}), else {@code english}. */
    public String card(String prefix, String code, String english) {
        if (isEnglish() || code == null || !messages.knows(prefix + code)) {
            return english;
        }
        return messages.format(Text.of(prefix + code));
    }

    /** Loaded once, when a page without a rule base at hand is first drawn. */
    private static final class BuiltIn {
        static final MessageBook BOOK = MessageFolder.builtIn();
    }
}
