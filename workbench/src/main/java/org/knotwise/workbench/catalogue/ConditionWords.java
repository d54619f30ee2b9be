package org.knotwise.workbench.catalogue;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule checks, in plain words, from its parsed conditions: each pattern as a noun with its
 * constraints ("a pressed spot: it is tender, and the person says it is not related to the complaint"),
 * {@code not}, {@code exists}, {@code or}, {@code from} and {@code accumulate} in words. A constraint the
 * vocabulary cannot read is shown as written, in backquotes, so nothing is ever left out. Alongside,
 * each constraint's text as written ({@code MassageHistory: days >= 10}): the thresholds a diff compares.
 */
public final class ConditionWords {

    /** The conditions of one rule: one line of words per top-level condition, and every constraint's text. */
    public record Conditions(List<String> words, List<String> constraints) {
        public Conditions {
            words = List.copyOf(words);
            constraints = List.copyOf(constraints);
        }
    }

    private static final Pattern COMPARISON = Pattern.compile(
            "^([A-Za-z_$][\\w.$]*(?:\\(\\))?)\\s*(==|!=|>=|<=|>|<|not\\s+contains|contains|not\\s+memberOf|memberOf)\\s*(.+)$");
    private static final Pattern BINDING = Pattern.compile("^(\\$\\w+)\\s*:\\s*([\\w.]+)$");
    private static final Pattern GETTER = Pattern.compile("\\.get([A-Z])(\\w*)\\(\\)");
    private static final Pattern KB_LINKED = Pattern.compile("^kb\\.linkedToPain\\(\\s*region\\s*,\\s*(.+)\\)$");
    private static final Pattern KB_DEEP = Pattern.compile("^(!?)kb\\.isDeep\\(\\s*this\\s*\\)$");
    private static final Pattern KB_CAUTION = Pattern.compile("^(!?)kb\\.hasCaution\\(\\s*this\\s*,\\s*\"([^\"]*)\"\\s*\\)$");
    private static final Pattern IS_EMPTY = Pattern.compile("^(!?)(\\w+)\\.isEmpty\\(\\)$");

    private final Map<String, String> typeOfBinding = new HashMap<>();
    private final List<String> constraints = new ArrayList<>();

    private ConditionWords() {
    }

    /** The conditions of a parsed rule, in words and as written. */
    public static Conditions of(RuleDescr rule) {
        ConditionWords w = new ConditionWords();
        List<String> lines = new ArrayList<>();
        if (rule.getLhs() != null) {
            for (BaseDescr d : rule.getLhs().getDescrs()) {
                lines.add(capitalise(w.element(d, Quantifier.THERE_IS)));
            }
        }
        if (lines.isEmpty()) {
            lines.add("Always (no conditions).");
        }
        return new Conditions(lines, w.constraints);
    }

    private enum Quantifier { THERE_IS, AT_LEAST_ONE, NONE }

    private String element(BaseDescr d, Quantifier q) {
        if (d instanceof PatternDescr p) {
            return pattern(p, q);
        }
        if (d instanceof NotDescr n) {
            return n.getDescrs().size() == 1 && n.getDescrs().get(0) instanceof PatternDescr p
                    ? pattern(p, Quantifier.NONE)
                    : "it is not so that: " + joined(n.getDescrs(), ", and ");
        }
        if (d instanceof ExistsDescr e) {
            return e.getDescrs().size() == 1 && e.getDescrs().get(0) instanceof PatternDescr p
                    ? pattern(p, Quantifier.AT_LEAST_ONE)
                    : "at least once: " + joined(e.getDescrs(), ", and ");
        }
        if (d instanceof OrDescr o) {
            return "either " + joined(o.getDescrs(), ", or ");
        }
        if (d instanceof AndDescr a) {
            return "(" + joined(a.getDescrs(), ", and ") + ")";
        }
        if (d instanceof EvalDescr e) {
            constraints.add("eval(" + e.getContent() + ")");
            return "`" + e.getContent() + "` holds";
        }
        String text = d.getText() != null ? d.getText() : d.toString();
        constraints.add(text);
        return "`" + text + "`";
    }

