package org.knotwise.workbench.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two catalogues, as a reviewer signs it off: rules added, removed or changed
 * (field by field: status, phase, conditions, each constraint as written, codes, messages, what else the
 * consequence does...), knowledge-base rows added, removed or changed, table by table, and the questions
 * people are asked (their words, reasons and answers).
 */
public record CatalogueDiff(String oldTitle, String newTitle, List<RuleChange> rules, List<RowChange> data,
                            List<RowChange> questions) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One field of a rule or row, before and after (a list field as its lines). */
    public record FieldChange(String field, List<String> before, List<String> after) {
        /** The lines only before, and only after: what a list field lost and gained. */
        public List<String> removed() {
            return before.stream().filter(l -> !after.contains(l)).toList();
        }

        public List<String> added() {
            return after.stream().filter(l -> !before.contains(l)).toList();
        }
    }

    /** A rule added, removed or changed; {@code before}/{@code after} are null when it is not on that side. */
    public record RuleChange(Kind kind, String key, RuleEntry before, RuleEntry after, List<FieldChange> fields) {
        public RuleEntry either() {
            return after != null ? after : before;
        }
    }

    /** A knowledge-base row added, removed or changed. */
    public record RowChange(Kind kind, String table, String key, DataRow before, DataRow after, List<FieldChange> fields) {
    }

    public boolean isEmpty() {
        return rules.isEmpty() && data.isEmpty() && questions.isEmpty();
    }

    public long count(Kind kind) {
        return rules.stream().filter(r -> r.kind() == kind).count();
    }

    public static CatalogueDiff of(CatalogueSnapshot before, CatalogueSnapshot after) {
        Map<String, RuleEntry> old = byKey(before.rules());
        Map<String, RuleEntry> now = byKey(after.rules());
        List<RuleChange> rules = new ArrayList<>();
        for (RuleEntry r : after.rules()) {
            RuleEntry o = old.get(r.key());
            if (o == null) {
                rules.add(new RuleChange(Kind.ADDED, r.key(), null, r, fields(empty(), r)));
            } else {
                List<FieldChange> changed = fields(o, r);
                if (!changed.isEmpty()) {
                    rules.add(new RuleChange(Kind.CHANGED, r.key(), o, r, changed));
                }
            }
        }
        for (RuleEntry o : before.rules()) {
            if (!now.containsKey(o.key())) {
                rules.add(new RuleChange(Kind.REMOVED, o.key(), o, null, fields(o, empty())));
            }
        }
        return new CatalogueDiff(before.title(), after.title(), rules, rows(before.data(), after.data()),
                rows(before.questions(), after.questions()));
    }

    private static Map<String, RuleEntry> byKey(List<RuleEntry> entries) {
        Map<String, RuleEntry> m = new LinkedHashMap<>();
        entries.forEach(e -> m.putIfAbsent(e.key(), e));
        return m;
    }

    private static RuleEntry empty() {
        return new RuleEntry(null, null, null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), null, 0);
    }

    /** The fields that differ, in the order a reviewer reads a rule. */
    private static List<FieldChange> fields(RuleEntry a, RuleEntry b) {
        List<FieldChange> out = new ArrayList<>();
        add(out, "name", one(a.name()), one(b.name()));
        add(out, "status", one(a.status()), one(b.status()));
        add(out, "section", one(a.section()), one(b.section()));
        add(out, "phase", one(a.phase()), one(b.phase()));
        add(out, "salience", one(a.salience()), one(b.salience()));
        add(out, "conditions", a.conditions(), b.conditions());
        add(out, "constraints", a.constraints(), b.constraints());
        add(out, "codes", a.codes(), b.codes());
        add(out, "messages", a.messages(), b.messages());
        add(out, "texts", texts(a), texts(b));
        add(out, "does", a.statements(), b.statements());
        add(out, "because", one(a.because()), one(b.because()));
        add(out, "source", one(a.source()), one(b.source()));
        return out;
    }

    /** Each text in each language, one line each: "tip.x [es]: En {site}, ...". */
    private static List<String> texts(RuleEntry r) {
        List<String> lines = new ArrayList<>();
        r.texts().forEach(t -> t.words().forEach((language, words) -> lines.add(t.key() + " [" + language + "]: " + words)));
        return lines;
    }

    private static List<String> one(String s) {
        return s == null ? List.of() : List.of(s);
    }

    private static void add(List<FieldChange> out, String field, List<String> a, List<String> b) {
        if (!a.equals(b)) {
            out.add(new FieldChange(field, a, b));
        }
    }

    private static List<RowChange> rows(List<DataRow> before, List<DataRow> after) {
        Map<String, DataRow> old = new LinkedHashMap<>();
        before.forEach(r -> old.putIfAbsent(r.table() + "\u0000" + r.key(), r));
        Set<String> seen = new LinkedHashSet<>();
        List<RowChange> out = new ArrayList<>();
        for (DataRow r : after) {
            String k = r.table() + "\u0000" + r.key();
            seen.add(k);
            DataRow o = old.get(k);
            if (o == null) {
                out.add(new RowChange(Kind.ADDED, r.table(), r.key(), null, r, rowFields(Map.of(), r.fields())));
            } else if (!o.fields().equals(r.fields())) {
                out.add(new RowChange(Kind.CHANGED, r.table(), r.key(), o, r, rowFields(o.fields(), r.fields())));
            }
        }
        for (DataRow o : before) {
            if (!seen.contains(o.table() + "\u0000" + o.key())) {
                out.add(new RowChange(Kind.REMOVED, o.table(), o.key(), o, null, rowFields(o.fields(), Map.of())));
            }
        }
        return out;
    }

    private static List<FieldChange> rowFields(Map<String, String> a, Map<String, String> b) {
        Set<String> names = new LinkedHashSet<>(a.keySet());
        names.addAll(b.keySet());
        List<FieldChange> out = new ArrayList<>();
        for (String n : names) {
            if (!Objects.equals(a.get(n), b.get(n))) {
                out.add(new FieldChange(n, one(a.get(n)), one(b.get(n))));
            }
        }
        return out;
    }
}
