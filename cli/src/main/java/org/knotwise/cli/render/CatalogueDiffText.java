package org.knotwise.cli.render;

import org.knotwise.workbench.catalogue.CatalogueDiff;
import org.knotwise.workbench.catalogue.CatalogueDiff.FieldChange;
import org.knotwise.workbench.catalogue.CatalogueDiff.Kind;
import org.knotwise.workbench.catalogue.CatalogueDiff.RowChange;
import org.knotwise.workbench.catalogue.CatalogueDiff.RuleChange;
import org.knotwise.workbench.catalogue.RuleEntry;

/**
 * {@code rules diff} as text: every rule, knowledge-base row and question that changed, field by field, "-" before
 * and "+" after.
 */
public final class CatalogueDiffText {

    private CatalogueDiffText() {
    }

    public static String render(CatalogueDiff d) {
        StringBuilder b = new StringBuilder();
        b.append("before: ").append(d.oldTitle()).append("\nafter:  ").append(d.newTitle()).append("\n\n");
        b.append("Rules: ").append(d.count(Kind.ADDED)).append(" added, ").append(d.count(Kind.REMOVED)).append(" removed, ")
                .append(d.count(Kind.CHANGED)).append(" changed.\n");
        for (RuleChange c : d.rules()) {
            RuleEntry r = c.either();
            b.append("\n").append(mark(c.kind())).append(' ').append(word(c.kind())).append(' ').append(c.key())
                    .append(": ").append(r.name()).append(" [").append(r.status()).append("] (").append(r.location()).append(")\n");
            for (FieldChange f : c.fields()) {
                field(b, f);
            }
        }
        long added = d.data().stream().filter(r -> r.kind() == Kind.ADDED).count();
        long removed = d.data().stream().filter(r -> r.kind() == Kind.REMOVED).count();
        b.append("\nKnowledge base: ").append(added).append(" rows added, ").append(removed).append(" removed, ")
                .append(d.data().size() - added - removed).append(" changed.\n");
        for (RowChange c : d.data()) {
            b.append("\n").append(mark(c.kind())).append(' ').append(word(c.kind())).append(' ').append(c.table())
                    .append(": ").append(c.key()).append("\n");
            for (FieldChange f : c.fields()) {
                field(b, f);
            }
        }
        b.append("\nQuestions: ").append(d.questions().size()).append(" changed, added or removed.\n");
        for (RowChange c : d.questions()) {
            b.append("\n").append(mark(c.kind())).append(' ').append(word(c.kind())).append(" question ").append(c.key()).append("\n");
            for (FieldChange f : c.fields()) {
                field(b, f);
            }
        }
        if (d.isEmpty()) {
            b.append("\nNo differences.\n");
        }
        return b.toString();
    }

    private static void field(StringBuilder b, FieldChange f) {
        b.append("    ").append(f.field()).append(":\n");
        boolean list = f.before().size() > 1 || f.after().size() > 1;
        for (String l : list ? f.removed() : f.before()) {
            b.append("      - ").append(oneLine(l)).append("\n");
        }
        for (String l : list ? f.added() : f.after()) {
            b.append("      + ").append(oneLine(l)).append("\n");
        }
        if (list && f.removed().isEmpty() && f.added().isEmpty()) {
            b.append("      (the same lines, in another order)\n");
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace("\r", " ").replace("\n", " ");
    }

    static String mark(Kind k) {
        return switch (k) {
            case ADDED -> "+";
            case REMOVED -> "-";
            case CHANGED -> "~";
        };
    }

    static String word(Kind k) {
        return switch (k) {
            case ADDED -> "added";
            case REMOVED -> "removed";
            case CHANGED -> "changed";
        };
    }
}