    private String joined(List<? extends BaseDescr> descrs, String separator) {
        List<String> parts = new ArrayList<>();
        for (BaseDescr d : descrs) {
            parts.add(element(d, Quantifier.THERE_IS));
        }
        return String.join(separator, parts);
    }

    private String pattern(PatternDescr p, Quantifier q) {
        String type = p.getObjectType();
        if (p.getIdentifier() != null) {
            typeOfBinding.put(p.getIdentifier(), type);
        }
        FactWords.Noun noun = FactWords.noun(type);
        StringBuilder b = new StringBuilder();
        b.append(switch (q) {
            case THERE_IS -> noun.withArticle();
            case AT_LEAST_ONE -> "at least one " + noun.words();
            case NONE -> "no " + noun.words();
        });
        if (p.getIdentifier() != null) {
            b.append(" (").append(p.getIdentifier()).append(")");
        }
        String source = source(p.getSource(), p.getIdentifier());
        if (source != null) {
            b.append(' ').append(source);
        }
        List<String> clauses = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (BaseDescr c : p.getConstraint().getDescrs()) {
            String text = c instanceof ExprConstraintDescr e ? e.getExpression() : c.getText();
            if (text == null) {
                text = c.toString();
            }
            texts.add(text.strip().replaceAll("\\s+", " "));
        }
        for (String text : texts) {
            constraints.add(simple(type) + ": " + text);
            String words = constraint(type, text, texts);
            if (words != null) {
                clauses.add(words);
            }
        }
        if (!clauses.isEmpty()) {
            b.append(": ").append(String.join(", and ", clauses));
        }
        return b.toString();
    }

    private String source(PatternSourceDescr source, String binding) {
        if (source == null) {
            return null;
        }
        if (source instanceof FromDescr f) {
            String expr = f.getDataSource() == null ? f.getExpression() : f.getDataSource().toString();
            constraints.add("from " + expr.strip());
            return from(expr.strip());
        }
        if (source instanceof AccumulateDescr a) {
            List<String> functions = new ArrayList<>();
            a.getFunctions().forEach(fn -> functions.add(fn.getFunction() + "(" + String.join(", ", fn.getParams()) + ")"));
            String inner = a.getInput() == null ? "" : element(a.getInput(), Quantifier.THERE_IS);
            constraints.add("accumulate " + String.join(", ", functions));
            List<String> said = new ArrayList<>();
            for (String fn : functions) {
                said.add(fn.startsWith("count(") ? "the count of" : fn.startsWith("collectList(") ? "the list of" : "`" + fn + "` of");
            }
            return "= " + String.join(" and ", said) + " every " + inner.replaceFirst("^(a|an|the) ", "");
        }
        if (source instanceof CollectDescr c) {
            String inner = c.getInputPattern() == null ? "" : element(c.getInputPattern(), Quantifier.THERE_IS);
            return "= the collection of every " + inner.replaceFirst("^(a|an|the) ", "");
        }
        String text = source.getText() != null ? source.getText() : source.toString();
        constraints.add("from " + text);
        return "from `" + text + "`";
    }

    private String from(String expr) {
        Matcher m = Pattern.compile("^kb\\.referralsTo\\((.+)\\)$").matcher(expr);
        if (m.matches()) {
            return "among the map's rows for pain at " + value(m.group(1));
        }
        m = Pattern.compile("^kb\\.region\\((.+)\\)$").matcher(expr);
        if (m.matches()) {
            return "for " + value(m.group(1));
        }
        m = Pattern.compile("^(\\$\\w+)\\.getMuscles\\(\\)$").matcher(expr);
        if (m.matches()) {
            return "among the muscles of " + m.group(1);
        }
        return "from `" + expr + "`";
    }

    /** One constraint in words, or null when it says nothing a reader needs (a not-null check beside a comparison). */
    private String constraint(String type, String text, List<String> siblings) {
        List<String> ors = split(text, "||");
        if (ors.size() > 1) {
            List<String> parts = new ArrayList<>();
            ors.forEach(o -> parts.add(atom(type, o.strip(), siblings)));
            return "either " + String.join(", or ", parts);
        }
        List<String> ands = split(text, "&&");
        if (ands.size() > 1) {
            List<String> parts = new ArrayList<>();
            ands.forEach(o -> parts.add(atom(type, o.strip(), siblings)));
            return String.join(", and ", parts);
        }
        Matcher nn = Pattern.compile("^(\\w+)\\s*!=\\s*null$").matcher(text);
        if (nn.matches() && siblings.stream().anyMatch(s -> !s.equals(text) && s.matches("^" + nn.group(1) + "\\b.*"))) {
            return null;
        }
        return atom(type, text, siblings);
    }

