package org.knotwise.workbench.bodymap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.ExcludedSpot;
import org.knotwise.engine.model.Professional;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Vocabulary;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwise.workbench.bodymap.Assessments.assessment;
import static org.knotwise.workbench.bodymap.Assessments.neckCase;
import static org.knotwise.workbench.bodymap.Assessments.site;

/** The HTML page of an assessment, read as a static document (the browser tests are in cli). */
class BodyMapReportTest {
    private static final KnowledgeBase KB = KnowledgeBase.builtIn();
    private static final String MARKUP = "<img src=x onerror=alert(1)><script>alert(2)</script>";

    private final Case neck = neckCase("neck-1", null);
    private final Assessment answer = assessment("neck-1",
            List.of(site("shoulder-top", "referral", "upper trapezius"), site("neck-side", "area")),
            List.of(new ExcludedSpot("calf", "BUMP_ONLY")), "");

    @Test
    void thePageGoesFromCautionsToMapToPlanToCorrectionsToExpectationsWithTheExplanationFolded() {
        Document page = Jsoup.parse(BodyMapReport.html(neck, answer, KB));

        List<String> order = page.select("#attention, #body-map, #plan, #corrections, #expectations, #explanation")
                .eachAttr("id");
        assertThat(order).containsExactly("attention", "body-map", "plan", "corrections", "expectations", "explanation");
        assertThat(page.selectFirst("#explanation").tagName()).isEqualTo("details");
        assertThat(page.selectFirst("#explanation").hasAttr("open")).isFalse();
        assertThat(page.select("#attention .advice li").eachText()).containsExactly("Find a gentler therapist");
        assertThat(page.select("#body-map ol.sites li").eachAttr("data-region")).containsExactly("shoulder-top", "neck-side");
        assertThat(page.select("#body-map ol.sites li").first().text()).contains("for the pain at neck side");
        assertThat(page.select("#body-map ul.excluded li").eachText()).containsExactly("calf: only a bump or twitch, which is no evidence");
        assertThat(page.select("#plan li").eachText()).contains("Press 4 to 7 out of 10, gently at first: satisfying, never brutal.");
        assertThat(page.select("#corrections li").eachAttr("data-code")).containsExactly("REDUCE_INTENSITY", "TOO_INTENSE");
        for (String region : Vocabulary.REGIONS) {
            assertThat(page.select("#region-" + region)).as(region).hasSize(1);
        }
    }

    @Test
    void thePageIsSelfContainedAndEscapesEveryText() {
        Case weird = new Case(MARKUP, neck.complaint(), List.of(), List.of(), null);
        String html = BodyMapReport.html(weird, assessment(MARKUP,
                List.of(site("shoulder-top", "referral", MARKUP)), List.of(new ExcludedSpot("calf", MARKUP)), MARKUP), KB);
        Document page = Jsoup.parse(html);

        assertThat(page.select("script, img, link, iframe, object, embed, [src], [href], [onerror]")).isEmpty();
        assertThat(html).doesNotContain("url(").doesNotContain("@import").doesNotContain("<script");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Knotwise assessment: " + MARKUP);
        assertThat(page.title()).isEqualTo("Knotwise body map: " + MARKUP);
        assertThat(page.select("#corrections li").eachText()).allMatch(t -> t.endsWith(MARKUP));
        assertThat(page.select("#expectations li").text()).endsWith(MARKUP);
        assertThat(page.select("#explanation li").text()).contains(MARKUP);
        assertThat(page.select("#body-map ul.excluded li").text()).contains(MARKUP);
        assertThat(page.select("#body-map ol.sites li").text()).contains(MARKUP);
    }

    @Test
    void noSelfCareSaysSoFirstAndShowsNoPlan() {
        Assessment stop = new Assessment("red", false, List.of(), List.of(), null, List.of(), List.of(),
                new Professional(true, "emergency", List.of("RED_FLAG"), List.of("Go to emergency care now.")),
                List.of(), List.of(), List.of(), List.of(), List.of(), null);
        Document page = Jsoup.parse(BodyMapReport.html(neckCase("red", null), stop, KB));

        Element box = page.selectFirst("#attention");
        assertThat(box.className()).isEqualTo("attention");
        assertThat(box.selectFirst(".verdict").text()).isEqualTo("Self-massage: no. Get emergency care now.");
        assertThat(box.select(".advice li").eachText()).containsExactly("Go to emergency care now.");
        assertThat(page.select("#plan, #corrections, #expectations, .site-number, .arrow")).isEmpty();
        assertThat(page.select("g.region.pain").eachAttr("data-region")).containsExactlyInAnyOrder("temple", "neck-side");
    }

    @Test
    void theRegionTreePageDrawsEveryStepTowardTheCentreAndListsTheMapRowsPerRegion() {
        Document page = Jsoup.parse(RegionTreePage.html(KB, "tree <b>"));

        long steps = KB.regions().values().stream().filter(r -> r.towardCentre() != null).count();
        assertThat(page.select("g.tree-arrow")).hasSize((int) steps);
        assertThat(page.select("g.tree-arrow[data-from=wrist-back]").attr("data-to")).isEqualTo("forearm-back");
        assertThat(page.select("section.pain-region")).hasSize(KB.regions().size());
        assertThat(page.select("tr.referral")).hasSize(KB.referrals().size());
        assertThat(page.select("#pain-wrist-back tr.referral")).hasSize(KB.referralsTo("wrist-back").size());
        assertThat(page.selectFirst("h1").text()).isEqualTo("tree <b>");
        assertThat(page.select("script, [src]")).isEmpty();
        assertThat(page.select("[href]").eachAttr("href")).containsOnly("index.html");
    }
}
