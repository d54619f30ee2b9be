package org.knotwise.workbench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.knotwise.engine.batch.CaseOutcome;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CandidateSite;
import org.knotwise.engine.model.Caution;
import org.knotwise.engine.model.Coded;
import org.knotwise.engine.model.ExcludedSpot;
import org.knotwise.engine.model.ExplanationStep;
import org.knotwise.engine.model.Range;
import org.knotwise.engine.model.SessionLength;
import org.knotwise.engine.model.Technique;
import org.knotwise.engine.rulebase.Suggestions;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Checks one outcome against a scenario's {@code expect} keys (see the shared cases README) and the
 * contract's invariants: a plan only with selfCare, the article's ranges (a gentler intensity range only
 * beside a caution that asks for one), a candidate site, no adjustments without self-care, and an
 * explanation whose every step names its rule and source.
 */
public final class ExpectationChecker {

    /** The keys a scenario may expect; anything else is reported, so typos do not pass silently. */
    public static final Set<String> KEYS = Set.of("error", "selfCare", "urgency", "professionalRecommended",
            "professionalReasons", "notProfessionalReasons", "adjustments", "notAdjustments", "failureReasons",
            "notFailureReasons", "topSite", "topStepsTowardCentre", "topStepsTowardCentreMin", "sitesInclude",
            "sitesIncludeAny", "excluded", "method", "strokes", "toolsIncludeAny", "notTools", "startGentle",
            "notSitesInclude", "notTopSite", "noSites", "siteOrder", "siteSteps", "siteStepsMin", "siteBasis",
            "siteConfidence", "siteRelatesTo", "notExcluded", "cautions", "notCautions", "rulesFired",
            "notRulesFired", "errorField", "errorLine", "intensityMaxAtMost", "toolsOnly", "noAdjustments",
            "noFailureReasons", "notMuscles");

    /**
     * The cautions beside which the plan's intensity range may be gentler than the article's 4 to 7 (contract
     * v3 §8.3: at most 5), never harder: then 1 &lt;= min &lt;= max &lt;= 7.
     */
    public static final Set<String> GENTLER_INTENSITY_CAUTIONS = Set.of("BLOOD_THINNERS", "FRONT_OF_NECK", "NEAR_VESSELS");

    private ExpectationChecker() {
    }

