package org.knotwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Vocabulary;
import org.knotwise.workbench.bodymap.BodyMapDrawing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code assess --format html|svg} and the catalogue's body map, rendered by a real browser: every
 * region one element, the right regions coloured, the sites numbered in the assessment's order, a
 * screenshot that is not empty, nothing fetched, text escaped.
 */
class BodyMapIT {
    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    /** Screenshots are kept for people to look at (examples/README.md shows copies). */
    private static final Path SHOTS = Path.of("target", "bodymap").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyExampleRendersItsAssessmentOnTheBodyMap() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> checkExample(p)));
        }
    }

    private void checkExample(Path example) throws Exception {
        String name = example.getFileName().toString().replace(".json", "");
        JsonNode kase = JSON.readTree(example.toFile());
        CliProcess.Result json = CliProcess.run(dir, null, "assess", example.toString(), "--format", "json");
        assertThat(json.exitCode()).as(json.stderr()).isZero();
        JsonNode assessment = JSON.readTree(json.stdout());
        List<String> pains = texts(kase.path("complaint").path("regions"), null);
        List<String> sites = texts(assessment.path("candidateSites"), "region");
        List<String> excluded = texts(assessment.path("excludedSpots"), "region");

        Path html = dir.resolve(name + ".html");
        CliProcess.Result r = CliProcess.run(dir, null, "assess", example.toString(), "--format", "html", "--output", html.toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).as("the page goes to the file, not to stdout").isEmpty();

        Document page = Jsoup.parse(HeadlessBrowser.dumpDom(html.toUri().toString()));
        for (String region : Vocabulary.REGIONS) {
            assertThat(page.select("#region-" + region)).as("element region-" + region).hasSize(1);
            assertThat(page.select("[data-region=" + region + "].region")).hasSize(1);
        }
        assertThat(page.select("g.region.pain").eachAttr("data-region")).containsExactlyInAnyOrderElementsOf(pains);
        assertThat(page.selectFirst("li.key-pain").text()).contains(kase.path("complaint").path("side").asText(""));
        assertThat(page.select("g.region.site").eachAttr("data-region")).containsExactlyInAnyOrderElementsOf(sites);
        assertThat(page.select("g.site-number").eachAttr("data-region")).containsExactlyElementsOf(sites);
        List<String> ranks = IntStream.rangeClosed(1, sites.size()).mapToObj(String::valueOf).toList();
        assertThat(page.select("g.site-number").eachAttr("data-rank")).containsExactlyElementsOf(ranks);
        assertThat(page.select("g.site-number > text").eachText()).as("the numbers shown").containsExactlyElementsOf(ranks);
        assertThat(page.select("ol.sites li").eachAttr("data-region")).containsExactlyElementsOf(sites);
        assertThat(page.select("g.excluded-mark").eachAttr("data-region")).containsExactlyElementsOf(excluded);
        assertThat(page.select("ul.excluded li").eachAttr("data-reason"))
                .containsExactlyElementsOf(texts(assessment.path("excludedSpots"), "reason"));
        assertThat(page.selectFirst("#attention").text()).contains(assessment.path("selfCare").asBoolean()
                ? "Self-massage: worth trying" : "Self-massage: no");
        assertThat(page.select("details#explanation li")).hasSizeGreaterThanOrEqualTo(assessment.path("explanation").size());
        assertThat(page.select("script, [src], link[href]")).as("self-contained").isEmpty();
        assertThat(BrowserPictures.pageRequests(html)).as("requests the page made").isEmpty();

        BufferedImage shot = BrowserPictures.screenshot(html, SHOTS.resolve(name + ".png"), 1000, 1000);
        assertThat(shot.getWidth()).isEqualTo(1000);
        assertThat(shot.getHeight()).isEqualTo(1000);
        assertThat(inked(shot)).as("share of the page that is not white").isGreaterThan(0.08);

        // The picture alone, so the legend's swatches cannot stand in for coloured regions.
        Path svg = dir.resolve(name + ".svg");
        assertThat(CliProcess.run(dir, null, "assess", example.toString(), "--format", "svg", "--output", svg.toString())
                .exitCode()).isZero();
        Document picture = Jsoup.parse(Files.readString(svg), "", Parser.xmlParser());
        assertThat(picture.select("svg > g.regions > g.region")).hasSize(Vocabulary.REGIONS.size());
        assertThat(picture.select("g.region.pain").eachAttr("data-region")).containsExactlyInAnyOrderElementsOf(pains);
        assertThat(picture.select("g.site-number").eachAttr("data-region")).containsExactlyElementsOf(sites);
        BufferedImage alone = BrowserPictures.screenshot(svg, SHOTS.resolve(name + "-map.png"), 520, 560);
        assertThat(BrowserPictures.pixelsNear(alone, BodyMapDrawing.PAIN_COLOUR, 12)).as("pain-coloured pixels").isGreaterThan(40);
        int siteInk = BrowserPictures.pixelsNear(alone, BodyMapDrawing.SITE_COLOUR, 12);
        if (sites.stream().anyMatch(s -> !pains.contains(s))) {
            assertThat(siteInk).as("site-coloured pixels").isGreaterThan(40);
        } else if (sites.isEmpty()) {
            assertThat(siteInk).as("no site, no site colour").isLessThan(5);
        }
        assertThat(BrowserPictures.pixelsNear(alone, BodyMapDrawing.ARROW_COLOUR, 20) > 20)
                .as("numbers and arrows drawn").isEqualTo(!sites.isEmpty());
    }

    @Test
    void thePageEscapesTextAndTheFetchCheckCatchesAPageThatFetches() throws Exception {
        String id = "<script>document.title='pwned'</script><img src=http://127.0.0.1:9/x.png>";
        Files.writeString(dir.resolve("case.json"), JSON.writeValueAsString(JSON.createObjectNode().put("id", id)
                .set("complaint", JSON.readTree("{\"regions\":[\"calf\",\"jaw\"],\"side\":\"right\"}"))));
        CliProcess.Result r = CliProcess.run(dir, null, "assess", "case.json", "--format", "html", "--output", "page.html");
        assertThat(r.exitCode()).as(r.stderr()).isZero();

        Document page = Jsoup.parse(HeadlessBrowser.dumpDom(dir.resolve("page.html").toUri().toString()));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Knotwise assessment: " + id);
        assertThat(page.title()).isEqualTo("Knotwise body map: " + id);
        assertThat(page.select("script, img, [src]")).isEmpty();
        assertThat(BrowserPictures.pageRequests(dir.resolve("page.html"))).isEmpty();

        // The same check on a page that does fetch: it must see the request.
        Path fetching = dir.resolve("fetching.html");
        Files.writeString(fetching, "<!DOCTYPE html><p>x</p><img src=\"http://127.0.0.1:9/x.png\">");
        assertThat(BrowserPictures.pageRequests(fetching)).containsExactly("http://127.0.0.1:9/x.png");
    }

    @Test
    void theCatalogueDrawsTheRegionTreeOnTheBodyAndTheMapRowsPerRegion() throws Exception {
        CliProcess.Result r = CliProcess.run(dir, null, "rules", "catalogue", "--output", "review");
        assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isZero();
        assertThat(r.stdout()).contains("bodymap.html");
        KnowledgeBase kb = KnowledgeBase.builtIn();
        Path bodymap = dir.resolve("review/bodymap.html");

        Document page = Jsoup.parse(HeadlessBrowser.dumpDom(bodymap.toUri().toString()));
        for (String region : Vocabulary.REGIONS) {
            assertThat(page.select("#region-" + region)).as(region).hasSize(1);
            Element rows = page.getElementById("pain-" + region);
            assertThat(rows).as("section for " + region).isNotNull();
            assertThat(rows.select("tr.referral")).hasSize(kb.referralsTo(region).size());
        }
        List<String> steps = new ArrayList<>();
        kb.regions().values().stream().filter(x -> x.towardCentre() != null).forEach(x -> steps.add(x.id() + ">" + x.towardCentre()));
        assertThat(page.select("g.tree-arrow").stream().map(e -> e.attr("data-from") + ">" + e.attr("data-to")).toList())
                .containsExactlyInAnyOrderElementsOf(steps);
        assertThat(BrowserPictures.pageRequests(bodymap)).isEmpty();
        Document index = Jsoup.parse(dir.resolve("review/index.html").toFile());
        assertThat(index.select("a[href=bodymap.html]")).hasSize(1);

        BufferedImage shot = BrowserPictures.screenshot(bodymap, SHOTS.resolve("catalogue-region-tree.png"), 1000, 900);
        assertThat(BrowserPictures.pixelsNear(shot, "#8a5a00", 16)).as("arrow pixels").isGreaterThan(300);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asText() : n.path(field).asText()));
        return out;
    }

    private static double inked(BufferedImage image) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    n++;
                }
            }
        }
        return (double) n / ((long) image.getWidth() * image.getHeight());
    }
}
