package org.knotwise.cli.render;

import org.knotwise.workbench.catalogue.CatalogueDiff;
import org.knotwise.workbench.catalogue.CatalogueDiff.FieldChange;
import org.knotwise.workbench.catalogue.CatalogueDiff.Kind;
import org.knotwise.workbench.catalogue.CatalogueDiff.RowChange;
import org.knotwise.workbench.catalogue.CatalogueDiff.RuleChange;
import org.knotwise.workbench.catalogue.RuleEntry;

import java.util.List;

import static org.knotwise.cli.render.Html.escape;

/** {@code rules diff} as one self-contained page: each change side by side, before and after, what a reviewer signs off. */
public final class CatalogueDiffHtml {

    private static final String STYLE = """
            <style>
            td.before,td.after{width:44%}
            .gone{background:#fdd;text-decoration:line-through}.new{background:#dfd}
            ul.lines{margin:0;padding-left:1rem}
            caption{text-align:left;padding:.3rem 0}
            .status{display:inline-block;font-size:.8em;padding:0 .3rem;border-radius:.2rem;border:1px solid #999}
            .status-draft{background:#fde7b0;border-color:#c90}.status-reviewed{background:#dff0ff;border-color:#69c}
            </style>
            """;

    private CatalogueDiffHtml() {
    }

    public static String render(CatalogueDiff d, String title) {
        StringBuilder b = new StringBuilder(STYLE);
        b.append("<h1>").append(escape(title)).append("</h1>\n<p>before: <strong>").append(escape(d.oldTitle()))
                .append("</strong><br>after: <strong>").append(escape(d.newTitle())).append("</strong></p>\n");
        b.append("<p id=\"summary\">Rules: ").append(d.count(Kind.ADDED)).append(" added, ").append(d.count(Kind.REMOVED))
                .append(" removed, ").append(d.count(Kind.CHANGED)).append(" changed; knowledge-base rows: ")
                .append(d.data().size()).append(" changed, added or removed; questions: ").append(d.questions().size())
                .append(" changed, added or removed.</p>\n");
        b.append(Html.filterBox("rule id, word, code, region…"));
        b.append("<h2 id=\"rules\">Rules</h2>\n");
        if (d.rules().isEmpty()) {
            b.append("<p>No rule changed.</p>\n");
        }
        for (RuleChange c : d.rules()) {
            RuleEntry r = c.either();
            b.append("<table class=\"item-table change rule-change ").append(CatalogueDiffText.word(c.kind()))
                    .append("\" data-id=\"").append(escape(c.key())).append("\">\n<caption><strong>")
                    .append(CatalogueDiffText.word(c.kind())).append("</strong> <code>").append(escape(c.key())).append("</code>: ")
                    .append(escape(r.name())).append(' ').append(CatalogueHtml.status(r.status())).append(" <code>")
                    .append(escape(r.location())).append("</code></caption>\n");
            fields(b, c.fields());
        }
        b.append("<h2 id=\"data\">Knowledge base</h2>\n");
        if (d.data().isEmpty()) {
            b.append("<p>No row changed.</p>\n");
        }
        for (RowChange c : d.data()) {
            b.append("<table class=\"item-table change row-change ").append(CatalogueDiffText.word(c.kind()))
                    .append("\" data-table=\"").append(escape(c.table())).append("\">\n<caption><strong>")
                    .append(CatalogueDiffText.word(c.kind())).append("</strong> ").append(escape(c.table())).append(": ")
                    .append(escape(c.key())).append("</caption>\n");
            fields(b, c.fields());
        }
        b.append("<h2 id=\"questions\">Questions</h2>\n");
        if (d.questions().isEmpty()) {
            b.append("<p>No question changed.</p>\n");
        }
        for (RowChange c : d.questions()) {
            b.append("<table class=\"item-table change question-change ").append(CatalogueDiffText.word(c.kind()))
                    .append("\" data-field=\"").append(escape(c.key())).append("\">\n<caption><strong>")
                    .append(CatalogueDiffText.word(c.kind())).append("</strong> question <code>").append(escape(c.key()))
                    .append("</code></caption>\n");
            fields(b, c.fields());
        }
        // the shared page script filters tr.item rows; each change is a table, so hide whole tables instead
        return Html.page(title, b.toString()).replace("document.querySelectorAll('tr.item')", "document.querySelectorAll('tr.item, table.item-table')");
    }

    private static void fields(StringBuilder b, List<FieldChange> fields) {
        b.append("<thead><tr><th>field</th><th>before</th><th>after</th></tr></thead>\n<tbody>\n");
        for (FieldChange f : fields) {
            b.append("<tr data-field=\"").append(escape(f.field())).append("\"><th>").append(escape(f.field()))
                    .append("</th><td class=\"before\">").append(lines(f.before(), f.after(), "gone"))
                    .append("</td><td class=\"after\">").append(lines(f.after(), f.before(), "new")).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    /** A side's lines, those missing from the other side marked. */
    private static String lines(List<String> side, List<String> other, String mark) {
        if (side.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<ul class=\"lines\">");
        for (String l : side) {
            b.append("<li").append(other.contains(l) ? "" : " class=\"" + mark + "\"").append(">").append(escape(l)).append("</li>");
        }
        return b.append("</ul>").toString();
    }
}
