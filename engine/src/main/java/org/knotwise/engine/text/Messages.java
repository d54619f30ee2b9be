package org.knotwise.engine.text;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One language's messages, ready to put texts into words; English answers for any key the language
 * lacks, so an answer never shows a key. Thread-safe. A message without placeholders is returned as
 * it is (the lean path does no formatting); one with placeholders is parsed once, on first use, and kept:
 * plain {@code {name}}s by substitution, anything more (plurals) by ICU4J's MessageFormat.
 */
public final class Messages {
    private final String language;
    private final String status;
    private final Map<String, String> patterns;
    private final Messages fallback;
    /** Each message with placeholders, parsed on first use: a SimplePattern or an ICU MessageFormat. */
    private final Map<String, Object> parsed = new ConcurrentHashMap<>();

    Messages(MessageFile file, Messages fallback) {
        this.language = file.language();
        this.status = file.status();
        Map<String, String> p = new HashMap<>(file.entries().size() * 2);
        file.entries().forEach((k, e) -> p.put(k, e.pattern()));
        this.patterns = p;
        this.fallback = fallback;
    }

    public String language() { return language; }

    /** {@code reviewed} or {@code draft}. */
    public String status() { return status; }

    /** Whether this language itself (not its fallback) has the key. */
    public boolean has(String key) {
        return patterns.containsKey(key);
    }

    /** The message as written in this language's file (placeholders unformatted), or null. */
    public String pattern(String key) {
        return patterns.get(key);
    }

    /** Whether this language or its fallback (English) has the key. */
    public boolean knows(String key) {
        return patterns.containsKey(key) || fallback != null && fallback.knows(key);
    }

    /** The text in words: this language's message, else English's, else (never in a valid rule base) the key. */
    public String format(Text text) {
        if (text.isLiteral()) {
            return text.literal();
        }
        String pattern = patterns.get(text.key());
        if (pattern == null) {
            return fallback != null ? fallback.format(text) : text.key();
        }
        if (!text.hasArgs()) {
            return pattern;
        }
        Map<String, Object> args = new HashMap<>(4);
        for (int i = 0; i < text.argCount(); i++) {
            args.put(text.argName(i), value(text.argValue(i)));
        }
        Object parsedPattern = parsed.computeIfAbsent(text.key(), k -> parse(pattern));
        if (parsedPattern instanceof SimplePattern simple) {
            return simple.format(args);
        }
        MessageFormat format = (MessageFormat) parsedPattern;
        // ICU's formats keep state while formatting: one thread at a time per pattern
        synchronized (format) {
            return format.format(args);
        }
    }

    /** Plain {name}s are substituted; anything more (plurals) is ICU's MessageFormat. */
    private Object parse(String pattern) {
        SimplePattern simple = SimplePattern.of(pattern);
        return simple != null ? simple : new MessageFormat(pattern, new ULocale(language));
    }

    private Object value(Object v) {
        if (v instanceof Text t) {
            return format(t);
        }
        if (v instanceof Text.Joined j) {
            return and(j.items());
        }
        return v == null ? "" : v;
    }

    /** "a and b and c": {@code list.and} ("{first} and {second}") folded from the left. */
    private String and(List<?> items) {
        if (items.isEmpty()) {
            return "";
        }
        String joined = String.valueOf(value(items.get(0)));
        for (int i = 1; i < items.size(); i++) {
            joined = format(Text.of("list.and", "first", joined, "second", value(items.get(i))));
        }
        return joined;
    }
}
