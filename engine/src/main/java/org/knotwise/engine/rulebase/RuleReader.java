package org.knotwise.engine.rulebase;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads rules from DRL text without compiling them: ids, sources, phases, lines and the codes each
 * rule's consequence can conclude. Files that do not parse are skipped (validation reports them).
 */
public final class RuleReader {

    /** A code is an upper-case string literal in a consequence, e.g. {@code "TOO_INTENSE"}. */
    private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{4,})\"");

    /** A rule's first line and its id, as a line scan finds them in a file that does not parse. */
    private static final Pattern RULE_LINE = Pattern.compile("^\\s*rule\\s+\"([^\"]*)\"");
    private static final Pattern ID_ANNOTATION = Pattern.compile("@id\\(\\s*\"([^\"]+)\"\\s*\\)");

    /** A parsed rule with the file it came from, for analyses that need the rule's conditions. */
    public record Parsed(RuleFile file, PackageDescr pkg, RuleDescr rule) {
    }

    private RuleReader() {
    }

    /** Every rule of the files that parse, described; files with syntax errors are skipped. */
    public static List<RuleDescription> read(List<RuleFile> files) {
        return parse(files).stream().map(RuleReader::describe).toList();
    }

    /** One parsed rule, described. */
    public static RuleDescription describe(Parsed p) {
        RuleDescr r = p.rule();
        return new RuleDescription(annotation(r, "id"), r.getName(), annotation(r, "source"), annotation(r, "because"),
                phase(r), p.file().name(), r.getLine(), codes(consequence(r)), RuleStatus.of(r));
    }

    /** The line of a rule's attribute (e.g. its ruleflow-group), or the rule's own line when unknown. */
    static int lineOf(RuleDescr r, String attribute) {
        AttributeDescr a = r.getAttributes().get(attribute);
        return a != null && a.getLine() > 0 ? a.getLine() : r.getLine();
    }

    /** The files whose text does not parse as DRL: their rules are missing from what {@link #read} gives. */
    public static List<String> unparsed(List<RuleFile> files) {
        List<String> names = new ArrayList<>();
        for (RuleFile file : files) {
            DrlParser parser = new DrlParser();
            try {
                if (parser.parse(false, file.text()) == null || parser.hasErrors()) {
                    names.add(file.name());
                }
            } catch (DroolsParserException e) {
                names.add(file.name());
            }
        }
        return names;
    }

    /**
     * The rules of files that do not parse, as far as a line scan finds them: each {@code rule "NAME"} with the
     * {@code @id} below it, on its line (no source, phase or codes). What refers to them by id (the questions
     * file) is then not reported missing while the file's own syntax error is what needs fixing.
     */
    public static List<RuleDescription> scanned(List<RuleFile> files) {
        List<RuleDescription> out = new ArrayList<>();
        for (RuleFile file : files) {
            String[] lines = file.text().split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher rule = RULE_LINE.matcher(lines[i]);
                if (!rule.find()) {
                    continue;
                }
                String id = null;
                for (int j = i + 1; j < lines.length && id == null && !RULE_LINE.matcher(lines[j]).find(); j++) {
                    Matcher m = ID_ANNOTATION.matcher(lines[j]);
                    id = m.find() ? m.group(1) : null;
                }
                out.add(new RuleDescription(id, rule.group(1), null, null, null, file.name(), i + 1, List.of()));
            }
        }
        return out;
    }

    /** Every rule of the files that parse, in file order; files with syntax errors are skipped. */
    public static List<Parsed> parse(List<RuleFile> files) {
        List<Parsed> out = new ArrayList<>();
        for (RuleFile file : files) {
            DrlParser parser = new DrlParser();
            PackageDescr pkg;
            try {
                pkg = parser.parse(false, file.text());
            } catch (DroolsParserException e) {
                continue;
            }
            if (pkg == null || parser.hasErrors()) {
                continue;
            }
            PackageDescr p = pkg;
            pkg.getRules().forEach(r -> out.add(new Parsed(file, p, r)));
        }
        return out;
    }

    /** The consequence's text as written. */
    public static String consequence(RuleDescr r) {
        return r.getConsequence() == null ? "" : r.getConsequence().toString();
    }

    /** The rule's ruleflow-group (or agenda-group), or null. */
    public static String phase(RuleDescr r) {
        AttributeDescr group = r.getAttributes().getOrDefault("ruleflow-group", r.getAttributes().get("agenda-group"));
        return group == null ? null : group.getValue();
    }

    private static List<String> codes(String consequence) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher m = CODE.matcher(consequence);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return List.copyOf(codes);
    }

    /** A rule's annotation value without its quotes, or null when absent or blank. */
    public static String annotation(RuleDescr rule, String name) {
        AnnotationDescr a = rule.getAnnotation(name);
        if (a == null || a.getSingleValue() == null) {
            return null;
        }
        String v = AnnotationDescr.unquote(a.getSingleValue().toString()).trim();
        return v.isEmpty() ? null : v;
    }
}