    private String atom(String type, String text, List<String> siblings) {
        Matcher m = BINDING.matcher(text);
        if (m.matches()) {
            return FactWords.field(type, m.group(2)) + " is called " + m.group(1);
        }
        m = KB_LINKED.matcher(text);
        if (m.matches()) {
            return "the knowledge base links it to " + value(m.group(1));
        }
        m = KB_DEEP.matcher(text);
        if (m.matches()) {
            return m.group(1).isEmpty() ? "it lies deep" : "it does not lie deep";
        }
        m = KB_CAUTION.matcher(text);
        if (m.matches()) {
            return (m.group(1).isEmpty() ? "it carries the caution " : "it does not carry the caution ") + m.group(2);
        }
        m = IS_EMPTY.matcher(text);
        if (m.matches()) {
            return FactWords.field(type, m.group(2)) + (m.group(1).isEmpty() ? " are none" : " are some");
        }
        m = COMPARISON.matcher(text);
        if (m.matches()) {
            String field = m.group(1).replace("()", "");
            String op = m.group(2).replaceAll("\\s+", " ");
            String value = m.group(3).strip();
            if (field.matches("\\w+") && (value.equals("true") || value.equals("false")) && (op.equals("==") || op.equals("!="))) {
                FactWords.YesNo yn = FactWords.yesNo(type, field);
                return value.equals("true") == op.equals("==") ? yn.yes() : yn.no();
            }
            if (value.equals("null")) {
                return FactWords.field(type, field) + (op.equals("==") ? " is not given" : " is given");
            }
            String subject = field.matches("\\w+") ? FactWords.field(type, field) : value(field);
            // a bare name on the right is another field of the same fact (surelyRelevant != goodPainFelt)
            String object = value.matches("[a-z]\\w*") && !value.equals("null") ? FactWords.field(type, value) : value(value);
            return subject + " " + operator(op) + " " + object;
        }
        return "`" + text + "`";
    }

    private static String operator(String op) {
        return switch (op) {
            case "==" -> "is";
            case "!=" -> "is not";
            case ">" -> "is more than";
            case ">=" -> "is at least";
            case "<" -> "is less than";
            case "<=" -> "is at most";
            case "contains" -> "include";
            case "not contains" -> "do not include";
            case "memberOf" -> "is one of";
            case "not memberOf" -> "is not one of";
            default -> op;
        };
    }

    /** A value in words: a quoted word as “word”, a constant by name, {@code $s.region} as "the region of $s". */
    private String value(String v) {
        v = GETTER.matcher(v.strip()).replaceAll(r -> "." + r.group(1).toLowerCase(java.util.Locale.ROOT) + r.group(2));
        if (v.startsWith("\"") && v.endsWith("\"") && v.length() >= 2) {
            return "“" + v.substring(1, v.length() - 1) + "”";
        }
        String constant = FactWords.constant(v);
        if (constant != null) {
            return constant;
        }
        Matcher m = Pattern.compile("^(\\$\\w+)\\.(\\w+)$").matcher(v);
        if (m.matches()) {
            return FactWords.field(typeOfBinding.get(m.group(1)), m.group(2)).replaceFirst("^(the|its) ", "the ") + " of " + m.group(1);
        }
        if (v.matches("-?\\d+(\\.\\d+)?") || v.matches("\\$\\w+")) {
            return v;
        }
        return "`" + v + "`";
    }

    /** Splits on a top-level operator, outside quotes and brackets. */
    static List<String> split(String text, String op) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[' || c == '{')) {
                depth++;
            } else if (!quoted && (c == ')' || c == ']' || c == '}')) {
                depth--;
            } else if (!quoted && depth == 0 && text.startsWith(op, i)) {
                parts.add(text.substring(start, i));
                start = i + op.length();
                i += op.length() - 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static String simple(String type) {
        return type == null ? "?" : type.substring(type.lastIndexOf('.') + 1);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
