package org.knotwise.workbench.bodymap;

import org.junit.jupiter.api.Test;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Vocabulary;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The drawing itself: every region of the vocabulary is exactly one named element, placed on the body. */
class BodyOutlineTest {

    private final BodyOutline outline = BodyOutline.get();
    private final Document svg = outline.parse();

    @Test
    void everyRegionOfTheVocabularyIsExactlyOneElementAndNothingElseIsARegion() {
        Map<String, Integer> byId = new HashMap<>();
        Map<String, Integer> byRegion = new HashMap<>();
        for (Element e : all(svg.getDocumentElement())) {
            if (e.hasAttribute("id")) {
                byId.merge(e.getAttribute("id"), 1, Integer::sum);
            }
            if (e.hasAttribute("data-region")) {
                byRegion.merge(e.getAttribute("data-region"), 1, Integer::sum);
            }
        }
        for (String region : Vocabulary.REGIONS) {
            assertThat(byId.get("region-" + region)).as("elements with id region-" + region).isEqualTo(1);
            assertThat(byRegion.get(region)).as("elements with data-region " + region).isEqualTo(1);
        }
        assertThat(byRegion.keySet()).containsExactlyInAnyOrderElementsOf(Vocabulary.REGIONS);
        assertThat(byId.values()).as("ids are unique").allMatch(n -> n == 1);
        assertThat(outline.regions().keySet()).containsExactlyElementsOf(Vocabulary.REGIONS);
    }

    @Test
    void theKnowledgeBaseRegionsAreAllOnTheDrawing() {
        assertThat(outline.regions().keySet()).containsAll(KnowledgeBase.builtIn().regions().keySet());
    }

    @Test
    void eachRegionIsDrawnOnTheViewsItNamesAndItsAnchorLiesInsideOneOfItsShapes() {
        for (Element g : regionGroups()) {
            String id = g.getAttribute("data-region");
            BodyOutline.RegionShape region = outline.region(id);
            Set<String> drawnOn = new HashSet<>();
            List<Shape> shapes = new ArrayList<>();
            for (Element shape : children(g)) {
                drawnOn.add(shape.getAttribute("data-view"));
                assertThat(shape.getAttribute("data-side")).as(id).isIn("left", "right", "mid");
                shapes.add(geometry(shape));
            }
            assertThat(drawnOn).as(id).containsExactlyInAnyOrderElementsOf(
                    region.views().stream().map(View::attribute).toList());
            boolean inside = false;
            for (View v : region.views()) {
                BodyOutline.Point p = outline.point(id, v, false);
                inside |= shapes.stream().anyMatch(s -> s.contains(p.x(), p.y()));
            }
            assertThat(inside).as("the anchor of " + id + " lies inside its shape").isTrue();
        }
    }

    @Test
    void lateralRegionsAreDrawnOnBothSidesAndMirroredAnchorsLandOnTheLeftShape() {
        Element forearm = regionGroups().stream()
                .filter(g -> g.getAttribute("id").equals("region-forearm-back")).findFirst().orElseThrow();
        List<Element> shapes = children(forearm);
        assertThat(shapes).extracting(s -> s.getAttribute("data-side")).containsExactlyInAnyOrder("right", "left");
        BodyOutline.Point right = outline.point("forearm-back", View.BACK, false);
        BodyOutline.Point left = outline.point("forearm-back", View.BACK, true);
        assertThat(right.x()).as("back view: the person's right is on the viewer's right").isGreaterThan(left.x());
        Element leftShape = shapes.stream().filter(s -> s.getAttribute("data-side").equals("left")).findFirst().orElseThrow();
        assertThat(geometry(leftShape).contains(left.x(), left.y())).isTrue();
        assertThat(outline.point("forearm-front", View.FRONT, false).x())
                .as("front view: the person's right is on the viewer's left")
                .isLessThan(outline.point("forearm-front", View.FRONT, true).x());
    }

    @Test
    void arrowsGoOnAViewShowingBothEndsWhenThereIsOne() {
        assertThat(outline.viewFor("wrist-back", "forearm-back")).isEqualTo(View.BACK);
        assertThat(outline.viewFor("neck-side", "shoulder-top")).isEqualTo(View.FRONT);
        assertThat(outline.viewFor("shoulder-top", "upper-back")).isEqualTo(View.BACK);
        assertThat(outline.viewFor("temple", "back-of-head")).as("no view shows both: the target's").isEqualTo(View.BACK);
    }

    private List<Element> regionGroups() {
        List<Element> out = new ArrayList<>();
        for (Element e : all(svg.getDocumentElement())) {
            if (e.getLocalName().equals("g") && e.hasAttribute("data-region")) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Element> all(Element root) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = root.getElementsByTagName("*");
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static List<Element> children(Element g) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < g.getChildNodes().getLength(); i++) {
            if (g.getChildNodes().item(i) instanceof Element e && !e.getLocalName().equals("title")) {
                out.add(e);
            }
        }
        return out;
    }

    /** Polygons and ellipses exactly; paths by the polygon through their points (good enough to hold an anchor). */
    private static Shape geometry(Element e) {
        switch (e.getLocalName()) {
            case "ellipse" -> {
                double cx = d(e, "cx"), cy = d(e, "cy"), rx = d(e, "rx"), ry = d(e, "ry");
                return new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry);
            }
            case "polygon" -> {
                return polygon(e.getAttribute("points").replace(',', ' ').trim().split("\\s+"));
            }
            case "path" -> {
                String[] numbers = e.getAttribute("d").replaceAll("[MLQZ]", " ").trim().split("\\s+");
                if (e.getAttribute("d").contains("A")) { // a half disc: its bounding box
                    String[] t = e.getAttribute("d").split("\\s+");
                    double x = Double.parseDouble(t[1]), y1 = Double.parseDouble(t[2]), y2 = Double.parseDouble(t[t.length - 2]);
                    double r = Double.parseDouble(t[4]);
                    return new Rectangle2D.Double(x - r, Math.min(y1, y2), 2 * r, Math.abs(y2 - y1));
                }
                return polygon(numbers);
            }
            default -> throw new AssertionError("unexpected shape " + e.getLocalName());
        }
    }

    private static Shape polygon(String[] xy) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            double x = Double.parseDouble(xy[i]), y = Double.parseDouble(xy[i + 1]);
            if (i == 0) p.moveTo(x, y);
            else p.lineTo(x, y);
        }
        p.closePath();
        return p;
    }

    private static double d(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }
}
