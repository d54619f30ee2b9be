package org.knotwise.workbench.catalogue;

import org.knotwise.engine.rulebase.MessageFolder;
import org.knotwise.engine.rulebase.RuleBaseMessages;
import org.knotwise.engine.text.EngineTexts;
import org.knotwise.engine.text.MessageBook;
import org.knotwise.engine.text.MessageFile;
import org.knotwise.engine.text.Messages;
import org.knotwise.engine.text.Text;
import org.knotwise.kb.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message keys a rule's consequence names ({@code Text.of("tip.x")}, or a code whose key follows from
 * it: {@code Advice.adjustment("X")} says {@code adjustment.X}) and their words in every language.
 */
public final class RuleTexts {
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z0-9_.-]+)\"");
    private static final List<String> CODE_KINDS = List.of("adjustment.", "failure.", "caution.");

    private RuleTexts() {
    }

    /** The message book of a rules folder (its messages/, else the built-in), or the built-in one (null). */
    public static MessageBook book(Path folderOrNull) {
        if (folderOrNull == null) {
            return RuleBaseMessages.builtIn();
        }
        List<Problem> ignored = new ArrayList<>(); // rules validate reports them
        List<MessageFile> files = MessageFolder.parse(MessageFolder.bytes(folderOrNull), ignored);
        return new MessageBook(files);
    }

    /** The keys a consequence names, in the order written, that the English messages have. */
    static List<String> keys(String consequence, Messages english) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = LITERAL.matcher(consequence);
        while (m.find()) {
            String literal = m.group(1);
            if (english.has(literal)) {
                keys.add(literal);
            }
            for (String kind : CODE_KINDS) {
                if (english.has(kind + literal) && consequence.contains(codeCall(kind, literal))) {
                    keys.add(kind + literal);
                }
            }
        }
        return List.copyOf(keys);
    }

    /** {@code adjustment("X")}, {@code failure("X")}, or a caution's {@code ("X", ...)} call that names no key of its own. */
    private static String codeCall(String kind, String code) {
        return kind.equals("caution.") ? "(\"" + code + "\"" : kind.substring(0, kind.length() - 1) + "(\"" + code + "\")";
    }

    /** Each key's words in every language (a language without the key shows English's, as the engine does). */
    static List<RuleText> words(List<String> keys, MessageBook book) {
        List<RuleText> out = new ArrayList<>();
        for (String key : keys) {
            Map<String, String> words = new LinkedHashMap<>();
            for (String language : book.languages()) {
                Messages m = book.language(language).orElseThrow();
                words.put(language, m.has(key) ? pattern(m, key) : pattern(book.english(), key));
            }
            out.add(new RuleText(key, words));
        }
        return out;
    }

    /** The message as written, placeholders and all ({site}), for review. */
    private static String pattern(Messages m, String key) {
        return m.pattern(key);
    }

    /** The rule's reason in English: its {@code because.<id>}. */
    static String because(String id, MessageBook book) {
        String key = EngineTexts.BECAUSE + id;
        return book.english().has(key) ? book.english().format(Text.of(key)) : null;
    }
}
