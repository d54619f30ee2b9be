package org.knotwise.cli.render;

import org.knotwise.workbench.bodymap.Markup;

/**
 * Self-contained HTML pages: inline style and script, nothing fetched, every text escaped. A small
 * script fills each {@code data-count} element with the number of visible rows of the table it
 * names, and filters rows by the box {@code #filter} (prefilled from {@code #q=...} in the address).
 */
final class Html {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:75rem;padding:0 1rem;color:#222;line-height:1.4}
            h1{margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
            th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#f3f3f3}tr:nth-child(even) td{background:#fafafa}
            code{font-size:.9em}.muted{color:#666}.num{text-align:right}
            input#filter{font-size:1rem;padding:.3rem;width:20rem}
            .bar{display:inline-block;height:.7rem;background:#4a8;vertical-align:middle}
            """;

    private static final String SCRIPT = """
            (function () {
              var box = document.getElementById('filter');
              var m = /[#&]q=([^&]*)/.exec(location.hash);
              if (box && m) box.value = decodeURIComponent(m[1]);
              function update() {
                var q = box ? box.value.trim().toLowerCase() : '';
                document.querySelectorAll('tr.item').forEach(function (r) {
                  r.hidden = q !== '' && r.textContent.toLowerCase().indexOf(q) < 0;
                });
                document.querySelectorAll('[data-count]').forEach(function (el) {
                  var rows = document.querySelectorAll(el.getAttribute('data-count'));
                  var shown = Array.prototype.filter.call(rows, function (r) { return !r.hidden; }).length;
                  el.textContent = shown === rows.length ? String(rows.length) : shown + ' of ' + rows.length;
                });
              }
              if (box) box.addEventListener('input', update);
              update();
            })();
            """;

    private Html() {
    }

    static String escape(String s) {
        return Markup.escape(s);
    }

    /** A source as a link when it is a web address, else as text. */
    static String source(String s) {
        if (s != null && (s.startsWith("https://") || s.startsWith("http://")) && !s.contains(" ")) {
            return "<a href=\"" + escape(s) + "\">" + escape(s) + "</a>";
        }
        return escape(s);
    }

    /** A whole page around a body, with a filter box when {@code filter} is true. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n"
                + body + "<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n";
    }

    static String filterBox(String placeholder) {
        return "<p><label>Filter: <input id=\"filter\" type=\"search\" placeholder=\"" + escape(placeholder)
                + "\"></label></p>\n";
    }

    /** A count the page's script computes from the rows matching a CSS selector ("…" without a browser). */
    static String count(String id, String selector) {
        return "<span id=\"" + escape(id) + "\" data-count=\"" + escape(selector) + "\">…</span>";
    }
}
