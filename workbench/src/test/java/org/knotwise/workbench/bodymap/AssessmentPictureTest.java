package org.knotwise.workbench.bodymap;

import org.junit.jupiter.api.Test;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.ExcludedSpot;
import org.knotwise.kb.KnowledgeBase;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwise.workbench.bodymap.Assessments.assessment;
import static org.knotwise.workbench.bodymap.Assessments.neckCase;
import static org.knotwise.workbench.bodymap.Assessments.site;

/** The standalone SVG of an assessment: its structure, read as XML (no browser). */
class AssessmentPictureTest {
    private static final KnowledgeBase KB = KnowledgeBase.builtIn();
    private static final String MARKUP = "<script>alert('x')</script> & \"quoted\"";

    private final Case neck = neckCase("neck-1", "left");
    private final Assessment answer = assessment("neck-1",
            List.of(site("shoulder-top", "referral", "upper trapezius"), site("back-of-head", "referral", MARKUP),
                    site("neck-side", "area")),
            List.of(new ExcludedSpot("calf", "NOT_TENDER")), "");

    @Test
    void painRegionsAreColouredSitesNumberedInRankOrderAndExcludedSpotsGreyedWithTheirReason() throws Exception {
        Document svg = parse(BodyMapReport.svg(neck, answer, KB));

        assertThat(regionsWithClass(svg, "pain")).containsExactlyInAnyOrder("temple", "neck-side");
        assertThat(regionsWithClass(svg, "site")).containsExactlyInAnyOrder("shoulder-top", "back-of-head", "neck-side");
        assertThat(regionsWithClass(svg, "excluded")).containsExactly("calf");
        List<Element> numbers = withClass(svg, "site-number");
        assertThat(numbers).extracting(e -> e.getAttribute("data-region")).containsExactly("shoulder-top", "back-of-head", "neck-side");
        assertThat(numbers).extracting(e -> e.getAttribute("data-rank")).containsExactly("1", "2", "3");
        assertThat(numbers).extracting(Element::getTextContent).allMatch(t -> t.contains("."));
        Element calf = region(svg, "calf");
        assertThat(calf.getElementsByTagNameNS(BodyOutline.SVG_NS, "title").item(0).getTextContent())
                .contains("set aside", "not tender");
        assertThat(withClass(svg, "excluded-mark")).extracting(e -> e.getTextContent()).containsExactly(
                "set aside: calf, not tender, so not a trigger point");
    }

    @Test
    void anArrowGoesFromThePainEachSiteExplainsToTheSiteButNotForASiteAtThePain() throws Exception {
        Document svg = parse(BodyMapReport.svg(neck, answer, KB));

        List<Element> arrows = withClass(svg, "arrow");
        assertThat(arrows).extracting(e -> e.getAttribute("data-from") + ">" + e.getAttribute("data-to"))
                .containsExactly("neck-side>shoulder-top", "neck-side>back-of-head");
        assertThat(arrows.get(0).getAttribute("data-view")).isEqualTo("front");
        assertThat(arrows.get(1).getAttribute("data-view")).as("back of the head is only seen from the back").isEqualTo("back");
        assertThat(arrows.get(1).getElementsByTagNameNS(BodyOutline.SVG_NS, "circle").getLength())
                .as("a ring marks the side of the neck, not drawn on the back view").isEqualTo(1);
        assertThat(arrows.get(0).getElementsByTagNameNS(BodyOutline.SVG_NS, "line").getLength()).isEqualTo(1);
        assertThat(arrows.get(0).getElementsByTagNameNS(BodyOutline.SVG_NS, "polygon").getLength()).isEqualTo(1);
    }

