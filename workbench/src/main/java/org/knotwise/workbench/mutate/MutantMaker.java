package org.knotwise.workbench.mutate;

import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.knotwise.engine.rulebase.RuleFile;
import org.knotwise.engine.rulebase.RuleReader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the mutants of a rule base from its parsed DRL: delete each rule; flip each comparison's
 * boundary ({@code >}↔{@code >=}, {@code <}↔{@code <=}); drop each constraint of a pattern; drop each
 * condition of a rule. Removed text is replaced by spaces, so every other line and column stays put.
 */
public final class MutantMaker {
    private static final Pattern OPERATOR = Pattern.compile(">=|<=|(?<![-=!<>])>(?!=)|(?<![=!<>])<(?![=-])");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*(//.*)?$");

    private MutantMaker() {
    }

    public static List<Mutant> mutants(List<RuleFile> files) {
        List<Mutant> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (RuleReader.Parsed parsed : RuleReader.parse(files)) {
            int fileIndex = files.indexOf(parsed.file());
            String text = parsed.file().text();
            RuleDescr rule = parsed.rule();
            String id = RuleReader.annotation(rule, "id") != null ? RuleReader.annotation(rule, "id") : rule.getName();
            Adder add = (line, change, mutated) -> {
                String key = id + ": " + change;
                int n = seen.merge(key, 1, Integer::sum);
                out.add(new Mutant(id, parsed.file().name(), line, change, n == 1 ? key : key + " (" + n + ")", fileIndex, mutated));
            };
            String deleted = deleteRule(text, rule.getLine());
            if (deleted != null) {
                add.add(rule.getLine(), "delete the rule", deleted);
            }
            List<BaseDescr> conditions = rule.getLhs() == null ? List.of() : rule.getLhs().getDescrs();
            for (BaseDescr condition : conditions) {
                String shown = span(text, condition);
                if (shown != null) {
                    add.add(condition.getLine(), "drop the condition \"" + oneLine(shown) + "\"", blank(text, condition.getStartCharacter(),
                            condition.getStartCharacter() + shown.length()));
                }
                for (PatternDescr pattern : patterns(condition)) {
                    for (BaseDescr c : pattern.getConstraint().getDescrs()) {
                        if (c instanceof ExprConstraintDescr e && e.getStartCharacter() >= 0) {
                            constraintMutants(text, e, pattern.getConstraint().getDescrs().size(), add);
                        }
                    }
                }
            }
        }
        return out;
    }

    private interface Adder {
        void add(int line, String change, String mutatedText);
    }

    private static void constraintMutants(String text, ExprConstraintDescr c, int siblings, Adder add) {
        int start = c.getStartCharacter();
        int end = c.getEndCharacter() + 1;
        String expr = text.substring(start, end);
        Matcher m = OPERATOR.matcher(expr);
        while (m.find()) {
            if (insideString(expr, m.start())) {
                continue;
            }
            String op = m.group();
            String flipped = switch (op) {
                case ">=" -> ">";
                case ">" -> ">=";
                case "<=" -> "<";
                default -> "<=";
            };
            String mutated = text.substring(0, start + m.start()) + flipped + text.substring(start + m.end());
            add.add(c.getLine(), "flip \"" + op + "\" to \"" + flipped + "\" in \"" + oneLine(expr) + "\"", mutated);
        }
        // drop the constraint with one of the commas around it
        int from = start;
        int to = end;
        int after = skipSpaces(text, to);
        if (after < text.length() && text.charAt(after) == ',') {
            to = after + 1;
        } else {
            int before = start - 1;
            while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
                before--;
            }
            if (before >= 0 && text.charAt(before) == ',') {
                from = before;
            } else if (siblings > 1) {
                return; // cannot tell which comma belongs to it
            }
        }
        add.add(c.getLine(), "drop the constraint \"" + oneLine(expr) + "\"", blank(text, from, to));
    }

    /** The patterns a condition holds: itself, or those inside its not/exists/and/or. */
    private static List<PatternDescr> patterns(BaseDescr d) {
        List<PatternDescr> out = new ArrayList<>();
        if (d instanceof PatternDescr p) {
            out.add(p);
        } else if (d instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                out.addAll(patterns(child));
            }
        } else if (d instanceof AndDescr and) {
            and.getDescrs().forEach(child -> out.addAll(patterns(child)));
        }
        return out;
    }

    /** The rule's lines, from its first to its {@code end}, blanked; null when its end is not found. */
    private static String deleteRule(String text, int firstLine) {
        String[] lines = text.split("\n", -1);
        for (int i = firstLine - 1; i < lines.length; i++) {
            if (END.matcher(lines[i]).find()) {
                StringBuilder s = new StringBuilder();
                for (int j = 0; j < lines.length; j++) {
                    s.append(j >= firstLine - 1 && j <= i ? "" : lines[j]);
                    if (j < lines.length - 1) {
                        s.append('\n');
                    }
                }
                return s.toString();
            }
        }
        return null;
    }

    /** The descr's text without trailing white space, or null when the parser gave no span. */
    private static String span(String text, BaseDescr d) {
        if (d.getStartCharacter() < 0 || d.getEndCharacter() < d.getStartCharacter()) {
            return null;
        }
        return text.substring(d.getStartCharacter(), Math.min(text.length(), d.getEndCharacter() + 1)).stripTrailing();
    }

    /** The text with [from, to) replaced by spaces, keeping line breaks. */
    private static String blank(String text, int from, int to) {
        StringBuilder s = new StringBuilder(text);
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                s.setCharAt(i, ' ');
            }
        }
        return s.toString();
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean insideString(String s, int pos) {
        boolean inside = false;
        for (int i = 0; i < pos; i++) {
            if (s.charAt(i) == '"' && (i == 0 || s.charAt(i - 1) != '\\')) {
                inside = !inside;
            }
        }
        return inside;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
