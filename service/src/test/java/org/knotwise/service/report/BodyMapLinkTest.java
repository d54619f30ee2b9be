package org.knotwise.service.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.knotwise.service.KnotwiseService;
import org.knotwise.service.auth.Authenticator;
import org.knotwise.service.cds.CdsEndpoints;
import org.knotwise.service.config.ServiceConfig;
import org.knotwise.service.rules.RuleBaseLoader;
import org.knotwise.service.store.Store;
import org.knotwise.service.support.ApiClient.Answer;
import org.knotwise.service.support.Cases;
import org.knotwise.service.support.TestService;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** CDS cards link to a body-map report of their assessment; the link opens without a JWT, for a while. */
class BodyMapLinkTest {

    static String painReport(String caseJson) {
        return "{\"hook\":\"" + CdsEndpoints.PAIN_REPORT_HOOK + "\",\"hookInstance\":\"0b6a5b0e-5d8e-4a54-9b1e-0d8c1f7e4f11\","
                + "\"context\":{\"userId\":\"Practitioner/1\",\"patientId\":\"p1\",\"case\":" + caseJson + "}}";
    }

    static JsonNode cards(TestService s, String caseJson) {
        Answer a = s.client.post("/cds-services/" + CdsEndpoints.PAIN_REPORT_ID, painReport(caseJson));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json().path("cards");
    }

    /** The regions an SVG draws with a class (pain, site), read from its {@code <g class=.. data-region=..>} elements. */
    static Set<String> regionsMarked(String svg, String cssClass) {
        Set<String> out = new LinkedHashSet<>();
        Matcher g = Pattern.compile("<g\\b[^>]*>").matcher(svg);
        while (g.find()) {
            String tag = g.group();
            Matcher cls = Pattern.compile("class=\"([^\"]*)\"").matcher(tag);
            Matcher region = Pattern.compile("data-region=\"([^\"]*)\"").matcher(tag);
            if (cls.find() && region.find() && Set.of(cls.group(1).split("\\s+")).contains(cssClass)) {
                out.add(region.group(1));
            }
        }
        return out;
    }

    static String path(String url) {
        return URI.create(url).getRawPath();
    }

