package org.knotwise.engine.rulebase;

import org.knotwise.kb.Problem;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds rules that can never fire because a condition waits for a fact nobody inserts: not the
 * engine (which inserts only the case's facts) and not any rule's consequence. Sound but not
 * complete: a type counts as inserted whenever any consequence mentions its name, so it never
 * warns about a rule that could fire; a coverage run finds the rest.
 */
public final class NeverFiringRules {

    /** The fact types the engine inserts from a case (see FactBuilder). */
    public static final Set<String> ENGINE_FACTS = Set.of("PainRegion", "RedFlag", "PressedSpot", "MassageHistory",
            "PainComplaint", "Person");

    private static final Pattern TYPE_NAME = Pattern.compile("\\b([A-Z][A-Za-z0-9_]*)\\b");

    private NeverFiringRules() {
    }

    public static List<Problem> find(List<RuleFile> files) {
        List<RuleReader.Parsed> parsed = RuleReader.parse(files);
        Set<String> available = new HashSet<>(ENGINE_FACTS);
        for (RuleReader.Parsed p : parsed) {
            Matcher m = TYPE_NAME.matcher(RuleReader.consequence(p.rule()));
            while (m.find()) {
                available.add(m.group(1));
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (RuleReader.Parsed p : parsed) {
            List<String> missing = new ArrayList<>();
            Set<String> possible = new HashSet<>(available);
            possible.addAll(supertypesSeen(p, available));
            if (!canMatch(p.rule().getLhs(), possible, missing)) {
                problems.add(new Problem(Problem.Severity.WARNING, p.file().name(), p.rule().getLine(),
                        "rule \"" + p.rule().getName() + "\" can never fire: it needs a " + String.join(" or ", missing)
                                + " fact, which neither the engine nor any rule inserts"));
            }
        }
        return problems;
    }

    /**
     * Pattern types that may match facts of other types: interfaces, abstract classes and
     * superclasses of a type that can be present (a pattern on {@code Describable} matches them all).
     */
    private static Set<String> supertypesSeen(RuleReader.Parsed p, Set<String> available) {
        Set<String> out = new HashSet<>();
        List<Class<?>> present = new ArrayList<>();
        for (String name : available) {
            Class<?> c = resolve(p, name);
            if (c != null) {
                present.add(c);
            }
        }
        collectPatternTypes(p.rule().getLhs(), out);
        out.removeIf(name -> {
            Class<?> t = resolve(p, name);
            if (t == null) {
                return true; // declared in DRL or unknown (the compiler reports unknown types)
            }
            boolean open = t.isInterface() || java.lang.reflect.Modifier.isAbstract(t.getModifiers());
            return !open && present.stream().noneMatch(t::isAssignableFrom);
        });
        return out;
    }

    private static void collectPatternTypes(BaseDescr d, Set<String> out) {
        if (d instanceof PatternDescr p) {
            out.add(simpleName(p.getObjectType()));
        } else if (d instanceof org.drools.drl.ast.descr.ConditionalElementDescr ce) {
            ce.getDescrs().forEach(c -> collectPatternTypes((BaseDescr) c, out));
        }
    }

    /** The class a simple type name means in a DRL file: its imports, its own package, java.lang. */
    private static Class<?> resolve(RuleReader.Parsed p, String simple) {
        List<String> candidates = new ArrayList<>();
        for (var imp : p.pkg().getImports()) {
            String target = imp.getTarget();
            if (target.endsWith("." + simple)) {
                candidates.add(target);
            } else if (target.endsWith(".*")) {
                candidates.add(target.substring(0, target.length() - 1) + simple);
            }
        }
        candidates.add(p.pkg().getNamespace() + "." + simple);
        candidates.add("java.lang." + simple);
        for (String name : candidates) {
            try {
                return Class.forName(name, false, NeverFiringRules.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // try the next
            }
        }
        return null;
    }

    /** Whether a condition could ever hold, given the fact types that can be in working memory. */
    private static boolean canMatch(BaseDescr d, Set<String> available, List<String> missing) {
        if (d instanceof PatternDescr p) {
            if (p.getSource() != null) {
                return true; // "from", "accumulate", "collect": not matched against inserted facts
            }
            String type = simpleName(p.getObjectType());
            if (available.contains(type)) {
                return true;
            }
            missing.add(type);
            return false;
        }
        if (d instanceof NotDescr) {
            return true; // "not X" holds when nothing inserts X
        }
        if (d instanceof ExistsDescr e) {
            return e.getDescrs().stream().allMatch(c -> canMatch((BaseDescr) c, available, missing));
        }
        if (d instanceof OrDescr o) {
            List<String> inner = new ArrayList<>();
            boolean any = false;
            for (BaseDescr c : o.getDescrs()) {
                any |= canMatch(c, available, inner);
            }
            if (!any) {
                missing.addAll(inner);
            }
            return any;
        }
        if (d instanceof AndDescr a) {
            boolean all = true;
            for (BaseDescr c : a.getDescrs()) {
                all &= canMatch(c, available, missing);
            }
            return all;
        }
        return true; // eval, forall and the rest: assume it can hold
    }

    private static String simpleName(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }
}
