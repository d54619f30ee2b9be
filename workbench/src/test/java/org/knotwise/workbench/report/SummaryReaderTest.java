package org.knotwise.workbench.report;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report's sums, from hand-written output lines of contract v1 and v2. */
class SummaryReaderTest {

    static final String V2_CLOT = """
            {"id":"a","selfCare":false,"candidateSites":[],"excludedSpots":[],"adjustments":[],"failureReasons":[],\
            "professional":{"recommended":true,"urgency":"urgent","reasons":["POSSIBLE_CLOT"],"advice":["x"]},\
            "cautions":[{"code":"POSSIBLE_CLOT","message":"m","source":"s"}],"expectations":[],"explanation":[{"rule":"r"}]}""";
    static final String V2_SELF_CARE = """
            {"id":"b","selfCare":true,"candidateSites":[{"region":"forearm-back","relatesTo":"wrist-back","confidence":"high",\
            "rules":["x"]},{"region":"upper-arm-back","relatesTo":"wrist-back","confidence":"low"}],\
            "technique":{"method":"KNEADING","tools":["thumb"]},"adjustments":[{"code":"REDUCE_INTENSITY","message":"m"},\
            {"code":"MORE_OFTEN","message":"m"}],"failureReasons":[{"code":"TOO_INTENSE","message":"m"}],\
            "professional":{"recommended":false,"urgency":"none","reasons":[],"advice":[]},\
            "cautions":[{"code":"NERVE_SYMPTOMS","message":"m","source":"s"},{"code":"NERVE_SYMPTOMS","region":"x","message":"m","source":"s"}],\
            "expectations":["e"],"explanation":[]}""";
    static final String V2_EMERGENCY = """
            {"id":"c","selfCare":false,"candidateSites":[],"professional":{"recommended":true,"urgency":"emergency",\
            "reasons":["RED_FLAG"],"advice":[]},"cautions":[],"adjustments":[],"failureReasons":[]}""";
    /** Contract v1: no relatesTo, no cautions. */
    static final String V1_ROUTINE = """
            {"id":"d","selfCare":true,"candidateSites":[{"region":"calf","confidence":"medium"}],\
            "adjustments":[],"failureReasons":[],"professional":{"recommended":true,"urgency":"routine",\
            "reasons":["NO_PROGRESS","NO_PROGRESS"],"advice":[]}}""";

    static String error(long line, String code) {
        return "{\"id\":null,\"line\":" + line + ",\"error\":{\"code\":\"" + code + "\",\"field\":null,\"message\":\"m\"}}";
    }

