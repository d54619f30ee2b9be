package org.knotwise.service.cds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    public CardBuilder(List<RuleBaseFacts.RuleSummary> rules) {
        this.phaseByRule = rules.stream().collect(Collectors.toMap(RuleBaseFacts.RuleSummary::id,
                r -> r.phase() == null ? "" : r.phase(), (a, b) -> a));
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
            cards.add(card("warning", "See a professional within weeks: " + words(reasons),
                    bullets(texts(pro.path("advice"))), source(a, "professional")));
        }
        for (JsonNode caution : a.path("cautions")) {
            String code = caution.path("code").asText();
            if (!onCritical.contains(code)) {
                cards.add(card("warning", "Caution: " + firstSentence(caution.path("message").asText(words(List.of(code)))),
                        caution.path("message").asText(""), cautionSource(caution)));
            }
        }
        List<String> corrections = new ArrayList<>();
        a.path("failureReasons").forEach(c -> corrections.add("**Why it may not be working:** " + c.path("message").asText()));
        a.path("adjustments").forEach(c -> corrections.add("**Change:** " + c.path("message").asText()));
        if (!corrections.isEmpty()) {
            cards.add(card("warning", corrections.size() + " correction" + (corrections.size() == 1 ? "" : "s")
                    + " to the self-massage tried so far", bullets(corrections), source(a, "history")));
        }
        if (a.path("selfCare").asBoolean(false) && a.path("technique").isObject()) {
            cards.add(plan(a, reasons));
        }
        return cards;
    }

    private ObjectNode critical(JsonNode a, String urgency, List<String> reasons, Set<String> onCritical) {
        boolean emergency = urgency.equals("emergency");
        StringBuilder detail = new StringBuilder(emergency
                ? "**Get emergency care now.** Do not self-massage.\n\n"
                : "**See a doctor today.** Do not self-massage until a professional has checked this.\n\n");
        for (JsonNode caution : a.path("cautions")) {
            String code = caution.path("code").asText();
            if (URGENT_CAUTIONS.contains(code) || emergency) {
                onCritical.add(code);
                detail.append("- ").append(caution.path("message").asText()).append('\n');
            }
        }
        detail.append(bullets(texts(a.path("professional").path("advice"))));
        String summary = (emergency ? "Emergency care now: " : "See a doctor today: ") + words(reasons);
        ObjectNode card = card("critical", summary, detail.toString().strip(), source(a, "safety"));
        return card;
    }

    private ObjectNode plan(JsonNode a, List<String> reasons) {
        JsonNode top = a.path("candidateSites").path(0);
        String where = top.isMissingNode() ? "around the pain"
                : "start at " + top.path("region").asText() + muscles(top);
        StringBuilder d = new StringBuilder("**Where to look**, best first:\n\n");
        int n = 0;
        for (JsonNode site : a.path("candidateSites")) {
            if (++n > 5) {
                break;
            }
            d.append(n).append(". ").append(site.path("region").asText()).append(muscles(site))
                    .append(": ").append(site.path("basis").asText()).append(", confidence ")
                    .append(site.path("confidence").asText()).append('\n');
        }
        JsonNode t = a.path("technique");
        d.append("\n**How:** ").append(t.path("method").asText().toLowerCase().replace('_', ' '))
                .append(", ").append(t.path("strokes").asText().toLowerCase().replace('_', ' '))
                .append("; intensity ").append(range(t.path("intensity"))).append(" out of 10");
        if (t.path("startGentle").asBoolean()) {
            d.append(", start gently");
        }
        d.append(".\n\n**How long and how often:** hold ").append(range(t.path("holdSeconds")))
                .append(" s; sessions from ").append(t.path("sessionSeconds").path("start").asInt())
                .append(" s up to ").append(t.path("sessionSeconds").path("max").asInt()).append(" s, ")
                .append(range(t.path("sessionsPerDay"))).append(" a day.\n\n**With:** ")
                .append(String.join(", ", texts(t.path("tools")))).append('.');
        List<String> expectations = texts(a.path("expectations"));
        if (!expectations.isEmpty()) {
            d.append("\n\n**What to expect:**\n\n").append(bullets(expectations));
        }
        if (!reasons.isEmpty() && a.path("professional").path("urgency").asText().equals("none")) {
            d.append("\n\n**About professional help:**\n\n").append(bullets(texts(a.path("professional").path("advice"))));
        }
        return card("info", "Self-massage plan: " + where, d.toString().strip(), source(a, "plan"));
    }

    private static String muscles(JsonNode site) {
        List<String> m = texts(site.path("muscles"));
        return m.isEmpty() ? "" : " (" + String.join(", ", m) + ")";
    }

    private static String range(JsonNode r) {
        return r.path("min").asInt() + " to " + r.path("max").asInt();
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

    private static ObjectNode card(String indicator, String summary, String detail, ObjectNode source) {
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
                    .put("display", "Already addressed");
            reasons.addObject().put("code", "not-applicable").put("system", OVERRIDE_SYSTEM)
                    .put("display", "Does not apply to this patient");
        }
        return card;
    }

    public static final String REPORT_LINK_LABEL = "Body map and plan (opens the report)";

    /** Every card links to the same report: the body map is the picture of the whole assessment. */
    public static void linkReport(ArrayNode cards, String url) {
        for (JsonNode card : cards) {
            ((ObjectNode) card).putArray("links").addObject()
                    .put("label", REPORT_LINK_LABEL).put("url", url).put("type", "absolute");
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

    private static final Map<String, String> REASON_WORDS = Map.ofEntries(
            Map.entry("RED_FLAG", "a red flag"), Map.entry("POSSIBLE_CLOT", "possible blood clot"),
            Map.entry("ARTERITIS_RISK", "possible temporal arteritis"), Map.entry("MEDICAL_CHECK", "medical check first"),
            Map.entry("NO_PROGRESS", "no progress after two weeks"), Map.entry("WORSENING", "getting worse"),
            Map.entry("LONG_STANDING", "long-standing pain"), Map.entry("BRUTAL_THERAPY", "avoid brutal therapy"),
            Map.entry("HARD_TO_REACH", "hard-to-reach muscles"));

    static String words(List<String> codes) {
        Function<String, String> w = c -> REASON_WORDS.getOrDefault(c, c.toLowerCase().replace('_', ' '));
        return codes.isEmpty() ? "professional advice" : codes.stream().map(w).collect(Collectors.joining(", "));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