    @Test
    void everyCardLinksToTheReportWhichShowsTheAssessmentsRegions() throws Exception {
        try (TestService s = TestService.start()) {
            JsonNode cards = cards(s, Cases.WRIST);
            assertThat(cards.size()).isGreaterThan(1);
            String url = cards.get(0).path("links").get(0).path("url").asText();
            for (JsonNode card : cards) {
                assertThat(card.path("links")).hasSize(1);
                JsonNode link = card.path("links").get(0);
                assertThat(link.path("type").asText()).isEqualTo("absolute");
                assertThat(link.path("label").asText()).isNotBlank();
                assertThat(link.path("url").asText()).as("one report for the whole answer").isEqualTo(url);
            }
            // absolute, on the address the client called (no public base URL configured)
            assertThat(url).startsWith(s.service.uri() + "/v1/reports/");
            assertThat(path(url)).matches("/v1/reports/[A-Za-z0-9_-]{43}");

            Answer page = s.client.get(path(url)); // no Authorization header: the token is the credential
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.header("Cache-Control")).isEqualTo("no-store");
            assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'");
            assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(page.body()).contains("Knotwise assessment: wrist-1").contains("<svg");
            assertThat(regionsMarked(page.body(), "pain")).containsExactly("wrist-back");
            assertThat(regionsMarked(page.body(), "site")).contains("forearm-back");

            Answer svg = s.client.get(path(url) + ".svg");
            assertThat(svg.status()).isEqualTo(200);
            assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
            assertThat(svg.header("Cache-Control")).isEqualTo("no-store");
            assertThat(svg.body()).contains("<svg");
            assertThat(regionsMarked(svg.body(), "pain")).containsExactly("wrist-back");
            assertThat(regionsMarked(svg.body(), "site")).contains("forearm-back");
        }
    }

    @Test
    void theLinkUsesThePublicBaseUrlWhenOneIsConfigured() throws Exception {
        ServiceConfig config = TestService.config().withPublicBaseUrl("https://cds.example.org/knotwise/");
        try (TestService s = TestService.start(config, Authenticator.NONE, Store.NONE, null, RuleBaseLoader.PLAIN)) {
            String url = cards(s, Cases.RED_FLAG).get(0).path("links").get(0).path("url").asText();
            assertThat(url).matches("https://cds\\.example\\.org/knotwise/v1/reports/[A-Za-z0-9_-]{43}");
        }
    }

    @Test
    void anUnknownOrMalformedTokenIs404() throws Exception {
        try (TestService s = TestService.start()) {
            String unknown = "/v1/reports/" + "A".repeat(43);
            for (String p : new String[]{unknown, unknown + ".svg", "/v1/reports/nope"}) {
                Answer a = s.client.get(p);
                assertThat(a.status()).as(p).isEqualTo(404);
                assertThat(a.json().path("error").path("code").asText()).isEqualTo("NOT_FOUND");
                assertThat(a.body()).doesNotContain("AAAAAAAA");
            }
        }
    }

    @Test
    void anExpiredReportIs404AndTheCapPushesOutTheOldest() throws Exception {
        ReportStoreTest.TestClock clock = new ReportStoreTest.TestClock();
        ServiceConfig config = TestService.config().withReports(new ServiceConfig.Reports(2, 600L));
        try (TestService s = TestService.start(new KnotwiseService.Parts(config, RuleBaseLoader.PLAIN, null, false,
                Authenticator.NONE, Store.NONE, clock))) {
            String first = path(cards(s, Cases.WRIST).get(0).path("links").get(0).path("url").asText());
            String second = path(cards(s, Cases.PLAN_ONLY).get(0).path("links").get(0).path("url").asText());
            String third = path(cards(s, Cases.NO_PROGRESS).get(0).path("links").get(0).path("url").asText());
            assertThat(s.client.get(first).status()).as("pushed out by the cap of 2").isEqualTo(404);
            assertThat(s.client.get(second).status()).isEqualTo(200);
            assertThat(s.client.get(third).status()).isEqualTo(200);
            clock.advance(Duration.ofSeconds(600));
            assertThat(s.client.get(third).status()).as("expired").isEqualTo(404);
        }
    }

    @Test
    void withNoRoomForReportsCardsCarryNoLink() throws Exception {
        ServiceConfig config = TestService.config().withReports(new ServiceConfig.Reports(0, 600L));
        try (TestService s = TestService.start(config, Authenticator.NONE, Store.NONE, null, RuleBaseLoader.PLAIN)) {
            for (JsonNode card : cards(s, Cases.WRIST)) {
                assertThat(card.has("links")).isFalse();
            }
        }
    }

    @Test
    void thePlainApiAnswersThePictureOrThePageWhenAsked() throws Exception {
        try (TestService s = TestService.start()) {
            Answer svg = s.client.post("/v1/assess?format=svg", Cases.WRIST);
            assertThat(svg.status()).as(svg.body()).isEqualTo(200);
            assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
            assertThat(regionsMarked(svg.body(), "pain")).containsExactly("wrist-back");
            assertThat(regionsMarked(svg.body(), "site")).contains("forearm-back");

            Answer html = s.client.post("/v1/assess?format=html&explain=none", Cases.WRIST);
            assertThat(html.status()).isEqualTo(200);
            assertThat(html.header("Content-Type")).startsWith("text/html");
            assertThat(html.header("Cache-Control")).isEqualTo("no-store");
            assertThat(html.body()).contains("Knotwise assessment: wrist-1");

            Answer json = s.client.post("/v1/assess?format=json", Cases.WRIST);
            assertThat(json.json().path("id").asText()).isEqualTo("wrist-1");

            Answer bad = s.client.post("/v1/assess?format=pdf", Cases.WRIST);
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().path("error").path("field").asText()).isEqualTo("format");
        }
    }
}
