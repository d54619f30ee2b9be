package org.knotwise.rules;

import org.junit.jupiter.api.Test;
import org.knotwise.engine.rulebase.MessageFolder;
import org.knotwise.engine.rulebase.RuleBase;
import org.knotwise.engine.text.MessageFile;
import org.knotwise.kb.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in message files: English, Spanish and German, every key in every language with the same
 * placeholders, each file's review status in its header, and nothing the validation of the built-in rules
 * reports about them.
 */
class BuiltInMessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*([A-Za-z][\\w-]*)\\s*[,}]");

    private static Map<String, MessageFile> files() {
        List<Problem> problems = new ArrayList<>();
        Map<String, MessageFile> byLanguage = MessageFolder.parse(MessageFolder.builtInBytes(), problems).stream()
                .collect(Collectors.toMap(MessageFile::language, f -> f));
        assertThat(problems).isEmpty();
        return byLanguage;
    }

    /** The top-level placeholder names ({site}, {steps, plural, ...}); words inside a plural's branches are not names. */
    static Set<String> placeholders(String pattern) {
        Set<String> names = new TreeSet<>();
        int depth = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{') {
                if (depth == 0) {
                    Matcher m = PLACEHOLDER.matcher(pattern.substring(i));
                    if (m.lookingAt()) {
                        names.add(m.group(1));
                    }
                }
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return names;
    }

    @Test
    void englishSpanishAndGermanWithTheirReviewStatus() {
        Map<String, MessageFile> files = files();
        assertThat(files.keySet()).containsExactlyInAnyOrder("en", "es", "de");
        assertThat(files.get("en").status()).isEqualTo("reviewed");
        assertThat(files.get("es").status()).isEqualTo("draft");
        assertThat(files.get("de").status()).isEqualTo("draft");
    }

    @Test
    void everyKeyInEveryLanguageWithTheSamePlaceholders() {
        Map<String, MessageFile> files = files();
        MessageFile en = files.get("en");
        for (MessageFile f : files.values()) {
            assertThat(f.entries().keySet()).as(f.name()).containsExactlyInAnyOrderElementsOf(en.entries().keySet());
            f.entries().forEach((key, e) -> assertThat(placeholders(e.pattern())).as(f.name() + ":" + e.line() + " " + key)
                    .isEqualTo(placeholders(en.entries().get(key).pattern())));
        }
    }

    @Test
    void theBuiltInRulesValidateWithTheirMessages() {
        assertThat(RuleBase.checkBuiltIn()).filteredOn(Problem::isError).isEmpty();
    }
}