    static InputStream text(List<String> lines) {
        return new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void countsEveryKindOfResultOnce() throws IOException {
        Summary s = SummaryReader.read(text(List.of(V2_CLOT, V2_SELF_CARE, error(3, "MALFORMED_JSON"), V2_EMERGENCY,
                V1_ROUTINE, error(6, "UNKNOWN_REGION"), error(7, "MALFORMED_JSON"))), null);

        assertThat(s.lines()).isEqualTo(7);
        assertThat(s.assessed()).isEqualTo(4);
        assertThat(s.errorLines()).isEqualTo(3);
        assertThat(s.errors().counts().count("MALFORMED_JSON")).isEqualTo(2);
        assertThat(s.errors().firstLines("MALFORMED_JSON")).containsExactly(3L, 7L);
        assertThat(s.errors().firstLines("UNKNOWN_REGION")).containsExactly(6L);
        assertThat(s.outcomes().count("professional")).isEqualTo(1);
        assertThat(s.outcomes().count("self-care")).isEqualTo(1);
        assertThat(s.outcomes().count("red-flag")).isEqualTo(1);
        assertThat(s.outcomes().count("self-care-and-professional")).isEqualTo(1);
        assertThat(s.urgency().inOrder(Summary.URGENCY_ORDER)).extracting(e -> e.getKey() + "=" + e.getValue())
                .containsExactly("none=1", "routine=1", "urgent=1", "emergency=1");
        assertThat(s.topSites().byCount()).extracting(e -> e.getKey() + "=" + e.getValue())
                .containsExactly("calf=1", "forearm-back=1");
        assertThat(s.relatesTo("forearm-back").count("wrist-back")).isEqualTo(1);
        assertThat(s.relatesTo("calf").count(Summary.NOT_STATED)).as("v1 output has no relatesTo").isEqualTo(1);
        assertThat(s.confidence().count("high")).isEqualTo(1);
        assertThat(s.confidence().count("medium")).isEqualTo(1);
        assertThat(s.confidence().count("low")).as("only the top site counts").isZero();
        assertThat(s.cautions().count("NERVE_SYMPTOMS")).as("once per case").isEqualTo(1);
        assertThat(s.cautions().count("POSSIBLE_CLOT")).isEqualTo(1);
        assertThat(s.withCautionsField()).isEqualTo(3);
        assertThat(s.adjustments().byCount()).hasSize(2);
        assertThat(s.failureReasons().count("TOO_INTENSE")).isEqualTo(1);
        assertThat(s.professionalReasons().count("NO_PROGRESS")).isEqualTo(1);
    }

    @Test
    void keepsOnlyTheFirstFewLineNumbersPerCode() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            lines.add(error(i, "OUT_OF_RANGE"));
        }
        Summary s = SummaryReader.read(text(lines), null);
        assertThat(s.errors().counts().count("OUT_OF_RANGE")).isEqualTo(100);
        assertThat(s.errors().firstLines("OUT_OF_RANGE")).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aTallyKeepsBoundedKeysAndCountsTheRestAsOthers() {
        Tally t = new Tally(3);
        for (int i = 0; i < 1000; i++) {
            t.add("k" + (i % 10));
        }
        assertThat(t.size()).isEqualTo(3);
        assertThat(t.total()).isEqualTo(1000);
        assertThat(t.others()).isEqualTo(700);
        assertThat(Chart.capped(t)).extracting(e -> e.getKey() + "=" + e.getValue())
                .containsExactly("k0=100", "k1=100", "k2=100", Chart.MORE + "=700");
    }

    @Test
    void withTheInputTheResultsAreBrokenDownByPainRegionAndSeverity() throws IOException {
        List<String> input = List.of(
                "{\"id\":\"a\",\"complaint\":{\"regions\":[\"calf\",\"knee-back\",\"calf\"],\"severity\":7}}",
                "{\"id\":\"b\",\"complaint\":{\"regions\":[\"wrist-back\"],\"severity\":7}}",
                "{\"id\":",
                "{\"id\":\"c\",\"complaint\":{\"regions\":[\"calf\"]},\"redFlags\":[\"chest-pain\"]}");
        Summary s = SummaryReader.read(text(List.of(V2_CLOT, V2_SELF_CARE, error(3, "MALFORMED_JSON"), V2_EMERGENCY)),
                text(input));

        Slice calf = s.byRegion().slice("calf");
        assertThat(calf.cases()).as("a case names calf twice: it counts once").isEqualTo(2);
        assertThat(calf.outcomes().count("professional")).isEqualTo(1);
        assertThat(calf.outcomes().count("red-flag")).isEqualTo(1);
        assertThat(calf.urgency().count("emergency")).isEqualTo(1);
        assertThat(s.byRegion().slice("knee-back").cases()).isEqualTo(1);
        assertThat(s.byRegion().slice("wrist-back").topSites().top()).isEqualTo("forearm-back");
        assertThat(s.byRegion().slice(CaseFacts.UNREADABLE).errors()).isEqualTo(1);
        assertThat(s.bySeverity().slice("7").cases()).isEqualTo(2);
        assertThat(s.bySeverity().slice(CaseFacts.NOT_GIVEN).cases()).isEqualTo(1);
        assertThat(s.bySeverity().inOrder(CaseFacts.SEVERITY_ORDER)).extracting(e -> e.getKey())
                .containsExactly("7", CaseFacts.NOT_GIVEN, CaseFacts.UNREADABLE);
    }

