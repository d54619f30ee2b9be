package org.knotwise.engine.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every language a rule base speaks, English first: the texts of its answers, keyed by code. English
 * is the default and the fallback of every other language.
 */
public final class MessageBook {
    public static final String ENGLISH = "en";

    private final Map<String, Messages> byLanguage;
    private final List<MessageFile> files;

    /** Without an English file, English is empty: only texts in a rule folder's own words then read well. */
    public MessageBook(List<MessageFile> files) {
        MessageFile en = files.stream().filter(f -> ENGLISH.equals(f.language())).findFirst()
                .orElse(new MessageFile("messages/en.properties", ENGLISH, MessageFile.REVIEWED, Map.of()));
        Messages english = new Messages(en, null);
        Map<String, Messages> m = new LinkedHashMap<>();
        m.put(ENGLISH, english);
        files.stream().filter(f -> f != en).sorted(java.util.Comparator.comparing(MessageFile::language))
                .forEach(f -> m.put(f.language(), new Messages(f, english)));
        this.byLanguage = Collections.unmodifiableMap(m);
        this.files = List.copyOf(files);
    }

    public Messages english() {
        return byLanguage.get(ENGLISH);
    }

    /** The language's messages, if the rule base has it (a code such as {@code es}, case ignored). */
    public Optional<Messages> language(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byLanguage.get(code.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The language codes, English first. */
    public List<String> languages() {
        return List.copyOf(byLanguage.keySet());
    }

    /** Each language's review status ({@code {"de":"draft","en":"reviewed","es":"draft"}}), by code. */
    public Map<String, String> statuses() {
        Map<String, String> s = new TreeMap<>();
        byLanguage.forEach((code, m) -> s.put(code, m.status()));
        return Collections.unmodifiableMap(s);
    }

    public List<MessageFile> files() {
        return files;
    }
}
