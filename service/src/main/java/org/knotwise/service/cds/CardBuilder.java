package org.knotwise.service.cds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.knotwise.engine.rulebase.RuleBaseMessages;
import org.knotwise.engine.text.EngineTexts;
import org.knotwise.engine.text.Messages;
import org.knotwise.engine.text.PageTexts;
import org.knotwise.engine.text.Text;
import org.knotwise.service.http.Json;
import org.knotwise.service.rules.RuleBaseFacts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns an assessment (the contract's JSON) into CDS Hooks cards, most pressing first:
 * <ul>
 * <li>{@code critical}: professional help {@code urgent} or {@code emergency} (a red flag, a possible
 *     clot, arteritis risk), with the cautions behind it;</li>
 * <li>{@code warning}: a routine professional reason, each other caution, the corrections of what was tried;</li>
 * <li>{@code info}: the self-massage plan.</li>
 * </ul>
 * Reads the assessment as a JSON tree, so fields the contract adds (cautions, urgency
 * {@code emergency}) are used when present and nothing breaks when they are not.
 */
public final class CardBuilder {
    public static final String ARTICLE_URL = "https://www.painscience.com/articles/self-massage.php";
    static final String ARTICLE = "Ingraham, Basic Self-Massage Tips for Myofascial Trigger Points";
    static final int MAX_SUMMARY = 139;
    /** Cautions that make the answer urgent: shown on the critical card, not as warnings of their own. */
    private static final Set<String> URGENT_CAUTIONS = Set.of("POSSIBLE_CLOT", "ARTERITIS_RISK");

    private final Map<String, String> phaseByRule;
    /** The cards' own words (headings, codes in words), in the language of the assessment's texts. */
    private final Messages words;

    /** Cards in English. */
    public CardBuilder(List<RuleBaseFacts.RuleSummary> rules) {
        this(rules, RuleBaseMessages.builtIn().english());
    }

    public CardBuilder(List<RuleBaseFacts.RuleSummary> rules, Messages words) {
        this.phaseByRule = rules.stream().collect(Collectors.toMap(RuleBaseFacts.RuleSummary::id,
                r -> r.phase() == null ? "" : r.phase(), (a, b) -> a));
        this.words = words;
    }

    private String t(String key, Object... namesAndValues) {
        return words.format(Text.of(key, namesAndValues));
    }

    /** A code in words ({@code card.basis.palpated}); a code the message files do not know, as it is. */
    private String code(String prefix, String code, String otherwise) {
        String key = prefix + code;
        return words.knows(key) ? t(key) : otherwise;
    }

    public ArrayNode cards(JsonNode a) {
        ArrayNode cards = Json.mapper().createArrayNode();
        JsonNode pro = a.path("professional");
        String urgency = pro.path("urgency").asText("none");
        List<String> reasons = texts(pro.path("reasons"));
        Set<String> onCritical = new HashSet<>();
        if (urgency.equals("urgent") || urgency.equals("emergency") || reasons.contains("RED_FLAG")) {
            cards.add(critical(a, urgency, reasons, onCritical));
        } else if (urgency.equals("routine")) {
            cards.add(card("warning", t(PageTexts.CARD_ROUTINE_SUMMARY, "reasons", words(reasons)),
                    bullets(texts(pro.path("advice"))), source(a, "professional")));
        }
        for (JsonNode caution : a.path("cautions")) {
            String code = caution.path("code").asText();
            if (!onCritical.contains(code)) {
                cards.add(card("warning", t(PageTexts.CARD_CAUTION_SUMMARY, "sentence",
                                firstSentence(caution.path("message").asText(words(List.of(code))))),
                        caution.path("message").asText(""), cautionSource(caution)));
            }
        }
        List<String> corrections = new ArrayList<>();
        a.path("failureReasons").forEach(c -> corrections.add(t(PageTexts.CARD_FAILURE, "text", c.path("message").asText())));
        a.path("adjustments").forEach(c -> corrections.add(t(PageTexts.CARD_CHANGE, "text", c.path("message").asText())));
        if (!corrections.isEmpty()) {
            cards.add(card("warning", t(PageTexts.CARD_CORRECTIONS_SUMMARY, "count", corrections.size()),
                    bullets(corrections), source(a, "history")));
        }
        if (a.path("selfCare").asBoolean(false) && a.path("technique").isObject()) {
            cards.add(plan(a, reasons));
        }
        return cards;
    }

    private ObjectNode critical(JsonNode a, String urgency, List<String> reasons, Set<String> onCritical) {
        boolean emergency = urgency.equals("emergency");
        StringBuilder detail = new StringBuilder(t(emergency ? PageTexts.CARD_EMERGENCY_DETAIL : PageTexts.CARD_TODAY_DETAIL))
                .append("\n\n");
        for (JsonNode caution : a.path("cautions")) {
            String code = caution.path("code").asText();
            if (URGENT_CAUTIONS.contains(code) || emergency) {
                onCritical.add(code);
                detail.append("- ").append(caution.path("message").asText()).append('\n');
            }
        }
        detail.append(bullets(texts(a.path("professional").path("advice"))));
        String summary = t(emergency ? PageTexts.CARD_EMERGENCY_SUMMARY : PageTexts.CARD_TODAY_SUMMARY, "reasons", words(reasons));
        ObjectNode card = card("critical", summary, detail.toString().strip(), source(a, "safety"));
        return card;
    }

    private ObjectNode plan(JsonNode a, List<String> reasons) {
        JsonNode top = a.path("candidateSites").path(0);
        String where = top.isMissingNode() ? t(PageTexts.CARD_AROUND_THE_PAIN)
                : t(PageTexts.CARD_START_AT, "site", region(top) + muscles(top));
        StringBuilder d = new StringBuilder(t(PageTexts.CARD_WHERE_TO_LOOK)).append("\n\n");
        int n = 0;
        for (JsonNode site : a.path("candidateSites")) {
            if (++n > 5) {
                break;
            }
            String basis = site.path("basis").asText();
            String confidence = site.path("confidence").asText();
            d.append(t(PageTexts.CARD_SITE, "n", String.valueOf(n), "site", region(site) + muscles(site),
                    "basis", code(PageTexts.BASIS, basis, basis),
                    "confidence", code(PageTexts.CONFIDENCE, confidence, confidence))).append('\n');
        }
        JsonNode t = a.path("technique");
        String method = t.path("method").asText();
        String strokes = t.path("strokes").asText();
        JsonNode intensity = t.path("intensity");
        d.append('\n').append(t(PageTexts.CARD_HOW,
                "method", code(PageTexts.METHOD, method, method.toLowerCase().replace('_', ' ')),
                "strokes", code(PageTexts.STROKES, strokes, strokes.toLowerCase().replace('_', ' ')),
                "min", number(intensity.path("min")), "max", number(intensity.path("max"))));
        if (t.path("startGentle").asBoolean()) {
            d.append(t(PageTexts.CARD_START_GENTLY));
        }
        List<String> tools = new ArrayList<>();
        texts(t.path("tools")).forEach(tool -> tools.add(code(PageTexts.TOOL, tool, tool)));
        d.append(".\n\n").append(t(PageTexts.CARD_HOW_LONG,
                "holdMin", number(t.path("holdSeconds").path("min")), "holdMax", number(t.path("holdSeconds").path("max")),
                "start", number(t.path("sessionSeconds").path("start")), "max", number(t.path("sessionSeconds").path("max")),
                "perDayMin", number(t.path("sessionsPerDay").path("min")),
                "perDayMax", number(t.path("sessionsPerDay").path("max"))))
                .append("\n\n").append(t(PageTexts.CARD_WITH, "tools", String.join(", ", tools)));
        List<String> expectations = texts(a.path("expectations"));
        if (!expectations.isEmpty()) {
            d.append("\n\n").append(t(PageTexts.CARD_WHAT_TO_EXPECT)).append("\n\n").append(bullets(expectations));
        }
        if (!reasons.isEmpty() && a.path("professional").path("urgency").asText().equals("none")) {
            d.append("\n\n").append(t(PageTexts.CARD_ABOUT_PROFESSIONAL)).append("\n\n")
                    .append(bullets(texts(a.path("professional").path("advice"))));
        }
        return card("info", t(PageTexts.CARD_PLAN_SUMMARY, "where", where), d.toString().strip(), source(a, "plan"));
    }

    /** A site's region in words ({@code region.<id>}: in English the id itself). */
    private String region(JsonNode site) {
        String id = site.path("region").asText();
        return code(EngineTexts.REGION, id, id);
    }

    private static String muscles(JsonNode site) {
        List<String> m = texts(site.path("muscles"));
        return m.isEmpty() ? "" : " (" + String.join(", ", m) + ")";
    }

    /** As digits, never grouped by the language's number format (1000, not 1,000 or 1.000). */
    private static String number(JsonNode n) {
        return String.valueOf(n.asInt());
    }

    /** The article section of the first fired rule of a phase; the article itself when none fired. */
    private ObjectNode source(JsonNode a, String phase) {
        String section = null;
        for (JsonNode step : a.path("explanation")) {
            if (phase.equals(phaseByRule.get(step.path("rule").asText()))) {
                section = step.path("source").asText(null);
                break;
            }
        }
        ObjectNode s = Json.object();
        s.put("label", section == null ? ARTICLE : ARTICLE + ", " + section);
        s.put("url", ARTICLE_URL);
        return s;
    }

    private static ObjectNode cautionSource(JsonNode caution) {
        String src = caution.path("source").asText("public guidance");
        ObjectNode s = Json.object();
        s.put("label", src);
        java.util.regex.Matcher url = java.util.regex.Pattern.compile("https?://\\S+").matcher(src);
        if (url.find()) {
            s.put("url", url.group().replaceAll("[).,;]+$", ""));
        }
        return s;
    }

    private ObjectNode card(String indicator, String summary, String detail, ObjectNode source) {
        ObjectNode card = Json.object();
        card.put("uuid", UUID.randomUUID().toString());
        card.put("summary", shorten(summary));
        card.put("indicator", indicator);
        if (!detail.isBlank()) {
            card.put("detail", detail);
        }
        card.set("source", source);
        if (!indicator.equals("info")) {
            ArrayNode reasons = card.putArray("overrideReasons");
            reasons.addObject().put("code", "already-addressed").put("system", OVERRIDE_SYSTEM)
                    .put("display", t(PageTexts.CARD_ALREADY_ADDRESSED));
            reasons.addObject().put("code", "not-applicable").put("system", OVERRIDE_SYSTEM)
                    .put("display", t(PageTexts.CARD_NOT_APPLICABLE));
        }
        return card;
    }

    public static final String REPORT_LINK_LABEL = "Body map and plan (opens the report)";

    /** Every card links to the same report: the body map is the picture of the whole assessment. */
    public static void linkReport(ArrayNode cards, String url) {
        linkReport(cards, url, RuleBaseMessages.builtIn().english());
    }

    /** As {@link #linkReport(ArrayNode, String)}, the link's label in the cards' language. */
    public static void linkReport(ArrayNode cards, String url, Messages words) {
        String label = words.format(Text.of(PageTexts.CARD_REPORT_LINK));
        for (JsonNode card : cards) {
            ((ObjectNode) card).putArray("links").addObject()
                    .put("label", label).put("url", url).put("type", "absolute");
        }
    }

    public static final String OVERRIDE_SYSTEM = "http://knotwise.org/fhir/CodeSystem/override-reason";

    static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= MAX_SUMMARY ? one : one.substring(0, MAX_SUMMARY - 1).strip() + "…";
    }

    private static String firstSentence(String s) {
        int dot = s.indexOf(". ");
        return dot > 0 ? s.substring(0, dot + 1) : s;
    }

    private static String bullets(List<String> lines) {
        return lines.stream().map(l -> "- " + l).collect(Collectors.joining("\n"));
    }

    /** The reasons in words ({@code card.reason.<CODE>}); a code no message names, in lower case. */
    String words(List<String> codes) {
        Function<String, String> w = c -> code(PageTexts.REASON, c, c.toLowerCase().replace('_', ' '));
        return codes.isEmpty() ? t(PageTexts.CARD_NO_REASON) : codes.stream().map(w).collect(Collectors.joining(", "));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
