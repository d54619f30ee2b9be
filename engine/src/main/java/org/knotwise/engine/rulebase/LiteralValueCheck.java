package org.knotwise.engine.rulebase;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a fact field compared with text it can never hold: {@code MassageHistory(tool == "thum")} compiles,
 * type-checks and never fires, and {@code outcome != "samee"} always holds. Every comparison of a field with a
 * text literal ({@code ==}, {@code !=}, {@code in (...)}, {@code contains}) is checked against the values of
 * that field ({@link FieldValues}); a miss is an error at the literal's file and line, with the closest value
 * and all of them. Fields reached through a binding ({@code $c.region}, or {@code $site} bound to a region)
 * are checked too.
 */
final class LiteralValueCheck {
    private static final String PATH = "(\\$?[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)?)";
    private static final String TEXT = "\"((?:[^\"\\\\]|\\\\.)*)\"";
    private static final Pattern FIELD_THEN_TEXT = Pattern.compile("(?<![\\w.$\"])" + PATH + "\\s*(==|!=)\\s*" + TEXT);
    private static final Pattern TEXT_THEN_FIELD = Pattern.compile(TEXT + "\\s*(==|!=)\\s*" + PATH + "(?![\\w(])");
    private static final Pattern IN_LIST = Pattern.compile("(?<![\\w.$])" + PATH + "\\s+(not\\s+)?in\\s*\\(([^()]*)\\)");
    private static final Pattern CONTAINS = Pattern.compile("(?<![\\w.$])" + PATH + "\\s+(not\\s+)?contains\\s+" + TEXT);
    private static final Pattern ANY_TEXT = Pattern.compile(TEXT);
    private static final Pattern FIELD_BINDING = Pattern.compile("(\\$\\w+)\\s*:\\s*([A-Za-z_]\\w*)(?![\\w(.])");

    private LiteralValueCheck() {
    }

    /** Every comparison with a value its field never holds, as errors; files that do not parse are skipped. */
    static List<Problem> find(List<RuleFile> files, KnowledgeBase kbOrNull) {
        List<RuleReader.Parsed> rules = RuleReader.parse(files);
        FieldValues values = FieldValues.of(kbOrNull, rules);
        List<Problem> problems = new ArrayList<>();
        for (RuleReader.Parsed p : rules) {
            Map<String, String> bound = new HashMap<>();
            patterns(p.rule().getLhs(), (pattern, expr) -> bind(pattern, expr, bound));
            patterns(p.rule().getLhs(), (pattern, expr) -> check(p, pattern, expr, bound, values, problems));
        }
        return problems;
    }

    /** Each constraint of each pattern, nested ones (not, exists, or, accumulate, collect) included. */
    private static void patterns(BaseDescr d, BiConsumer<PatternDescr, ExprConstraintDescr> each) {
        if (d instanceof PatternDescr p) {
            for (BaseDescr c : p.getDescrs()) {
                if (c instanceof ExprConstraintDescr e) {
                    each.accept(p, e);
                }
            }
            if (p.getSource() instanceof AccumulateDescr a && a.getInputPattern() != null) {
                patterns(a.getInputPattern(), each);
            } else if (p.getSource() instanceof CollectDescr c && c.getInputPattern() != null) {
                patterns(c.getInputPattern(), each);
            }
        } else if (d instanceof ConditionalElementDescr ce) {
            for (Object c : ce.getDescrs()) {
                patterns((BaseDescr) c, each);
            }
        }
    }

    /** {@code $c : Candidate(...)} binds $c to the type; {@code $site : region} inside it, to its field. */
    private static void bind(PatternDescr pattern, ExprConstraintDescr expr, Map<String, String> bound) {
        String type = simpleName(pattern.getObjectType());
        if (pattern.getIdentifier() != null) {
            bound.put(pattern.getIdentifier(), type);
        }
        Matcher m = FIELD_BINDING.matcher(expr.getExpression());
        while (m.find()) {
            bound.put(m.group(1), type + "." + m.group(2));
        }
    }

    private static void check(RuleReader.Parsed p, PatternDescr pattern, ExprConstraintDescr expr, Map<String, String> bound,
                              FieldValues values, List<Problem> problems) {
        String type = simpleName(pattern.getObjectType());
        String text = expr.getExpression();
        Matcher m = FIELD_THEN_TEXT.matcher(text);
        while (m.find()) {
            compare(p, expr, type, m.group(1), m.group(3), m.start(3), "!=".equals(m.group(2)), bound, values, problems);
        }
        m = TEXT_THEN_FIELD.matcher(text);
        while (m.find()) {
            compare(p, expr, type, m.group(3), m.group(1), m.start(1), "!=".equals(m.group(2)), bound, values, problems);
        }
        m = IN_LIST.matcher(text);
        while (m.find()) {
            Matcher item = ANY_TEXT.matcher(m.group(3));
            while (item.find()) {
                compare(p, expr, type, m.group(1), item.group(1), m.start(3) + item.start(1), m.group(2) != null,
                        bound, values, problems);
            }
        }
        m = CONTAINS.matcher(text);
        while (m.find()) {
            compare(p, expr, type, m.group(1), m.group(3), m.start(3), m.group(2) != null, bound, values, problems);
        }
    }

    private static void compare(RuleReader.Parsed p, ExprConstraintDescr expr, String type, String path, String value,
                                int at, boolean negated, Map<String, String> bound, FieldValues values, List<Problem> problems) {
        String field = field(type, path, bound);
        if (field == null) {
            return;
        }
        int dot = field.indexOf('.');
        FieldValues.Allowed allowed = values.of(field.substring(0, dot), field.substring(dot + 1));
        if (allowed == null || allowed.values().contains(value)) {
            return;
        }
        int line = expr.getLine() + (int) expr.getExpression().substring(0, at).chars().filter(c -> c == '\n').count();
        problems.add(Problem.error(p.file().name(), line, field + " is never \"" + value + "\", so this condition "
                + (negated ? "always holds" : "can never hold") + Suggestions.didYouMean(value, allowed.values())
                + "; " + allowed.from() + String.join(", ", allowed.values())));
    }

    /** {@code Type.field} for a path in a pattern of {@code type}: a field, {@code $fact.field} or a bound field; else null. */
    private static String field(String type, String path, Map<String, String> bound) {
        if (!path.startsWith("$")) {
            return path.contains(".") ? null : type + "." + path;
        }
        int dot = path.indexOf('.');
        String target = bound.get(dot < 0 ? path : path.substring(0, dot));
        if (target == null) {
            return null;
        }
        if (dot < 0) {
            return target.contains(".") ? target : null; // a bound fact compared with text: nothing to check
        }
        return target.contains(".") ? null : target + path.substring(dot);
    }

    private static String simpleName(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }
}