    @Test
    void anInputThatDoesNotLineUpWithTheOutputIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> SummaryReader.read(text(List.of(V2_CLOT, V2_SELF_CARE)),
                text(List.of("{\"id\":\"a\"}"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> SummaryReader.read(text(List.of(V2_CLOT, error(5, "MISSING_FIELD"))),
                text(List.of("{}", "{}"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("output line 2 is the error of input line 5");
        assertThatThrownBy(() -> SummaryReader.read(text(List.of(V2_CLOT)), text(List.of("{}", "{}"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more lines");
    }

    @Test
    void anUnreadableOutputLineIsCountedAndNamedNotFatal() throws IOException {
        List<String> told = new ArrayList<>();
        Summary s = SummaryReader.read(text(List.of(V2_CLOT, "not json", "{\"selfCare\":true}", V1_ROUTINE)), null, told::add);
        assertThat(s.lines()).isEqualTo(4);
        assertThat(s.assessed()).isEqualTo(2);
        assertThat(s.unreadable()).isEqualTo(2);
        assertThat(s.firstUnreadable()).containsExactly(2L, 3L);
        assertThat(told).hasSize(2).first().asString().startsWith("output line 2 ");
    }

    @Test
    void bothPagesShowEveryCountAndEscapeWhatTheyShow() throws IOException {
        Summary s = SummaryReader.read(text(List.of(V2_SELF_CARE, error(2, "<b>ODD</b>"))), null);
        String html = ReportHtml.render(s, "T & <i>");
        assertThat(html).contains("<title>T &amp; &lt;i&gt;</title>")
                .contains("data-key=\"&lt;b&gt;ODD&lt;/b&gt;\" data-count=\"1\"")
                .doesNotContain("<b>ODD")
                .doesNotContain("<script").doesNotContain(" src=");
        for (Chart c : Chart.of(s)) {
            assertThat(html).contains("id=\"chart-" + c.id() + "\"");
        }
        String md = ReportMarkdown.render(s, "T");
        // codes in words: a correction by what to do, an error code no list knows in plain lower case
        assertThat(md).contains("| press less hard | 1 | 100.0% |").contains("| forearm-back | 1 | 100.0% |")
                .contains("wrist-back 1").contains("| &lt;b>odd&lt;/b> | 1 | 50.0% |").doesNotContain("REDUCE_INTENSITY");
    }

    @Test
    void summariesOfPartsMergeIntoTheSummaryOfTheWhole() throws IOException {
        List<String> out = List.of(V2_CLOT, V2_SELF_CARE, error(3, "MALFORMED_JSON"), V2_EMERGENCY, V1_ROUTINE,
                error(6, "MALFORMED_JSON"), error(7, "MALFORMED_JSON"), error(8, "MALFORMED_JSON"),
                error(9, "MALFORMED_JSON"), error(10, "MALFORMED_JSON"), error(11, "MALFORMED_JSON"));
        List<String> in = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            in.add("{\"complaint\":{\"regions\":[\"r" + (i % 3) + "\"],\"severity\":" + (i % 4) + "}}");
        }
        Summary whole = SummaryReader.read(text(out), text(in));
        Summary first = summaryOf(out.subList(0, 4), in.subList(0, 4), 1);
        Summary second = summaryOf(out.subList(4, out.size()), in.subList(4, in.size()), 5);
        // merged in the "wrong" order: the first line numbers still come out smallest first
        Summary merged = second.merge(first);
        assertThat(ReportMarkdown.render(merged, "T")).isEqualTo(ReportMarkdown.render(whole, "T"));
        assertThat(merged.errors().firstLines("MALFORMED_JSON")).containsExactly(3L, 6L, 7L, 8L, 9L);
    }

    private static Summary summaryOf(List<String> out, List<String> in, long firstLine) throws IOException {
        Summary s = new Summary(true);
        for (int i = 0; i < out.size(); i++) {
            s.add(firstLine + i, OutputFacts.parse(out.get(i)), CaseFacts.of(in.get(i)));
        }
        return s;
    }
}
