package org.knotwise.workbench.bodymap;

import org.knotwise.workbench.bodymap.BodyOutline.Point;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One picture on the body map: regions coloured by class, hover titles, arrows and numbered marks on
 * top. All text goes in as DOM text, so the serializer escapes it. The style travels inside the SVG, so
 * the picture looks the same standalone and inline in a page.
 */
public final class BodyMapDrawing {

    /** Colours the tests look for in screenshots; keep in step with {@link #STYLE}. */
    public static final String PAIN_COLOUR = "#e4572e";
    public static final String SITE_COLOUR = "#2f7dc4";
    public static final String EXCLUDED_COLOUR = "#b9b9b9";
    public static final String ARROW_COLOUR = "#173f6b";

    static final String STYLE = """
            .body-map{font-family:system-ui,-apple-system,"Segoe UI",sans-serif}
            .body-map .body,.body-map .region>polygon,.body-map .region>ellipse,.body-map .region>path{fill:#f6efe7;stroke:#a08f7d;stroke-width:.7}
            .body-map .body{fill:#ece2d6}
            .body-map .region.pain>*{fill:%1$s}
            .body-map .region.site>*{fill:%2$s}
            .body-map .region.pain.site>*{fill:%1$s;stroke:%4$s;stroke-width:1.1}
            .body-map .region.excluded>*{fill:%3$s}
            .body-map .region.tree>*{fill:#f3e3b5}
            .body-map g.region>.far-side.far-side{fill:#f6efe7;stroke:#a08f7d;stroke-width:.7}
            .body-map .arrow line{stroke:%4$s;stroke-width:2.2;stroke-linecap:round}
            .body-map .arrow polygon{fill:%4$s}
            .body-map .tree-arrow line{stroke:#8a5a00;stroke-width:1.4;stroke-linecap:round}
            .body-map .tree-arrow polygon{fill:#8a5a00}
            .body-map .pain-elsewhere{fill:none;stroke:%1$s;stroke-width:1.6;stroke-dasharray:3 2}
            .body-map .site-number circle{fill:%4$s;stroke:#fff;stroke-width:1.5}
            .body-map .site-number line{stroke:%4$s;stroke-width:1.2}
            .body-map .site-number text{fill:#fff;font-size:11px;font-weight:700;text-anchor:middle;dominant-baseline:central}
            .body-map .excluded-mark circle{fill:#fff;stroke:#666;stroke-width:1.2}
            .body-map .excluded-mark path{stroke:#666;stroke-width:1.6}
            .body-map .view-label{font-size:13px;font-weight:600;fill:#444}
            .body-map .side-label{font-size:10px;fill:#777}
            """.formatted(PAIN_COLOUR, SITE_COLOUR, EXCLUDED_COLOUR, ARROW_COLOUR);

    private final BodyOutline outline;
    private final Document doc;
    private final Element marks;
    private final boolean left;
    private final String onlySide;
    private final Map<String, Element> regions = new HashMap<>();

