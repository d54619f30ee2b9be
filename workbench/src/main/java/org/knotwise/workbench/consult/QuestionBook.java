package org.knotwise.workbench.consult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.knotwise.engine.rulebase.RuleBaseException;
import org.knotwise.engine.rulebase.RuleDescription;
import org.knotwise.kb.Problem;
import org.knotwise.workbench.catalogue.RuleSources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions file: every askable field's question in plain words. It lives with the knowledge (the
 * built-in rules carry {@value #RESOURCE}; a rules folder its own {@value #FILE_NAME}, else the built-in one)
 * so knowledge engineers edit the words without touching Java. Each entry starts with a {@code - field:} line.
 */
public final class QuestionBook {
    public static final String FILE_NAME = "questions.yaml";
    public static final String RESOURCE = "org/knotwise/rules/" + FILE_NAME;
    static final String BUILT_IN_SHOWN_AS = FILE_NAME + " (built-in)";

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final Pattern ENTRY = Pattern.compile("^-\\s+field:\\s*['\"]?([^'\"\\s#]+)");

    private final Map<Askable, Question> questions;
    private final String shownAs;

    private QuestionBook(Map<Askable, Question> questions, String shownAs) {
        this.questions = questions;
        this.shownAs = shownAs;
    }

    /** Where a rules folder's questions come from: its own file when it has one, else the built-in file. */
    public static boolean hasOwnFile(Path rulesDirOrNull) {
        return rulesDirOrNull != null && Files.isRegularFile(rulesDirOrNull.resolve(FILE_NAME));
    }

    /**
     * The questions for a rules folder (null: the built-in rules), checked against the rules' ids.
     *
     * @throws RuleBaseException naming the file and line of every error
     */
    public static QuestionBook load(Path rulesDirOrNull, Collection<RuleDescription> rules) {
        Source source = source(rulesDirOrNull);
        List<Problem> problems = new ArrayList<>();
        QuestionBook book = parse(source, rules, problems);
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new RuleBaseException(problems);
        }
        return book;
    }

    /**
     * Every problem of a rules folder's questions file (null: the built-in one), against the rule ids its
     * rule files declare (read as text: this works even when the rules do not compile).
     */
    public static List<Problem> check(Path rulesDirOrNull) {
        Collection<RuleDescription> rules;
        try {
            rules = RuleSources.catalogue(rulesDirOrNull).rules();
        } catch (RuntimeException e) {
            return List.of(); // the rules themselves are broken: validate reports that, and the ids are unknown
        }
        return check(rulesDirOrNull, rules);
    }

    /** Every problem of the questions file, each with its file and line (for {@code rules validate}). */
    public static List<Problem> check(Path rulesDirOrNull, Collection<RuleDescription> rules) {
        List<Problem> problems = new ArrayList<>();
        try {
            parse(source(rulesDirOrNull), rules, problems);
        } catch (UncheckedIOException e) {
            problems.add(Problem.error(rulesDirOrNull == null ? BUILT_IN_SHOWN_AS
                    : rulesDirOrNull.resolve(FILE_NAME).toString(), 0, e.getMessage()));
        }
        return problems;
    }

    /** The built-in questions file's text, as {@code rules init} copies it. */
    public static String builtInText() {
        try (InputStream in = QuestionBook.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the questions file (" + RESOURCE
                        + ") is not on the classpath: add the knotwise-rules jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Question question(Askable field) {
        return questions.get(field);
    }

    public String shownAs() {
        return shownAs;
    }

    record Source(String shownAs, String text) {
    }

    private static Source source(Path dirOrNull) {
        if (hasOwnFile(dirOrNull)) {
            Path file = dirOrNull.resolve(FILE_NAME);
            try {
                return new Source(file.toString(), Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return new Source(BUILT_IN_SHOWN_AS, builtInText());
    }

    static QuestionBook parse(Source source, Collection<RuleDescription> rules, List<Problem> problems) {
        String file = source.shownAs();
        Map<Askable, Question> byField = new EnumMap<>(Askable.class);
        JsonNode root;
        try {
            root = YAML.readTree(source.text());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(Problem.error(file, line, "not valid YAML: " + e.getOriginalMessage()));
            return new QuestionBook(byField, file);
        }
        if (root == null || !root.isArray()) {
            problems.add(Problem.error(file, 1, "the questions file must be a list of questions, each starting with '- field:'"));
            return new QuestionBook(byField, file);
        }
        List<Integer> lines = entryLines(source.text());
        Set<String> ruleIds = new HashSet<>();
        rules.forEach(r -> ruleIds.add(r.idOrName()));
        Set<Askable> seen = java.util.EnumSet.noneOf(Askable.class);
        for (int i = 0; i < root.size(); i++) {
            int line = i < lines.size() ? lines.get(i) : 0;
            Question q = QuestionReader.read(root.get(i), line, file, ruleIds, problems, seen);
            if (q == null) {
                continue;
            }
            if (byField.containsKey(q.field())) {
                problems.add(Problem.error(file, line, "a second question for " + q.field().template()
                        + " (the first is at line " + byField.get(q.field()).line() + ")"));
                continue;
            }
            byField.put(q.field(), q);
        }
        int lastLine = (int) source.text().lines().count();
        for (Askable a : Askable.values()) {
            if (!seen.contains(a)) {
                problems.add(Problem.error(file, Math.max(1, lastLine), "no question for the askable field "
                        + a.template() + ": add an entry '- field: " + a.template() + "' with its text, reason and choices"));
            }
        }
        return new QuestionBook(byField, file);
    }

    /** The line of each top-level entry, in order. */
    private static List<Integer> entryLines(String text) {
        List<Integer> lines = new ArrayList<>();
        String[] all = text.split("\\R", -1);
        for (int i = 0; i < all.length; i++) {
            Matcher m = ENTRY.matcher(all[i]);
            if (m.find() || all[i].startsWith("- ")) {
                lines.add(i + 1);
            }
        }
        return lines;
    }
}