    @Test
    void aOneSidedComplaintColoursThatSideOnlyAndDrawsTheArrowsThere() throws Exception {
        Document left = parse(BodyMapReport.svg(neck, answer, KB));
        Document both = parse(BodyMapReport.svg(neckCase("neck-1", "both"), answer, KB));

        assertThat(sidesColoured(left, "temple")).containsExactly("left");
        assertThat(sidesColoured(both, "temple")).containsExactlyInAnyOrder("left", "right");
        double leftArrowX = Double.parseDouble(line(left).getAttribute("x2"));
        double bothArrowX = Double.parseDouble(line(both).getAttribute("x2"));
        assertThat(leftArrowX).as("front view: the person's left is on the viewer's right").isGreaterThan(130);
        assertThat(bothArrowX).isLessThan(130);
    }

    @Test
    void everyTextIsEscapedAndTheFileIsWellFormedXmlWithItsOwnStyle() throws Exception {
        Case weird = new Case(MARKUP, neck.complaint(), List.of(), List.of(), null);
        String file = BodyMapReport.svg(weird, assessment(MARKUP, answer.candidateSites(), answer.excludedSpots(), MARKUP), KB);

        Document svg = parse(file);
        assertThat(file).startsWith("<?xml").doesNotContain("<script").contains("&lt;script&gt;");
        assertThat(svg.getElementsByTagNameNS(BodyOutline.SVG_NS, "script").getLength()).isZero();
        assertThat(svg.getElementsByTagNameNS(BodyOutline.SVG_NS, "style").getLength()).isEqualTo(1);
        assertThat(svg.getDocumentElement().getFirstChild().getTextContent()).contains(MARKUP);
        assertThat(file).doesNotContain("href").doesNotContain("url(");
    }

    @Test
    void aSiteRelatesToItselfWhenItIsAPainRegionElseToTheNearestPainOnTheRegionTree() {
        assertThat(ContractV2Fields.relatesTo(site("neck-side", "area"), neck, KB)).isEqualTo("neck-side");
        assertThat(ContractV2Fields.relatesTo(site("shoulder-top", "referral"), neck, KB)).isEqualTo("neck-side");
        assertThat(ContractV2Fields.relatesTo(site("back-of-head", "referral"), neck, KB)).isEqualTo("neck-side");
        Case wrist = new Case("w", new org.knotwise.engine.model.Complaint(List.of("wrist-back", "calf"), null,
                List.of(), null, null), List.of(), List.of(), null);
        assertThat(ContractV2Fields.relatesTo(site("shoulder-blade", "referral"), wrist, KB)).isEqualTo("wrist-back");
        assertThat(ContractV2Fields.relatesTo(site("buttock", "referral"), wrist, KB)).isEqualTo("calf");
        assertThat(ContractV2Fields.treeDistance(KB, "wrist-back", "forearm-back")).isEqualTo(1);
        assertThat(ContractV2Fields.treeDistance(KB, "temple", "jaw")).isEqualTo(2);
        assertThat(ContractV2Fields.cautions(answer)).as("until contract v2's cautions exist").isEmpty();
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> sidesColoured(Document svg, String region) {
        List<String> sides = new ArrayList<>();
        NodeList shapes = region(svg, region).getChildNodes();
        for (int i = 0; i < shapes.getLength(); i++) {
            if (shapes.item(i) instanceof Element e && e.hasAttribute("data-side") && !e.getAttribute("class").contains("far-side")) {
                sides.add(e.getAttribute("data-side"));
            }
        }
        return sides;
    }

    private static Element line(Document svg) {
        return (Element) withClass(svg, "arrow").get(0).getElementsByTagNameNS(BodyOutline.SVG_NS, "line").item(0);
    }

    static Element region(Document svg, String id) {
        return withClass(svg, "region").stream().filter(e -> e.getAttribute("data-region").equals(id)).findFirst().orElseThrow();
    }

    static List<String> regionsWithClass(Document svg, String cssClass) {
        return withClass(svg, "region").stream().filter(e -> classes(e).contains(cssClass))
                .map(e -> e.getAttribute("data-region")).toList();
    }

    static List<Element> withClass(Document svg, String cssClass) {
        List<Element> out = new ArrayList<>();
        NodeList all = svg.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (classes(e).contains(cssClass)) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<String> classes(Element e) {
        return List.of(e.getAttribute("class").trim().split("\\s+"));
    }
}