    /**
     * @param side the complaint's side: {@code left} or {@code right} colours that side only and draws
     *             arrows there; anything else (both, midline, unknown) colours both and draws on the right
     */
    public BodyMapDrawing(BodyOutline outline, String side) {
        this.outline = outline;
        this.doc = outline.parse();
        this.left = "left".equals(side);
        this.onlySide = "left".equals(side) || "right".equals(side) ? side : null;
        Element root = doc.getDocumentElement();
        Element style = svg("style");
        style.setTextContent(STYLE);
        root.insertBefore(style, root.getFirstChild());
        NodeList groups = root.getElementsByTagNameNS(BodyOutline.SVG_NS, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.hasAttribute("data-region")) {
                regions.put(g.getAttribute("data-region"), g);
            }
        }
        marks = svg("g");
        marks.setAttribute("class", "marks");
        root.appendChild(marks);
    }

    public BodyOutline outline() {
        return outline;
    }

    /** Adds a class to a region (pain, site, excluded, tree): the style colours it. */
    public BodyMapDrawing mark(String region, String cssClass) {
        Element g = region(region);
        g.setAttribute("class", g.getAttribute("class") + " " + cssClass);
        if (onlySide != null) {
            NodeList shapes = g.getChildNodes();
            for (int i = 0; i < shapes.getLength(); i++) {
                if (shapes.item(i) instanceof Element e && e.hasAttribute("data-side")
                        && !e.getAttribute("data-side").equals("mid") && !e.getAttribute("data-side").equals(onlySide)) {
                    e.setAttribute("class", "far-side");
                }
            }
        }
        return this;
    }

    /** Adds a line to the region's hover text. */
    public BodyMapDrawing describe(String region, String text) {
        Element g = region(region);
        Node first = g.getFirstChild();
        if (first instanceof Element e && e.getLocalName().equals("title")) {
            e.setTextContent(e.getTextContent() + "\n" + text);
        } else {
            Element title = svg("title");
            title.setTextContent(text);
            g.insertBefore(title, first);
        }
        return this;
    }

    /**
     * An arrow from one region toward another, on the view that shows both (else the target's); when
     * the start is not drawn on that view, a dashed ring marks where it lies.
     *
     * @return the view it was drawn on
     */
    public View arrow(String from, String to, String cssClass, String title) {
        View view = outline.viewFor(from, to);
        Point a = outline.point(from, view, left);
        Point b = outline.point(to, view, left);
        Element g = svg("g");
        g.setAttribute("class", cssClass);
        g.setAttribute("data-from", from);
        g.setAttribute("data-to", to);
        g.setAttribute("data-view", view.attribute());
        if (title != null) {
            g.appendChild(title(title));
        }
        if (!outline.region(from).drawnOn(view)) {
            Element ring = svg("circle");
            ring.setAttribute("class", "pain-elsewhere");
            ring.setAttribute("cx", num(a.x()));
            ring.setAttribute("cy", num(a.y()));
            ring.setAttribute("r", "5");
            g.appendChild(ring);
        }
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = Math.hypot(dx, dy);
        if (length >= 8) {
            double ux = dx / length;
            double uy = dy / length;
            double startGap = Math.min(4, length / 4);
            double endGap = Math.min("arrow".equals(cssClass) ? 10 : 3, length / 3);
            Point s = new Point(a.x() + ux * startGap, a.y() + uy * startGap);
            Point e = new Point(b.x() - ux * endGap, b.y() - uy * endGap);
            double head = "arrow".equals(cssClass) ? 7 : 5;
            Point base = new Point(e.x() - ux * head, e.y() - uy * head);
            Element line = svg("line");
            line.setAttribute("x1", num(s.x()));
            line.setAttribute("y1", num(s.y()));
            line.setAttribute("x2", num(base.x()));
            line.setAttribute("y2", num(base.y()));
            g.appendChild(line);
            Element tip = svg("polygon");
            double w = head * 0.55;
            tip.setAttribute("points", num(e.x()) + "," + num(e.y()) + " "
                    + num(base.x() - uy * w) + "," + num(base.y() + ux * w) + " "
                    + num(base.x() + uy * w) + "," + num(base.y() - ux * w));
            g.appendChild(tip);
        }
        marks.appendChild(g);
        return view;
    }

    /**
     * A numbered disc on a region: a candidate site's rank. {@code beside} puts it just outside the
     * region with a short leader, so that a small region (a pain region that is also a site) stays visible.
     */
    public BodyMapDrawing number(int rank, String region, View view, boolean beside, String title) {
        Point anchor = outline.point(region, view, left);
        Element g = svg("g");
        g.setAttribute("class", "site-number");
        g.setAttribute("data-rank", String.valueOf(rank));
        g.setAttribute("data-region", region);
        g.appendChild(title(title));
        Point p = anchor;
        if (beside) {
            double outward = Math.signum(anchor.x() - outline.midline(view));
            p = new Point(anchor.x() + (outward == 0 ? 1 : outward) * 14, anchor.y() - 6);
            Element leader = svg("line");
            leader.setAttribute("x1", num(anchor.x()));
            leader.setAttribute("y1", num(anchor.y()));
            leader.setAttribute("x2", num(p.x()));
            leader.setAttribute("y2", num(p.y()));
            g.appendChild(leader);
        }
        Element c = svg("circle");
        c.setAttribute("cx", num(p.x()));
        c.setAttribute("cy", num(p.y()));
        c.setAttribute("r", "8");
        g.appendChild(c);
        Element t = svg("text");
        t.setAttribute("x", num(p.x()));
        t.setAttribute("y", num(p.y()));
        t.setTextContent(String.valueOf(rank));
        g.appendChild(t);
        marks.appendChild(g);
        return this;
    }

    /** A small crossed ring on a region: a spot set aside, the reason on hover. */
    public BodyMapDrawing cross(String region, String title) {
        View view = outline.region(region).views().get(0);
        Point p = outline.point(region, view, left);
        Element g = svg("g");
        g.setAttribute("class", "excluded-mark");
        g.setAttribute("data-region", region);
        g.appendChild(title(title));
        Element c = svg("circle");
        c.setAttribute("cx", num(p.x() + 9));
        c.setAttribute("cy", num(p.y() - 9));
        c.setAttribute("r", "5");
        g.appendChild(c);
        Element x = svg("path");
        double cx = p.x() + 9;
        double cy = p.y() - 9;
        x.setAttribute("d", "M " + num(cx - 3) + " " + num(cy - 3) + " L " + num(cx + 3) + " " + num(cy + 3)
                + " M " + num(cx + 3) + " " + num(cy - 3) + " L " + num(cx - 3) + " " + num(cy + 3));
        g.appendChild(x);
        marks.appendChild(g);
        return this;
    }

    /** A short description of the whole picture, for screen readers and as the file's title. */
    public BodyMapDrawing caption(String text) {
        Element root = doc.getDocumentElement();
        root.setAttribute("role", "img");
        Element title = title(text);
        root.insertBefore(title, root.getFirstChild());
        return this;
    }

    /**
     * The outline's own words (the views' names over each figure, the sides under them) in the page's
     * language: {@code page.picture.<word>} for each label the outline has ("Front" is {@code page.picture.front}).
     */
    public BodyMapDrawing labels(PageWords w) {
        NodeList texts = doc.getDocumentElement().getElementsByTagNameNS(BodyOutline.SVG_NS, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            String css = t.getAttribute("class");
            if (css.equals("view-label") || css.equals("side-label")) {
                t.setTextContent(w.w("page.picture." + t.getTextContent().strip().toLowerCase(Locale.ROOT)));
            }
        }
        return this;
    }

    /** A standalone SVG file. */
    public String toSvgFile() {
        return serialize(false);
    }

    /** The {@code <svg>} element alone, to put inside an HTML page. */
    public String toInlineSvg() {
        return serialize(true);
    }

    private String serialize(boolean inline) {
        try {
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, inline ? "yes" : "no");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(inline ? doc.getDocumentElement() : doc), new StreamResult(w));
            String s = w.toString();
            // The JDK's serializer glues the declaration to the first node.
            return inline ? s : s.replaceFirst("\\?><", "?>\n<") + "\n";
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the body map: " + e.getMessage(), e);
        }
    }

    private Element region(String id) {
        Element g = regions.get(id);
        if (g == null) {
            throw new IllegalArgumentException("the body map has no region " + id);
        }
        return g;
    }

    private Element title(String text) {
        Element title = svg("title");
        title.setTextContent(text);
        return title;
    }

    private Element svg(String name) {
        return doc.createElementNS(BodyOutline.SVG_NS, name);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
