package org.knotwise.engine.rulebase;

import com.ibm.icu.text.MessagePattern;
import org.knotwise.engine.text.EngineTexts;
import org.knotwise.engine.text.MessageBook;
import org.knotwise.engine.text.MessageFile;
import org.knotwise.engine.text.PageTexts;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Problem;
import org.knotwise.kb.Vocabulary;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a rule base's message files as the rules are checked: every language has every English key
 * with the same placeholders, no file has a key that no rule or page uses, and every message parses.
 * Each problem names the file, the line and the key; an error refuses the rule base like a broken rule.
 */
public final class MessageCheck {
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z0-9_.-]+)\"");
    private static final Pattern RULE_ID = Pattern.compile("@id\\(\"([^\"]+)\"\\)");
    /** Rules name a code and the key follows: {@code Advice.adjustment("X")} is {@code adjustment.X}. */
    private static final List<String> CODE_KINDS = List.of("adjustment.", "failure.", "caution.");

    private MessageCheck() {
    }

    public static List<Problem> check(List<MessageFile> files, List<RuleFile> ruleFiles, List<RuleDescription> rules,
                                      KnowledgeBase kb, List<Problem> problems) {
        MessageFile en = files.stream().filter(f -> MessageBook.ENGLISH.equals(f.language())).findFirst().orElse(null);
        if (en == null) {
            return problems; // MessageFolder.parse reported it
        }
        Set<String> used = used(ruleFiles, rules, kb);
        for (MessageFile f : files) {
            for (MessageFile.Entry e : f.entries().values()) {
                if (!isUsed(e.key(), used)) {
                    problems.add(Problem.error(f.name(), e.line(), "'" + e.key() + "' is used by no rule or page"));
                    continue;
                }
                Set<String> names = placeholders(f, e, problems);
                if (f == en || names == null) {
                    continue;
                }
                MessageFile.Entry english = en.entries().get(e.key());
                if (english == null) {
                    problems.add(Problem.error(f.name(), e.line(), "'" + e.key() + "' is not in "
                            + en.name() + ": English is every language's fallback"));
                    continue;
                }
                Set<String> expected = placeholders(en, english, new java.util.ArrayList<>());
                if (expected != null && !expected.equals(names)) {
                    problems.add(Problem.error(f.name(), e.line(), "'" + e.key() + "' has placeholders " + braces(names)
                            + " but " + en.name() + ":" + english.line() + " has " + braces(expected)));
                }
            }
            if (f != en) {
                for (MessageFile.Entry e : en.entries().values()) {
                    if (!f.entries().containsKey(e.key()) && isUsed(e.key(), used)) {
                        problems.add(Problem.error(f.name(), e.line(), "'" + e.key() + "' is missing (" + en.name()
                                + " has it at line " + e.line() + ")"));
                    }
                }
            }
        }
        return problems;
    }

    /** The keys the rules and the engine can ask for. */
    static Set<String> used(List<RuleFile> ruleFiles, List<RuleDescription> rules, KnowledgeBase kb) {
        Set<String> used = new HashSet<>(EngineTexts.KEYS);
        used.addAll(PageTexts.KEYS);
        for (RuleFile f : ruleFiles) {
            Matcher m = LITERAL.matcher(f.text());
            while (m.find()) {
                used.add(m.group(1));
                CODE_KINDS.forEach(kind -> used.add(kind + m.group(1)));
            }
        }
        rules.forEach(r -> used.add(EngineTexts.BECAUSE + r.idOrName()));
        for (RuleFile f : ruleFiles) { // a rule in a file that does not parse still has its reason
            Matcher id = RULE_ID.matcher(f.text());
            while (id.find()) {
                used.add(EngineTexts.BECAUSE + id.group(1));
            }
        }
        Vocabulary.REGIONS.forEach(r -> used.add(EngineTexts.REGION + r));
        if (kb == null) { // the knowledge base did not load (its errors are reported): which regions have fibres is unknown
            Vocabulary.REGIONS.forEach(r -> used.add("fibre." + r));
        } else {
            kb.regions().keySet().forEach(r -> used.add(EngineTexts.REGION + r));
            kb.regions().forEach((id, r) -> {
                if (r.fibreDirectionKnown()) {
                    used.add("fibre." + id);
                }
            });
        }
        // the rules word these from a code they read at run time (kb.caution, the case's red flags)
        Vocabulary.RED_FLAGS.forEach(code -> used.add("redflag." + code));
        Vocabulary.MUSCLE_CAUTIONS.forEach(code -> used.add("caution." + code));
        return used;
    }

    private static boolean isUsed(String key, Set<String> used) {
        // the consultation's questions (question.<field>...) are keyed by the questions file, which the
        // engine does not read: every language must have them, and none counts as unused
        return used.contains(key) || key.startsWith(QUESTION);
    }

    /** The prefix of the consultation questions' words. */
    static final String QUESTION = "question.";

    /** The message's placeholder names, or null (and a problem) when it does not parse. */
    static Set<String> placeholders(MessageFile f, MessageFile.Entry e, List<Problem> problems) {
        Set<String> names = new TreeSet<>();
        if (e.pattern().indexOf('{') < 0) {
            return names;
        }
        try {
            MessagePattern p = new MessagePattern(e.pattern());
            for (int i = 0; i < p.countParts(); i++) {
                MessagePattern.Part part = p.getPart(i);
                if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                    names.add(p.getSubstring(part));
                }
            }
            return names;
        } catch (IllegalArgumentException ex) {
            problems.add(Problem.error(f.name(), e.line(), "'" + e.key() + "' does not parse: " + ex.getMessage()));
            return null;
        }
    }

    private static String braces(Set<String> names) {
        return names.isEmpty() ? "none" : names.stream().map(n -> "{" + n + "}").reduce((a, b) -> a + " " + b).orElse("");
    }
}
