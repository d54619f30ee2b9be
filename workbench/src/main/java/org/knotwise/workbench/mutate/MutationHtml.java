package org.knotwise.workbench.mutate;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The mutation report as one self-contained page (no external fetches). */
public final class MutationHtml {
    private MutationHtml() {
    }

    public static String render(MutationReport r) {
        StringBuilder s = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Knotwise: what the scenarios pin down</title>
                <style>
                body{font-family:system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#222}
                table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
                th{background:#f3f3f3}code{font-size:.95em}.score{font-size:1.6em;font-weight:bold}
                </style></head><body>
                <h1>Mutation testing of the rules</h1>
                <p>Each mutant is the rule base with one small change: a rule deleted, one comparison's boundary moved
                (<code>&gt;</code>&harr;<code>&gt;=</code>, <code>&lt;</code>&harr;<code>&lt;=</code>), or one constraint or condition dropped.
                A scenario <em>kills</em> a mutant when it passes on the original rules and fails on the mutant. A mutant that
                survives is a change no scenario would notice.</p>
                """);
        s.append(String.format(Locale.ROOT, "<p class=\"score\">Score: %.1f%%</p>%n", r.score()));
        s.append("<table><tr><th>mutants</th><th>killed</th><th>survived</th><th>declared equivalent</th><th>did not compile</th><th>scenarios</th></tr>")
                .append("<tr><td>").append(r.total()).append("</td><td>").append(r.killed()).append("</td><td>")
                .append(r.survivors().size()).append("</td><td>").append(r.equivalent().size()).append("</td><td>")
                .append(r.notCompiling().size()).append("</td><td>").append(r.scenarios()).append("</td></tr></table>\n");
        s.append("<p>Score = killed / (mutants &minus; did not compile &minus; declared equivalent).</p>\n");
        s.append("<h2>Mutants no scenario noticed (").append(r.survivors().size()).append(")</h2>\n");
        table(s, r.survivors(), null);
        s.append("<h2>Declared equivalent (").append(r.equivalent().size()).append(")</h2>\n");
        s.append("<p>Changes that cannot alter any answer, with the reason (the equivalent-mutants file).</p>\n");
        table(s, List.copyOf(r.equivalent().keySet()), r.equivalent());
        if (!r.staleEquivalents().isEmpty()) {
            s.append("<h2>Stale entries of the equivalent-mutants file</h2>\n<ul>");
            r.staleEquivalents().forEach(k -> s.append("<li>").append(esc(k)).append("</li>"));
            s.append("</ul>\n");
        }
        s.append("<h2>Did not compile (").append(r.notCompiling().size()).append(")</h2>\n");
        s.append("<p>Not counted: a change the compiler refuses can never reach a person.</p>\n");
        table(s, r.notCompiling(), null);
        return s.append("</body></html>\n").toString();
    }

    private static void table(StringBuilder s, List<Mutant> mutants, Map<Mutant, String> reasons) {
        if (mutants.isEmpty()) {
            s.append("<p>None.</p>\n");
            return;
        }
        s.append("<table><tr><th>rule</th><th>where</th><th>change</th>").append(reasons == null ? "" : "<th>why it cannot matter</th>")
                .append("</tr>\n");
        for (Mutant m : mutants) {
            s.append("<tr><td><code>").append(esc(m.ruleId())).append("</code></td><td>").append(esc(m.location()))
                    .append("</td><td>").append(esc(m.change())).append("</td>");
            if (reasons != null) {
                s.append("<td>").append(esc(reasons.get(m))).append("</td>");
            }
            s.append("</tr>\n");
        }
        s.append("</table>\n");
    }

    private static String esc(String t) {
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