    public static List<String> check(CaseOutcome outcome, JsonNode expect) {
        List<String> bad = new ArrayList<>();
        for (Iterator<String> it = expect.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                bad.add("unknown expectation key '" + key + "'" + Suggestions.didYouMean(key, KEYS.stream().sorted().toList())
                        + "; the keys are " + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        if (expect.has("error")) {
            Set<String> wanted = strings(expect.get("error"));
            String got = outcome.isError() ? outcome.error().code().name() : null;
            if (!wanted.contains(got)) {
                bad.add("error: expected " + wanted + ", got " + (got == null ? "an assessment" : got));
            }
            if (outcome.isError() && expect.has("errorField")) {
                JsonNode field = expect.get("errorField");
                equal(bad, "error.field", field.isNull() ? "null" : field.asText(), String.valueOf(outcome.error().field()));
            }
            if (expect.has("errorLine")) {
                equal(bad, "error line", expect.get("errorLine").asLong(), outcome.line());
            }
            return bad;
        }
        if (outcome.isError()) {
            bad.add("expected an assessment, got error " + outcome.error().code()
                    + (outcome.error().field() == null ? "" : " at " + outcome.error().field()) + ": " + outcome.error().message());
            return bad;
        }
        Assessment a = outcome.assessment();
        invariants(a, bad);
        List<String> regions = a.candidateSites().stream().map(CandidateSite::region).toList();
        CandidateSite top = a.candidateSites().isEmpty() ? null : a.candidateSites().get(0);
        Technique t = a.technique();
        List<String> fired = a.explanation().stream().map(ExplanationStep::rule).toList();
        for (Iterator<Map.Entry<String, JsonNode>> it = expect.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "selfCare" -> equal(bad, "selfCare", v.asBoolean(), a.selfCare());
                case "urgency" -> equal(bad, "professional.urgency", v.asText(), a.professional().urgency());
                case "professionalRecommended" ->
                        equal(bad, "professional.recommended", v.asBoolean(), a.professional().recommended());
                case "professionalReasons" -> hasAll(bad, "professional.reasons", v, a.professional().reasons());
                case "notProfessionalReasons" -> hasNone(bad, "professional.reasons", v, a.professional().reasons());
                case "adjustments" -> hasAll(bad, "adjustments", v, codes(a.adjustments()));
                case "notAdjustments" -> hasNone(bad, "adjustments", v, codes(a.adjustments()));
                case "failureReasons" -> hasAll(bad, "failureReasons", v, codes(a.failureReasons()));
                case "notFailureReasons" -> hasNone(bad, "failureReasons", v, codes(a.failureReasons()));
                case "topSite" -> equal(bad, "top site", v.asText(), top == null ? null : top.region());
                case "topStepsTowardCentre" ->
                        equal(bad, "top stepsTowardCentre", v.asInt(), top == null ? null : top.stepsTowardCentre());
                case "topStepsTowardCentreMin" -> {
                    if (top == null || top.stepsTowardCentre() < v.asInt()) {
                        bad.add("top stepsTowardCentre: expected at least " + v.asInt() + ", got "
                                + (top == null ? "no site" : top.stepsTowardCentre()));
                    }
                }
                case "sitesInclude" -> hasAll(bad, "candidate regions", v, regions);
                case "sitesIncludeAny" -> hasAny(bad, "candidate regions", v, regions);
                case "excluded" -> {
                    for (Iterator<Map.Entry<String, JsonNode>> ex = v.fields(); ex.hasNext(); ) {
                        Map.Entry<String, JsonNode> want = ex.next();
                        String got = a.excludedSpots().stream().filter(s -> s.region().equals(want.getKey()))
                                .map(ExcludedSpot::reason).findFirst().orElse(null);
                        equal(bad, "excluded " + want.getKey(), want.getValue().asText(), got);
                    }
                }
                case "method" -> equal(bad, "technique.method", v.asText(), t == null ? null : t.method());
                case "strokes" -> equal(bad, "technique.strokes", v.asText(), t == null ? null : t.strokes());
                case "toolsIncludeAny" -> hasAny(bad, "technique.tools", v, t == null ? List.of() : t.tools());
                case "notTools" -> hasNone(bad, "technique.tools", v, t == null ? List.of() : t.tools());
                case "startGentle" ->
                        equal(bad, "technique.startGentle", v.asBoolean(), t == null ? null : t.startGentle());
                case "notSitesInclude" -> hasNone(bad, "candidate regions", v, regions);
                case "notTopSite" -> {
                    if (top != null && strings(v).contains(top.region())) {
                        bad.add("top site: expected none of " + strings(v) + ", got " + top.region());
                    }
                }
                case "noSites" -> equal(bad, "no candidate site", v.asBoolean(), regions.isEmpty());
                case "siteOrder" -> siteOrder(bad, v, regions);
                case "siteSteps" -> perSite(bad, "stepsTowardCentre", v, a, s -> s.stepsTowardCentre(), false);
                case "siteStepsMin" -> perSite(bad, "stepsTowardCentre", v, a, s -> s.stepsTowardCentre(), true);
                case "siteBasis" -> perSite(bad, "basis", v, a, CandidateSite::basis, false);
                case "siteConfidence" -> perSite(bad, "confidence", v, a, CandidateSite::confidence, false);
                case "siteRelatesTo" -> perSite(bad, "relatesTo", v, a, CandidateSite::relatesTo, false);
                case "notExcluded" -> hasNone(bad, "excluded regions", v,
                        a.excludedSpots().stream().map(ExcludedSpot::region).toList());
                case "cautions" -> hasAll(bad, "cautions", v, a.cautionCodes());
                case "notCautions" -> hasNone(bad, "cautions", v, a.cautionCodes());
                case "rulesFired" -> hasAll(bad, "rules fired", v, fired);
                case "notRulesFired" -> hasNone(bad, "rules fired", v, fired);
                case "intensityMaxAtMost" -> {
                    Range intensity = t == null ? null : t.intensity();
                    if (intensity == null || intensity.max() > v.asInt()) {
                        bad.add("technique.intensity.max: expected at most " + v.asInt() + ", got "
                                + (t == null ? "no technique" : intensity == null ? "no intensity" : intensity.max()));
                    }
                }
                case "toolsOnly" -> {
                    Set<String> allowed = strings(v);
                    List<String> others = (t == null || t.tools() == null ? List.<String>of() : t.tools()).stream()
                            .filter(tool -> !allowed.contains(tool)).toList();
                    if (!others.isEmpty()) {
                        bad.add("technique.tools: expected only " + allowed + ", got also " + others);
                    }
                }
                case "noAdjustments" -> equal(bad, "no adjustments", v.asBoolean(), a.adjustments().isEmpty(),
                        codes(a.adjustments()));
                case "noFailureReasons" -> equal(bad, "no failure reasons", v.asBoolean(), a.failureReasons().isEmpty(),
                        codes(a.failureReasons()));
                case "notMuscles" -> hasNone(bad, "candidate sites' muscles", v, a.candidateSites().stream()
                        .flatMap(s -> s.muscles() == null ? Stream.<String>empty() : s.muscles().stream())
                        .toList());
                case "errorField", "errorLine" -> bad.add(e.getKey() + " is expected, but without an error code to go with it");
                default -> { }
            }
        }
        return bad;
    }

    /** The contract's invariants, checked on every assessment whatever the scenario expects. */
    public static void invariants(Assessment a, List<String> bad) {
        Technique t = a.technique();
        if (a.selfCare()) {
            if (a.candidateSites().isEmpty()) bad.add("selfCare without a candidate site");
            if (t == null) {
                bad.add("selfCare without a technique");
            } else {
                equal(bad, "technique.holdSeconds", new Range(10, 100), t.holdSeconds());
                intensity(a, t.intensity(), bad);
                equal(bad, "technique.sessionSeconds", new SessionLength(30, 300), t.sessionSeconds());
                equal(bad, "technique.sessionsPerDay", new Range(2, 6), t.sessionsPerDay());
                if (!t.lightPressure()) bad.add("technique.lightPressure is not true");
                // List.of(...).contains(null) throws: a plan without a method is a finding, not a crash
                if (t.method() == null || !List.of("HOLD", "KNEADING").contains(t.method())) {
                    bad.add("technique.method is " + t.method());
                }
            }
        } else {
            if (t != null) bad.add("technique given although selfCare is false");
            if (!a.adjustments().isEmpty()) {
                bad.add("adjustments given although selfCare is false: " + codes(a.adjustments()));
            }
        }
        if (a.explanation().isEmpty()) bad.add("explanation is empty");
        for (Caution c : a.cautions()) {
            if (blank(c.code()) || blank(c.message()) || blank(c.source())) {
                bad.add("caution without code, message or source: " + c);
            }
        }
        for (ExplanationStep s : a.explanation()) {
            if (s.rule() == null || s.rule().isBlank() || s.source() == null || s.source().isBlank()) {
                bad.add("explanation step without rule or source: " + s);
            }
        }
    }

    /**
     * The article's 4 to 7, or, beside a caution that asks for a gentler plan ({@link #GENTLER_INTENSITY_CAUTIONS}),
     * any range with 1 &lt;= min &lt;= max &lt;= 7: gentler, never harder.
     */
    private static void intensity(Assessment a, Range got, List<String> bad) {
        boolean gentler = a.cautionCodes().stream().anyMatch(GENTLER_INTENSITY_CAUTIONS::contains);
        if (!gentler) {
            equal(bad, "technique.intensity", new Range(4, 7), got);
        } else if (got == null || got.min() < 1 || got.min() > got.max() || got.max() > 7) {
            bad.add("technique.intensity: expected a range within 1 to 7 (a gentler plan beside "
                    + GENTLER_INTENSITY_CAUTIONS.stream().sorted().toList() + "), got " + got);
        }
    }

    /** All the named regions are candidates, ranked in the order given (others may stand between them). */
    private static void siteOrder(List<String> bad, JsonNode expected, List<String> regions) {
        List<String> wanted = new ArrayList<>(strings(expected));
        List<String> missing = wanted.stream().filter(r -> !regions.contains(r)).toList();
        if (!missing.isEmpty()) {
            bad.add("site order: expected candidates " + missing + ", got " + regions);
            return;
        }
        List<String> got = regions.stream().filter(wanted::contains).toList();
        if (!got.equals(wanted)) bad.add("site order: expected " + wanted + ", got " + got + " (all sites: " + regions + ")");
    }

    /** {@code {region: value}}: that candidate's property equals the value (or, with {@code atLeast}, is at least it). */
    private static void perSite(List<String> bad, String what, JsonNode expected, Assessment a,
                                Function<CandidateSite, Object> property, boolean atLeast) {
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> want = it.next();
            CandidateSite site = a.candidateSites().stream().filter(s -> s.region().equals(want.getKey()))
                    .findFirst().orElse(null);
            if (site == null) {
                bad.add(what + " of " + want.getKey() + ": no such candidate site");
                continue;
            }
            Object got = property.apply(site);
            JsonNode w = want.getValue();
            if (atLeast) {
                if (!(got instanceof Integer n) || n < w.asInt()) {
                    bad.add(what + " of " + want.getKey() + ": expected at least " + w.asInt() + ", got " + got);
                }
            } else {
                Object wanted = w.isNumber() ? (Object) w.asInt() : w.isNull() ? null : w.asText();
                if (!Objects.equals(wanted, got)) {
                    bad.add(what + " of " + want.getKey() + ": expected " + wanted + ", got " + got);
                }
            }
        }
    }

