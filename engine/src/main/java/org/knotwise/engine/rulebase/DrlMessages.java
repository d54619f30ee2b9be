package org.knotwise.engine.rulebase;

import org.knotwise.kb.Problem;

import java.beans.Introspector;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Drools and MVEL compilers' messages in plain words, for knowledge engineers who do not read Java:
 * the plain sentence first, the compiler's own text on a second line. Also puts a message back on its
 * line where the compiler gives none, and reports a rule without {@code end} at the rule's first line
 * (the parser notices only further down, in another rule's text).
 */
final class DrlMessages {
    /** The package the rules' fact types live in (DRL files import it). */
    static final String FACTS_PACKAGE = "org.knotwise.engine.facts";

    private static final Pattern SYNTAX = Pattern.compile(
            "\\[ERR \\d+\\] Line (\\d+):(\\d+) (?:mismatched input|no viable alternative at input|extraneous input|missing \\S+ at) '(.*?)'(?:.*? in rule \"(.*?)\")?.*",
            Pattern.DOTALL);
    private static final Pattern STRICT_MODE = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\$?\\w+)\\(\\)");
    private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression (.+?):\\s*(\\n|$)");
    private static final Pattern LEFT_PART = Pattern.compile("Unable to parse left part of expression: (.+)");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to (?:resolve ObjectType|find class:) '?(\\w+)'?");
    private static final Pattern CONSEQUENCE = Pattern.compile("Rule Compilation error (.+?)(?: for the type \\S+)?\\s*$", Pattern.DOTALL);
    private static final Pattern NUMBER_TEXT = Pattern.compile("For input string: \"(.*)\"");
    private static final Pattern RULE_LINE = Pattern.compile("^\\s*rule\\s+\"(.*?)\"");
    private static final Pattern END_LINE = Pattern.compile("^\\s*end\\s*(//.*)?$");
    private static final Pattern FIRST_NAME = Pattern.compile("^\\s*(\\$?\\w+)");
    private static final Pattern PATTERN_TYPE = Pattern.compile("(\\w+)\\s*\\([^()]*$");

    private DrlMessages() {
    }

    /** The problem in plain words, on its line; the compiler's text is kept as a second line. */
    static Problem plain(Problem p, List<RuleFile> files) {
        String original = p.message();
        Located at = new Located(p.file(), p.line());
        String plain = null;
        Matcher m;
        if ((m = SYNTAX.matcher(original)).matches()) {
            String token = m.group(3);
            String rule = m.group(4);
            Located start = rule == null ? null : ruleStart(files, p.file(), rule);
            boolean atEof = "<eof>".equalsIgnoreCase(token);
            if (start != null && noEndBetween(files, p.file(), start.line, p.line(), atEof)) {
                at = start;
                plain = "rule \"" + rule + "\" has no \"end\": finish each rule with a line holding only \"end\""
                        + " (the compiler noticed it only at line " + p.line() + ")";
            } else {
                plain = "cannot read the rule text at " + ("<eof>".equalsIgnoreCase(token) ? "the end of the file" : "'" + token + "'")
                        + " (column " + (Integer.parseInt(m.group(2)) + 1) + "): a bracket, a comma or a quote is probably"
                        + " missing or extra just before it";
            }
        } else if (original.startsWith("Parser returned a null Package")) {
            plain = "the file could not be read as rules: see its other errors";
        } else if ((m = STRICT_MODE.matcher(original)).find()) {
            Matcher expr = ANALYSE.matcher(original);
            if (expr.find() && at.line <= 0) {
                at = locate(files, p.file(), expr.group(1).strip(), at);
            }
            plain = unknownName(m.group(1), m.group(2));
        } else if ((m = LEFT_PART.matcher(original)).find()) {
            String expr = m.group(1).strip();
            at = locate(files, p.file(), expr, at);
            Matcher name = FIRST_NAME.matcher(expr);
            String type = typeAt(files, at, expr);
            plain = name.find() && type != null ? unknownName(FACTS_PACKAGE + "." + type, name.group(1))
                    : "cannot understand the condition \"" + expr + "\": check the field names and the operators";
        } else if ((m = ANALYSE.matcher(original)).find()) {
            at = locate(files, p.file(), m.group(1).strip(), at);
            plain = "cannot understand the condition \"" + m.group(1).strip() + "\": check the field names, the $names and the types compared";
        } else if ((m = UNKNOWN_TYPE.matcher(original)).find()) {
            String type = m.group(1);
            if (at.line <= 0) {
                at = locate(files, p.file(), type + "(", at);
            }
            plain = "there is no fact type called \"" + type + "\"" + didYouMean(type, FactTypes.names())
                    + "; the fact types are " + String.join(", ", FactTypes.names());
        } else if ((m = CONSEQUENCE.matcher(original)).find()) {
            plain = "the \"then\" part of this rule is not valid: " + m.group(1).strip()
                    + " (the actions are insert(...), modify(...) and the facts' own methods)";
        }
        if (plain == null) {
            return at.line == p.line() ? p : new Problem(p.severity(), at.file, at.line, original);
        }
        return new Problem(p.severity(), at.file, Math.max(at.line, 0), plain + "\n" + oneLine(original));
    }

    /**
     * The executable model's problems, each error it could not place on a DRL line replaced by the MVEL
     * compiler's error for the same mistake (found by the expression or the Java message they share);
     * the dump of generated Java that follows a consequence error is dropped.
     */
    static List<Problem> placed(List<Problem> exec, List<Problem> mvel) {
        List<Problem> out = new ArrayList<>();
        for (Problem e : exec) {
            if (e.message().contains("Java source of ") && e.message().contains(" in error:")) {
                continue;
            }
            if (!e.isError() || (e.line() > 0 && e.file().endsWith(".drl"))) {
                out.add(e);
                continue;
            }
            String core = core(e.message());
            List<Problem> same = core == null ? List.of() : mvel.stream()
                    .filter(m -> m.isError() && m.line() > 0 && m.message().contains(core) && !out.contains(m)).toList();
            if (same.isEmpty()) {
                out.add(e);
            } else {
                out.addAll(same);
            }
        }
        return out;
    }

    private static final Pattern JAVA_MESSAGE = Pattern.compile("^(.+?) for the type \\S+", Pattern.DOTALL);

    /** The part of an executable-model message the MVEL compiler's message for the same mistake contains. */
    private static String core(String message) {
        String original = message.contains("\n(compiler: ")
                ? message.substring(message.indexOf("\n(compiler: ") + 12, message.length() - 1) : message;
        Matcher m;
        if ((m = LEFT_PART.matcher(original)).find() || (m = ANALYSE.matcher(original + "\n")).find()) {
            return m.group(1).strip();
        }
        if ((m = UNKNOWN_TYPE.matcher(original)).find()) {
            return m.group(1);
        }
        if ((m = JAVA_MESSAGE.matcher(original)).find()) {
            return m.group(1).strip();
        }
        return null;
    }

    /** A compiler that threw instead of reporting: the problem it met, located when it can be. */
    static Problem crash(RuntimeException crash, List<RuleFile> files) {
        Throwable root = crash;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String original = root.toString();
        Matcher m = NUMBER_TEXT.matcher(String.valueOf(root.getMessage()));
        if (root instanceof NumberFormatException && m.find()) {
            Located at = locate(files, null, "\"" + m.group(1) + "\"", new Located(null, 0));
            return Problem.error(at.file == null ? "(rules)" : at.file, at.line, "\"" + m.group(1)
                    + "\" is text, but it is compared with a number: write a number without quotes (e.g. days >= 10)\n"
                    + oneLine(original));
        }
        return Problem.error("(rules)", 0, "the rules could not be compiled: " + oneLine(original));
    }

    private record Located(String file, int line) {
    }

    /** The line where a rule starts, or null. */
    private static Located ruleStart(List<RuleFile> files, String file, String rule) {
        for (RuleFile f : files) {
            if (!f.name().equals(file)) {
                continue;
            }
            String[] lines = f.text().split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = RULE_LINE.matcher(lines[i]);
                if (m.find() && m.group(1).equals(rule)) {
                    return new Located(file, i + 1);
                }
            }
        }
        return null;
    }

    /**
     * Whether the rule starting at {@code from} was never closed: no {@code end} line before the error at
     * {@code to}, and the parser ran past the rule's own text (into another rule, or to the end of the file).
     * An error inside the rule itself (an unclosed bracket) stays where the parser saw it.
     */
    private static boolean noEndBetween(List<RuleFile> files, String file, int from, int to, boolean atEof) {
        for (RuleFile f : files) {
            if (f.name().equals(file)) {
                String[] lines = f.text().split("\\R", -1);
                boolean anotherRule = false;
                for (int i = from; i < Math.min(to - 1, lines.length); i++) {
                    if (END_LINE.matcher(lines[i]).find()) {
                        return false;
                    }
                    anotherRule |= RULE_LINE.matcher(lines[i]).find();
                }
                return anotherRule || atEof;
            }
        }
        return false;
    }

    /** The first line, outside comments, holding the text: in the named file if given, else in any file. */
    private static Located locate(List<RuleFile> files, String file, String text, Located fallback) {
        if (fallback.line > 0) {
            return fallback;
        }
        for (RuleFile f : files) {
            if (file != null && !f.name().equals(file)) {
                continue;
            }
            String[] lines = f.text().split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                String code = lines[i].replaceFirst("//.*$", "");
                if (code.contains(text)) {
                    return new Located(f.name(), i + 1);
                }
            }
        }
        return fallback;
    }

    /** The fact type of the pattern an expression sits in, e.g. MassageHistory for "dayz >= 14". */
    private static String typeAt(List<RuleFile> files, Located at, String expr) {
        for (RuleFile f : files) {
            if (f.name().equals(at.file) && at.line > 0) {
                String[] lines = f.text().split("\\R", -1);
                StringBuilder before = new StringBuilder();
                for (int i = Math.max(0, at.line - 4); i < at.line - 1; i++) {
                    before.append(lines[i]).append(' ');
                }
                String line = lines[at.line - 1];
                int cut = line.indexOf(expr);
                before.append(cut >= 0 ? line.substring(0, cut) : line);
                Matcher m = PATTERN_TYPE.matcher(before);
                return m.find() ? m.group(1) : null;
            }
        }
        return null;
    }

    private static String unknownName(String className, String name) {
        String type = className.substring(className.lastIndexOf('.') + 1);
        if (name.startsWith("$")) {
            return "\"" + name + "\" is used before it is given a value: bind it in an earlier condition, e.g. "
                    + name + " : " + "SomeFact(...) or field == " + name + " inside one";
        }
        List<String> fields = fields(className);
        if (fields.isEmpty()) {
            return type + " has no field \"" + name + "\"";
        }
        return type + " has no field \"" + name + "\"" + didYouMean(name, fields) + "; its fields are " + String.join(", ", fields);
    }

    /** The readable properties of a fact type (getX/isX), as DRL conditions name them. */
    static List<String> fields(String className) {
        try {
            Class<?> type = Class.forName(className, false, DrlMessages.class.getClassLoader());
            TreeSet<String> names = new TreeSet<>();
            for (Method m : type.getMethods()) {
                if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                    continue;
                }
                String n = m.getName();
                if (n.startsWith("get") && n.length() > 3 && !n.equals("getClass")) {
                    names.add(Introspector.decapitalize(n.substring(3)));
                } else if (n.startsWith("is") && n.length() > 2 && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class)) {
                    names.add(Introspector.decapitalize(n.substring(2)));
                }
            }
            return new ArrayList<>(names);
        } catch (ClassNotFoundException | LinkageError e) {
            return List.of();
        }
    }

    /** " (did you mean X?)" for the closest name two edits away or fewer, else "". */
    static String didYouMean(String name, List<String> names) {
        return Suggestions.didYouMean(name, names);
    }

    private static String oneLine(String original) {
        String s = original.replaceAll("\\s+", " ").strip();
        return "(compiler: " + (s.length() > 400 ? s.substring(0, 400) + "…" : s) + ")";
    }

    /** Compiles nothing: the names of the fact types, for "did you mean". */
    static final class FactTypes {
        private static final List<String> NAMES = load();

        private FactTypes() {
        }

        static List<String> names() {
            return NAMES;
        }

        private static List<String> load() {
            // Known through a class the engine always has; the others are found beside it.
            String[] known = {"Advice", "Candidate", "Exclusion", "Expectation", "MassageHistory", "PainRegion", "Plan",
                    "PressedSpot", "ProfessionalAdvice", "RedFlag"};
            TreeSet<String> names = new TreeSet<>(Arrays.asList(known));
            try {
                var url = DrlMessages.class.getClassLoader().getResource(FACTS_PACKAGE.replace('.', '/'));
                String dir = FACTS_PACKAGE.replace('.', '/') + "/";
                if (url != null && "file".equals(url.getProtocol())) {
                    try (var s = java.nio.file.Files.list(java.nio.file.Path.of(url.toURI()))) {
                        s.map(p -> p.getFileName().toString()).forEach(n -> addClass(names, n));
                    }
                } else if (url != null && url.openConnection() instanceof java.net.JarURLConnection jar) {
                    jar.getJarFile().stream().map(java.util.zip.ZipEntry::getName)
                            .filter(n -> n.startsWith(dir) && n.indexOf('/', dir.length()) < 0)
                            .forEach(n -> addClass(names, n.substring(dir.length())));
                }
            } catch (Exception ignored) {
                // the fixed list above stands
            }
            names.removeIf(n -> n.equals("Describable") || !exists(n));
            return List.copyOf(names);
        }

        private static void addClass(TreeSet<String> names, String fileName) {
            if (fileName.endsWith(".class") && !fileName.contains("$")) {
                names.add(fileName.substring(0, fileName.length() - ".class".length()));
            }
        }

        private static boolean exists(String simpleName) {
            try {
                Class<?> c = Class.forName(FACTS_PACKAGE + "." + simpleName, false, DrlMessages.class.getClassLoader());
                return !c.isInterface();
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }
    }
}
