package org.knotwise.workbench.bodymap;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The drawing of the body ({@code body.svg}, made by {@code workbench/tools/draw_body.py}): a front and
 * a back view where every region is one element {@code region-<id>} with an anchor where arrows and
 * numbers go. Anchors are (u, y): u is the distance from the midline toward the person's right, the
 * same place on either view; {@link #point} puts it on a view and side.
 */
public final class BodyOutline {
    static final String RESOURCE = "/org/knotwise/workbench/bodymap/body.svg";
    public static final String SVG_NS = "http://www.w3.org/2000/svg";

    /** One region as drawn: its anchor and the views it is drawn on (front first). */
    public record RegionShape(String id, double u, double y, List<View> views) {
        public boolean drawnOn(View v) {
            return views.contains(v);
        }
    }

    public record Point(double x, double y) {
    }

    private final byte[] svg;
    private final double frontX;
    private final double backX;
    private final Map<String, RegionShape> regions;

    private BodyOutline(byte[] svg) {
        this.svg = svg;
        Element root = parse().getDocumentElement();
        frontX = Double.parseDouble(root.getAttribute("data-front-x"));
        backX = Double.parseDouble(root.getAttribute("data-back-x"));
        Map<String, RegionShape> found = new LinkedHashMap<>();
        NodeList groups = root.getElementsByTagNameNS(SVG_NS, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (!g.hasAttribute("data-region")) {
                continue;
            }
            String[] anchor = g.getAttribute("data-anchor").split(",");
            List<View> views = Arrays.stream(g.getAttribute("data-views").split(" ")).map(View::of).toList();
            String id = g.getAttribute("data-region");
            found.put(id, new RegionShape(id, Double.parseDouble(anchor[0]), Double.parseDouble(anchor[1]), views));
        }
        regions = Collections.unmodifiableMap(found);
    }

    /** The drawing shipped in this jar. */
    public static BodyOutline get() {
        return Holder.INSTANCE;
    }

    /** Regions in the drawing's order (the contract's). */
    public Map<String, RegionShape> regions() {
        return regions;
    }

    public RegionShape region(String id) {
        RegionShape r = regions.get(id);
        if (r == null) {
            throw new IllegalArgumentException("the body map has no region " + id);
        }
        return r;
    }

    /** Where a region's anchor lies on a view, on the person's right side or mirrored to the left. */
    public Point point(String region, View view, boolean left) {
        RegionShape r = region(region);
        double u = left ? -r.u() : r.u();
        return new Point(view == View.FRONT ? frontX - u : backX + u, r.y());
    }

    /** The x of the body's midline on a view. */
    public double midline(View view) {
        return view == View.FRONT ? frontX : backX;
    }

    /**
     * The view an arrow between two regions is drawn on: one showing both (front first), else one
     * showing where it points to.
     */
    public View viewFor(String from, String to) {
        RegionShape f = region(from);
        RegionShape t = region(to);
        for (View v : t.views()) {
            if (f.drawnOn(v)) {
                return v;
            }
        }
        return t.views().get(0);
    }

    /** A fresh, editable copy of the drawing. */
    Document parse() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the body map drawing " + RESOURCE + " is broken: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final BodyOutline INSTANCE = load();

        private static BodyOutline load() {
            try (InputStream in = BodyOutline.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the body map drawing " + RESOURCE + " is missing from the jar");
                }
                return new BodyOutline(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
