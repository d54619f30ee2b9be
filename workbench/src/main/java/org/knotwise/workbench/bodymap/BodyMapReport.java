package org.knotwise.workbench.bodymap;

import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CandidateSite;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.Coded;
import org.knotwise.engine.model.ExcludedSpot;
import org.knotwise.engine.model.ExplanationStep;
import org.knotwise.engine.model.Professional;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.workbench.bodymap.AssessmentPicture.NumberedSite;
import org.knotwise.workbench.bodymap.ContractV2Fields.Caution;

import java.util.List;

import static org.knotwise.workbench.bodymap.Markup.escape;

/**
 * One assessment as a body-map report: a standalone SVG, or one self-contained HTML page (inline SVG
 * and CSS, no script, nothing fetched) that prints on A4: cautions and professional advice first,
 * then the map with its legend, the plan, the corrections, what to expect, and the explanation folded.
 */
public final class BodyMapReport {

    static final String PAGE_STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5rem auto;max-width:62rem;padding:0 1rem;color:#222;line-height:1.45;-webkit-print-color-adjust:exact;print-color-adjust:exact}
            h1{margin:0 0 .2rem;font-size:1.6rem}h2{font-size:1.2rem;margin:1.4rem 0 .4rem;border-bottom:1px solid #ccc}
            h3{font-size:1rem;margin:.8rem 0 .3rem}.muted{color:#666}
            .attention{border:2px solid #c0392b;border-radius:6px;padding:.6rem 1rem;margin:1rem 0;background:#fdf3f1}
            .attention.calm{border-color:#5b8c5a;background:#f3f8f2}
            .attention h2{border:0;margin:.2rem 0 .3rem}.verdict{font-size:1.1rem;margin:.2rem 0 .4rem}
            .map{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start;margin:0}
            .map svg{flex:0 1 600px;width:100%%;max-width:600px;height:auto}
            .legend{flex:1 1 16rem;margin:0}.legend ul,.legend ol{margin:.2rem 0 .6rem;padding-left:1.4rem}
            .key{list-style:none;padding-left:0!important}
            .swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em;margin-right:.35em;border:1px solid #0003}
            .swatch.pain{background:%1$s}.swatch.site{background:%2$s}.swatch.excluded{background:%3$s}
            .swatch.arrow{background:%4$s;height:.25em;vertical-align:.2em}
            details{margin:1rem 0}summary{cursor:pointer;font-weight:600}
            .code{font-family:ui-monospace,monospace;font-size:.85em;color:#555}
            @page{size:A4;margin:12mm}
            @media print{body{margin:0;max-width:none;font-size:10pt}.map svg{max-width:105mm}
            .attention,.map,li{break-inside:avoid}h2{break-after:avoid}}
            """.formatted(BodyMapDrawing.PAIN_COLOUR, BodyMapDrawing.SITE_COLOUR, BodyMapDrawing.EXCLUDED_COLOUR,
            BodyMapDrawing.ARROW_COLOUR);

    private BodyMapReport() {
    }

    /** The picture alone, as an SVG file, in the assessment's language (built-in words). */
    public static String svg(Case c, Assessment a, KnowledgeBase kb) {
        return AssessmentPicture.of(c, a, kb, PageWords.builtIn(a.language())).drawing().toSvgFile();
    }

    /** The picture alone, its words in {@code w}. */
    public static String svg(Case c, Assessment a, KnowledgeBase kb, PageWords w) {
        return AssessmentPicture.of(c, a, kb, w).drawing().toSvgFile();
    }

    /** The whole report, as one HTML page, in the assessment's language (built-in words). */
    public static String html(Case c, Assessment a, KnowledgeBase kb) {
        return html(c, a, kb, PageWords.builtIn(a.language()));
    }

    /** The whole report, as one HTML page, its fixed words (headings, legend, plan) in {@code w}. */
    public static String html(Case c, Assessment a, KnowledgeBase kb, PageWords w) {
        AssessmentPicture picture = AssessmentPicture.of(c, a, kb, w);
        StringBuilder b = new StringBuilder();
        b.append("<header>\n<h1>").append(escape(w.w("page.assessment", "id", a.id()))).append("</h1>\n")
                .append("<p class=\"muted\">").append(escape(w.w("page.disclaimer"))).append("</p>\n")
                .append("</header>\n");
        attention(b, a, w);
        map(b, a, picture, c.complaint().side(), w);
        if (a.selfCare() && a.technique() != null) {
            plan(b, a, picture, w);
        }
        corrections(b, a, w);
        if (!a.expectations().isEmpty()) {
            b.append("<section id=\"expectations\">\n<h2>").append(escape(w.w("page.expectations"))).append("</h2>\n");
            list(b, "expectations", a.expectations());
            b.append("</section>\n");
        }
        explanation(b, a, w);
        return "<!DOCTYPE html>\n<html lang=\"" + w.language() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(w.w("page.map.title", "id", a.id())) + "</title>\n<style>\n" + PAGE_STYLE
                + "</style>\n</head>\n<body>\n" + b + "</body>\n</html>\n";
    }

    private static void attention(StringBuilder b, Assessment a, PageWords w) {
        Professional p = a.professional();
        List<Caution> cautions = ContractV2Fields.cautions(a);
        boolean alarm = !a.selfCare() || !cautions.isEmpty() || p.recommended();
        b.append("<section id=\"attention\" class=\"attention").append(alarm ? "" : " calm").append("\">\n");
        b.append("<h2>").append(escape(w.w("page.map.first"))).append("</h2>\n");
        if (a.selfCare()) {
            b.append("<p class=\"verdict\"><strong>").append(escape(w.w("page.map.verdict-yes"))).append("</strong>")
                    .append(p.recommended() ? " " + escape(urgency(w, p.urgency())) : "").append("</p>\n");
        } else {
            b.append("<p class=\"verdict\"><strong>").append(escape(w.w("page.map.verdict-no"))).append("</strong> ")
                    .append(escape(urgency(w, p.urgency())))
                    .append("</p>\n");
        }
        if (!cautions.isEmpty()) {
            b.append("<h3>").append(escape(w.w("page.map.cautions"))).append("</h3>\n<ul class=\"cautions\">\n");
            for (Caution k : cautions) {
                b.append("<li data-code=\"").append(escape(k.code())).append("\">").append(escape(k.message()))
                        .append(k.source() == null ? "" : " <span class=\"muted\">(" + escape(k.source()) + ")</span>")
                        .append("</li>\n");
            }
            b.append("</ul>\n");
        }
        if (!p.advice().isEmpty()) {
            b.append("<h3>").append(escape(w.w("page.map.professional"))).append(reasons(p.reasons(), w)).append("</h3>\n");
            list(b, "advice", p.advice());
        }
        b.append("</section>\n");
    }

    /** ": a warning sign; muscles too deep to press well yourself", each reason's code in its tooltip. */
    private static String reasons(List<String> codes, PageWords w) {
        if (codes.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(": ");
        for (int i = 0; i < codes.size(); i++) {
            b.append(i == 0 ? "" : "; ").append("<span class=\"reason\" title=\"").append(escape(codes.get(i))).append("\">")
                    .append(escape(w.card("card.reason.", codes.get(i), CodeWords.professionalReason(codes.get(i))))).append("</span>");
        }
        return b.toString();
    }

    private static String urgency(PageWords w, String urgency) {
        return w.w(switch (urgency == null ? "" : urgency) {
            case "emergency" -> "page.map.urgency.emergency";
            case "urgent" -> "page.map.urgency.urgent";
            case "routine" -> "page.map.urgency.routine";
            default -> "page.map.urgency.none";
        });
    }

    private static void map(StringBuilder b, Assessment a, AssessmentPicture picture, String side, PageWords w) {
        b.append("<figure class=\"map\" id=\"body-map\">\n").append(picture.drawing().toInlineSvg()).append("\n");
        b.append("<figcaption class=\"legend\">\n<ul class=\"key\">\n");
        b.append("<li class=\"key-pain\"><span class=\"swatch pain\"></span>")
                .append(escape(w.w("page.map.key-pain", "regions", String.join(", ", picture.pains().stream().map(w::region).toList()))))
                .append(side == null ? "" : escape(" " + side(w, side))).append("</li>\n");
        if (!picture.sites().isEmpty()) {
            b.append("<li class=\"key-site\"><span class=\"swatch site\"></span>").append(escape(w.w("page.map.key-site")))
                    .append("</li>\n<li class=\"key-arrow\"><span class=\"swatch arrow\"></span>")
                    .append(escape(w.w("page.map.key-arrow"))).append("</li>\n");
        }
        if (!a.excludedSpots().isEmpty()) {
            b.append("<li class=\"key-excluded\"><span class=\"swatch excluded\"></span>")
                    .append(escape(w.w("page.map.key-excluded"))).append("</li>\n");
        }
        b.append("</ul>\n");
        if (!picture.sites().isEmpty()) {
            b.append("<h3>").append(escape(w.w("page.map.where-to-look"))).append("</h3>\n<ol class=\"sites\">\n");
            for (NumberedSite n : picture.sites()) {
                CandidateSite s = n.site();
                b.append("<li data-region=\"").append(escape(s.region())).append("\" data-relates-to=\"")
                        .append(escape(n.relatesTo())).append("\">").append(escape(Words.site(w, s)))
                        .append(n.relatesTo().equals(s.region()) ? "" : escape("; " + w.w("page.map.for-pain", "region", w.region(n.relatesTo()))))
                        .append(" <span class=\"muted\">").append(escape(w.w("page.map.view-" + n.view().attribute())))
                        .append("</span></li>\n");
            }
            b.append("</ol>\n");
        }
        if (!a.excludedSpots().isEmpty()) {
            b.append("<h3>").append(escape(w.w("page.set-aside"))).append("</h3>\n<ul class=\"excluded\">\n");
            for (ExcludedSpot e : a.excludedSpots()) {
                b.append("<li data-region=\"").append(escape(e.region())).append("\" data-reason=\"")
                        .append(escape(e.reason())).append("\">").append(escape(w.region(e.region()) + ": "
                                + Words.exclusion(w, e.reason()))).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("</figcaption>\n</figure>\n");
    }

    /** "(left side)", "(midline)": a side the message files know, else as the page always wrote it. */
    private static String side(PageWords w, String side) {
        String key = "page.map.side-" + side;
        return w.has(key) ? w.w(key) : "(" + side + " side)";
    }

    private static void plan(StringBuilder b, Assessment a, AssessmentPicture picture, PageWords w) {
        b.append("<section id=\"plan\">\n<h2>").append(escape(w.w("page.map.plan"))).append("</h2>\n");
        if (!picture.sites().isEmpty()) {
            CandidateSite first = picture.sites().get(0).site();
            b.append("<p>").append(escape(w.w(picture.sites().size() > 1 ? "page.map.start-at-list" : "page.map.start-at",
                    "region", w.region(first.region())))).append("</p>\n");
        }
        list(b, "plan", Words.plan(w, a.technique()));
        b.append("</section>\n");
    }

    private static void corrections(StringBuilder b, Assessment a, PageWords w) {
        if (a.adjustments().isEmpty() && a.failureReasons().isEmpty()) {
            return;
        }
        b.append("<section id=\"corrections\">\n<h2>").append(escape(w.w("page.map.corrections"))).append("</h2>\n");
        coded(b, "adjustments", a.adjustments());
        if (!a.failureReasons().isEmpty()) {
            b.append("<h3>").append(escape(w.w("page.why-failing"))).append("</h3>\n");
            coded(b, "failure-reasons", a.failureReasons());
        }
        b.append("</section>\n");
    }

    private static void explanation(StringBuilder b, Assessment a, PageWords w) {
        b.append("<details id=\"explanation\">\n<summary>").append(escape(w.w("page.map.explanation", "count", a.explanation().size())))
                .append("</summary>\n<ol class=\"rules\">\n");
        for (ExplanationStep s : a.explanation()) {
            b.append("<li><span class=\"code\">").append(escape(s.rule())).append("</span> <span class=\"muted\">(")
                    .append(escape(s.source())).append(")</span>: ").append(escape(w.w("page.because"))).append(" ").append(CodeWords.inHtml(s.because())).append("</li>\n");
        }
        b.append("</ol>\n");
        if (!a.candidateSites().isEmpty()) {
            b.append("<h3>").append(escape(w.w("page.map.ranking"))).append("</h3>\n<ol class=\"ranking\">\n");
            for (CandidateSite s : a.candidateSites()) {
                b.append("<li>").append(escape(w.w("page.map.rank", "region", w.region(s.region()), "score", s.score(),
                        "evidence", s.evidence().isEmpty() ? w.w("page.map.no-evidence", "basis", s.basis())
                                : String.join("; ", s.evidence())))).append("</li>\n");
            }
            b.append("</ol>\n");
        }
        b.append("</details>\n");
    }

    private static void coded(StringBuilder b, String cssClass, List<Coded> items) {
        b.append("<ul class=\"").append(cssClass).append("\">\n");
        for (Coded c : items) {
            b.append("<li data-code=\"").append(escape(c.code())).append("\">").append(escape(c.message())).append("</li>\n");
        }
        b.append("</ul>\n");
    }

    private static void list(StringBuilder b, String cssClass, List<String> items) {
        b.append("<ul class=\"").append(cssClass).append("\">\n");
        items.forEach(s -> b.append("<li>").append(escape(s)).append("</li>\n"));
        b.append("</ul>\n");
    }
}
