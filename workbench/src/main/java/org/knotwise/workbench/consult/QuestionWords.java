package org.knotwise.workbench.consult;

import com.fasterxml.jackson.databind.JsonNode;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.text.MessageBook;
import org.knotwise.engine.text.Messages;
import org.knotwise.engine.text.Text;

/**
 * The questions' words in the consultation's language. The questions file keeps the fields, their order,
 * conditions and the English words; another language's words are messages keyed by field:
 * {@code question.<field>.text}, {@code .reason}, {@code .suggested}, {@code .choice.<value>} ({@code unknown}
 * for the answer that leaves the field unknown) and {@code .item.<item field>.<value>} for a checklist's lines
 * ({@code spots[]} is written {@code spot}: {@code question.spot.relevant.text}), English's included, where
 * the words are reworded. For a key the messages lack (a rules folder made before), the questions file's words.
 */
final class QuestionWords {
    private static final String PREFIX = "question.";
    private final Messages words;

    QuestionWords(Messages words) {
        this.words = words;
    }

    static QuestionWords of(Knotwise engine) {
        return new QuestionWords(engine.messages().language(engine.language()).orElse(engine.messages().english()));
    }

    /** {@code question.complaint.onset}, {@code question.spot.relevant}. */
    static String key(String template) {
        return PREFIX + template.replace("spots[]", "spot");
    }

    String text(Question q) {
        return word(key(q.field().template()) + ".text", q.text());
    }

    String reason(Question q) {
        return word(key(q.field().template()) + ".reason", q.reason());
    }

    String suggested(Question q) {
        return word(key(q.field().template()) + ".suggested", q.suggested());
    }

    Choice choice(Question q, Choice c) {
        return new Choice(word(key(q.field().template()) + ".choice." + value(c.value()), c.label()), c.value());
    }

    /** A checklist line (a template, before its region is filled in) in the language's words. */
    Item item(Question q, Item i) {
        String key = key(q.field().template()) + ".item." + key(i.path()).substring(PREFIX.length()) + "." + value(i.value());
        return new Item(i.path(), i.value(), i.otherwise(), word(key, i.label()));
    }

    /** A region as the questions name it: "wrist back" in English, its {@code region.<id>} message elsewhere. */
    String region(String id) {
        boolean english = MessageBook.ENGLISH.equals(words.language());
        return english || !words.knows("region." + id) ? Words.region(id) : words.format(Text.region(id));
    }

    private static String value(JsonNode v) {
        return v == null || v.isNull() ? "unknown" : v.asText();
    }

    /** The message as written ({region} is filled in by the caller), or the questions file's English. */
    private String word(String key, String english) {
        String own = words.pattern(key);
        return own != null ? own : english;
    }
}
