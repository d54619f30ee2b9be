package org.knotwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.Coded;
import org.knotwise.engine.model.ErrorCode;
import org.knotwise.engine.model.InvalidCaseException;
import org.knotwise.engine.rulebase.BuiltInRules;
import org.knotwise.kb.Vocabulary;
import org.knotwise.workbench.bodymap.BodyMapReport;
import org.knotwise.workbench.bodymap.CodeWords;
import org.knotwise.workbench.gate.GoldenScenarios;
import org.knotwise.workbench.report.ReportHtml;
import org.knotwise.workbench.report.SummaryReader;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages people read say what the advice means in words, never as a code: the body-map report
 * ({@code assess --format html}) and the summary report ({@code report}), rendered for every case of the built-in
 * rules' scenarios, among them cases that give every professional reason and every caution. A code may stay in a
 * tooltip or an attribute, or in a small code element after the words it stands for.
 */
class PatientPagesWordsTest {

    /** The contract's professional reasons (§2, §7.6, §7.7, §8.3-§8.5). */
    private static final List<String> REASONS = List.of("RED_FLAG", "NO_PROGRESS", "BRUTAL_THERAPY", "WORSENING",
            "LONG_STANDING", "POSSIBLE_CLOT", "ARTERITIS_RISK", "MEDICAL_CHECK", "HARD_TO_REACH", "HEART_SIGNS",
            "SUDDEN_SEVERE", "SUDDEN_ABDOMINAL", "PREGNANCY_CHECK", "BAD_REACTIONS", "CHILD");

    private static final Map<Case, Assessment> assessed = new LinkedHashMap<>();
    private static final Set<String> codes = new TreeSet<>();

    @BeforeAll
    static void assessEveryScenarioCase() {
        Knotwise engine = Knotwise.builtIn();
        List<JsonNode> cases = new ArrayList<>();
        BuiltInRules.testScenarios().values().forEach(text -> text.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("//")).map(KnotwiseJson::parse)
                .filter(n -> n.path("case").isObject()).forEach(n -> cases.add(n.get("case"))));
        GoldenScenarios.read().stream().filter(s -> s.caseNode() != null).forEach(s -> cases.add(s.caseNode()));
        for (JsonNode node : cases) {
            Case c;
            Assessment a;
            try {
                c = KnotwiseJson.readCase(node);
                a = engine.assess(c);
            } catch (InvalidCaseException e) {
                continue; // the scenarios of input errors
            }
            assessed.put(c, a);
            codes.addAll(a.professional().reasons());
            codes.addAll(a.cautionCodes());
            a.adjustments().stream().map(Coded::code).forEach(codes::add);
            a.failureReasons().stream().map(Coded::code).forEach(codes::add);
            a.excludedSpots().forEach(e -> codes.add(e.reason()));
        }
        Stream.of(ErrorCode.values()).map(Enum::name).forEach(codes::add);
    }

    @Test
    void theCasesGiveEveryProfessionalReasonAndEveryCaution() {
        assertThat(codes).containsAll(REASONS).containsAll(Vocabulary.CAUTIONS);
        assertThat(codes).filteredOn(c -> REASONS.contains(c)).allMatch(CodeWords::knowsReason);
        assertThat(codes).filteredOn(c -> Vocabulary.CAUTIONS.contains(c) || Vocabulary.MUSCLE_CAUTIONS.contains(c))
                .allMatch(CodeWords::knowsCaution);
    }

    @Test
    void theBodyMapReportShowsNoCodeBare() {
        Set<List<String>> seen = new java.util.HashSet<>();
        for (Map.Entry<Case, Assessment> e : assessed.entrySet()) {
            if (!seen.add(signature(e.getValue()))) {
                continue; // a page per combination of codes is enough, and rendering each takes a while
            }
            String page = BodyMapReport.html(e.getKey(), e.getValue(), Knotwise.builtIn().ruleBase().knowledgeBase());
            assertThat(bare(page)).as("codes shown bare on the body-map page of %s", e.getKey().id()).isEmpty();
        }
    }

    @Test
    void theSummaryReportShowsNoCodeBare() throws Exception {
        StringBuilder output = new StringBuilder();
        assessed.values().forEach(a -> output.append(KnotwiseJson.write(a)).append('\n'));
        output.append("{\"id\":\"bad\",\"line\":1,\"error\":{\"code\":\"UNKNOWN_REGION\",\"field\":\"complaint.regions[0]\",\"message\":\"m\"}}\n");

        var summary = SummaryReader.read(new ByteArrayInputStream(output.toString().getBytes(StandardCharsets.UTF_8)), null);
        String page = ReportHtml.render(summary, "Summary");

        assertThat(bare(page)).isEmpty();
        assertThat(page).contains("signs of a possible blood clot").contains("an unknown body region <code>UNKNOWN_REGION</code>");
    }

    private static List<String> signature(Assessment a) {
        List<String> all = new ArrayList<>(a.professional().reasons());
        all.addAll(a.cautionCodes());
        a.adjustments().forEach(c -> all.add(c.code()));
        a.failureReasons().forEach(c -> all.add(c.code()));
        a.excludedSpots().forEach(x -> all.add(x.reason()));
        all.add(String.valueOf(a.selfCare()));
        return all.stream().sorted().toList();
    }

    /** The codes a page shows as text: not in attributes, nor in a code element after the words it stands for. */
    private static List<String> bare(String html) {
        Document d = Jsoup.parse(html);
        for (Element code : d.select("code, .code")) {
            String words = CodeWords.any(code.text());
            if (words != null && code.parent().ownText().contains(words)) {
                code.remove();
            }
        }
        String text = d.text();
        return codes.stream().filter(c -> Pattern.compile("(?<![A-Za-z_])" + c + "(?![A-Za-z_])").matcher(text).find()).toList();
    }
}
