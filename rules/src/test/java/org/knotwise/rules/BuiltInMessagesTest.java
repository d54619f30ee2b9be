package org.knotwise.rules;

import org.junit.jupiter.api.Test;
import org.knotwise.engine.rulebase.MessageFolder;
import org.knotwise.engine.rulebase.RuleBase;
import org.knotwise.engine.text.MessageFile;
import org.knotwise.kb.Problem;
import org.knotwise.kb.Vocabulary;

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
    void everyCautionAndRedFlagOfTheKnowledgeBaseIsWordedInEnglish() {
        MessageFile en = files().get("en");
        for (String code : Vocabulary.CAUTIONS) {
            assertThat(en.entries().keySet()).as(code).anyMatch(k -> k.equals("caution." + code) || k.startsWith("caution." + code + "."));
        }
        Vocabulary.RED_FLAGS.forEach(code -> assertThat(en.entries()).as(code).containsKey("redflag." + code));
        // a muscle's caution is shown as it is (contract §8.3, muscle cautions): one complete sentence
        for (String code : Vocabulary.MUSCLE_CAUTIONS) {
            if (code.equals("FRONT_OF_NECK")) {
                continue; // also a §7.6 caution, worded for its own rule
            }
            String words = en.entries().get("caution." + code).pattern();
            assertThat(words).as(code).matches("[A-Z].*\\.");
            assertThat(words.substring(0, words.length() - 1)).as(code + ": one sentence").doesNotContain(". ");
        }
        assertThat(en.entries().get("caution.SCIATIC_NERVE").pattern()).contains("piriformis", "sciatic nerve", "stop");
    }

    @Test
    void theBuiltInRulesValidateWithTheirMessages() {
        assertThat(RuleBase.checkBuiltIn()).filteredOn(Problem::isError).isEmpty();
    }
}