    private static List<String> codes(List<Coded> coded) {
        return coded.stream().map(Coded::code).toList();
    }

    private static Set<String> strings(JsonNode v) {
        Set<String> out = new LinkedHashSet<>();
        if (v.isArray()) v.forEach(n -> out.add(n.asText()));
        else out.add(v.asText());
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void equal(List<String> bad, String what, Object expected, Object got) {
        if (!expected.equals(got)) bad.add(what + ": expected " + expected + ", got " + got);
    }

    /** As {@link #equal(List, String, Object, Object)}, naming what was found when it differs. */
    private static void equal(List<String> bad, String what, boolean expected, boolean got, List<String> found) {
        if (expected != got) bad.add(what + ": expected " + expected + ", got " + got + " " + found);
    }

    private static void hasAll(List<String> bad, String what, JsonNode expected, List<String> got) {
        Set<String> missing = strings(expected);
        missing.removeAll(got);
        if (!missing.isEmpty()) bad.add(what + ": expected to include " + missing + ", got " + got);
    }

    private static void hasNone(List<String> bad, String what, JsonNode expected, List<String> got) {
        Set<String> present = strings(expected);
        present.retainAll(got);
        if (!present.isEmpty()) bad.add(what + ": expected none of " + present + ", got " + got);
    }

    private static void hasAny(List<String> bad, String what, JsonNode expected, List<String> got) {
        Set<String> any = strings(expected);
        if (any.stream().noneMatch(got::contains)) bad.add(what + ": expected any of " + any + ", got " + got);
    }
}
