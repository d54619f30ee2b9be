package org.knotwise.engine.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The message keys of the pages built around an assessment (the service's CDS Hooks cards; the text
 * report, the body-map page and its picture: {@link #PAGE}), so that
 * {@code rules validate} counts them as used and every language must have them. The page's code uses
 * these constants, so a key cannot be used without being listed here.
 */
public final class PageTexts {
    public static final String CARD_ROUTINE_SUMMARY = "card.routine.summary";
    public static final String CARD_CAUTION_SUMMARY = "card.caution.summary";
    public static final String CARD_FAILURE = "card.corrections.failure";
    public static final String CARD_CHANGE = "card.corrections.change";
    public static final String CARD_CORRECTIONS_SUMMARY = "card.corrections.summary";
    public static final String CARD_EMERGENCY_DETAIL = "card.critical.emergency-detail";
    public static final String CARD_TODAY_DETAIL = "card.critical.today-detail";
    public static final String CARD_EMERGENCY_SUMMARY = "card.critical.emergency-summary";
    public static final String CARD_TODAY_SUMMARY = "card.critical.today-summary";
    public static final String CARD_PLAN_SUMMARY = "card.plan.summary";
    public static final String CARD_AROUND_THE_PAIN = "card.plan.around-the-pain";
    public static final String CARD_START_AT = "card.plan.start-at";
    public static final String CARD_WHERE_TO_LOOK = "card.plan.where-to-look";
    public static final String CARD_SITE = "card.plan.site";
    public static final String CARD_HOW = "card.plan.how";
    public static final String CARD_START_GENTLY = "card.plan.start-gently";
    public static final String CARD_HOW_LONG = "card.plan.how-long";
    public static final String CARD_WITH = "card.plan.with";
    public static final String CARD_WHAT_TO_EXPECT = "card.plan.what-to-expect";
    public static final String CARD_ABOUT_PROFESSIONAL = "card.plan.about-professional";
    public static final String CARD_ALREADY_ADDRESSED = "card.override.already-addressed";
    public static final String CARD_NOT_APPLICABLE = "card.override.not-applicable";
    public static final String CARD_REPORT_LINK = "card.report-link";
    public static final String CARD_NO_REASON = "card.reason.none";
    /** Prefixes of words for codes: {@code card.reason.RED_FLAG}, {@code card.basis.palpated}, ... */
    public static final String REASON = "card.reason.";
    public static final String BASIS = "card.basis.";
    public static final String CONFIDENCE = "card.confidence.";
    public static final String METHOD = "card.method.";
    public static final String STROKES = "card.strokes.";
    public static final String TOOL = "card.tool.";

    /** The professional reason codes the built-in rules conclude, each with words on a card. */
    public static final List<String> REASONS = List.of("RED_FLAG", "POSSIBLE_CLOT", "ARTERITIS_RISK", "MEDICAL_CHECK",
            "NO_PROGRESS", "WORSENING", "LONG_STANDING", "BRUTAL_THERAPY", "HARD_TO_REACH", "HEART_SIGNS",
            "SUDDEN_SEVERE", "SUDDEN_ABDOMINAL", "PREGNANCY_CHECK", "CHILD", "BAD_REACTIONS");

    /** The fixed words of the text report, the body-map page and its picture ({@code page.<...>}). */
    public static final List<String> PAGE = List.of(
            "page.assessment", "page.disclaimer", "page.because", "page.expectations", "page.why-failing",
            "page.set-aside", "page.range",
            "page.site.detail",
            "page.basis.palpated", "page.basis.referral", "page.basis.area",
            "page.steps.at-pain", "page.steps.beside", "page.steps.beside-at", "page.steps.the-pain",
            "page.steps.the-region-pain", "page.steps.one", "page.steps.other", "page.steps.toward",
            "page.steps.farther",
            "page.exclusion.NOT_TENDER", "page.exclusion.NOT_RELEVANT", "page.exclusion.BUMP_ONLY",
            "page.exclusion.FAR_FROM_PAIN",
            "page.plan.knead-along", "page.plan.knead-circular", "page.plan.hold", "page.plan.fibres",
            "page.plan.press", "page.plan.press-gently", "page.plan.light", "page.plan.sessions", "page.plan.repeat",
            "page.plan.tools",
            "page.map.title", "page.map.first", "page.map.verdict-yes", "page.map.verdict-no",
            "page.map.urgency.emergency", "page.map.urgency.urgent", "page.map.urgency.routine",
            "page.map.urgency.none", "page.map.cautions", "page.map.professional", "page.map.key-pain",
            "page.map.side-left", "page.map.side-right", "page.map.side-both", "page.map.side-midline",
            "page.map.key-site", "page.map.key-arrow", "page.map.key-excluded", "page.map.where-to-look",
            "page.map.for-pain", "page.map.view-front", "page.map.view-back", "page.map.plan", "page.map.start-at",
            "page.map.start-at-list", "page.map.corrections", "page.map.explanation", "page.map.ranking",
            "page.map.rank", "page.map.no-evidence",
            "page.picture.where-it-hurts", "page.picture.arrow", "page.picture.set-aside", "page.picture.caption",
            "page.picture.caption-sites", "page.picture.front", "page.picture.back", "page.picture.left",
            "page.picture.right",
            "page.text.self-massage-yes", "page.text.self-massage-no", "page.text.no.emergency", "page.text.no.urgent",
            "page.text.no.routine", "page.text.no.none", "page.text.not-read", "page.text.take-care",
            "page.text.source", "page.text.sites", "page.text.how", "page.text.knead-along",
            "page.text.knead-circular", "page.text.hold", "page.text.fibres", "page.text.hard",
            "page.text.hard-gently", "page.text.light", "page.text.long", "page.text.often", "page.text.with",
            "page.text.tips", "page.text.adjust", "page.text.professional", "page.text.professional-when",
            "page.text.when.none", "page.text.when.routine", "page.text.when.urgent", "page.text.when.emergency",
            "page.text.fired", "page.text.rules", "page.text.explanation", "page.text.ranking", "page.text.rank",
            "page.text.no-evidence");

    /** The terminal consultation's own words: prompts, help, how it ended ({@code page.consult.<...>}). */
    public static final List<String> CONSULT = List.of(
            "page.consult.title", "page.consult.keys", "page.consult.why", "page.consult.why-rules",
            "page.consult.first", "page.consult.back", "page.consult.red-flag", "page.consult.stopped",
            "page.consult.done", "page.consult.no-advice", "page.consult.prompt.number",
            "page.consult.prompt.number-unknown", "page.consult.prompt.many", "page.consult.prompt.regions",
            "page.consult.error.number", "page.consult.error.whole", "page.consult.error.at-least-one",
            "page.consult.error.choice");

    /** The batch summary page's headings, notes and table heads ({@code page.summary.<...>}). */
    public static final List<String> SUMMARY = List.of(
            "page.summary.title", "page.summary.title-of", "page.summary.disclaimer", "page.summary.unreadable-lines",
            "page.summary.none", "page.summary.by-region", "page.summary.by-severity", "page.summary.advised",
            "page.summary.errors", "page.summary.error-lines",
            "page.summary.total.lines", "page.summary.total.assessed", "page.summary.total.errors",
            "page.summary.total.unreadable",
            "page.summary.chart.outcome", "page.summary.chart.urgency", "page.summary.chart.errors",
            "page.summary.chart.top-sites", "page.summary.chart.confidence", "page.summary.chart.cautions",
            "page.summary.chart.corrections", "page.summary.chart.failure-reasons",
            "page.summary.chart.professional-reasons",
            "page.summary.note.of-assessed", "page.summary.note.no-errors", "page.summary.note.errors",
            "page.summary.note.sites", "page.summary.note.no-relates-to", "page.summary.note.with-site",
            "page.summary.note.no-cautions-field", "page.summary.note.each-caution",
            "page.summary.note.each-correction", "page.summary.note.each-reason",
            "page.summary.by-region.note",
            "page.summary.by-severity.note",
            "page.summary.outcome.self-care", "page.summary.outcome.self-care-and-professional",
            "page.summary.outcome.professional", "page.summary.outcome.red-flag",
            "page.summary.th.error", "page.summary.th.lines", "page.summary.th.first-lines",
            "page.summary.th.top-site", "page.summary.th.cases", "page.summary.th.relates-to",
            "page.summary.th.pain-region", "page.summary.th.severity", "page.summary.th.urgency",
            "page.summary.th.most-frequent");

    /** The FHIR intake Questionnaire's title and items' texts ({@code fhir.title}, {@code fhir.item.<linkId>}). */
    public static final List<String> FHIR = List.of(
            "fhir.title", "fhir.item.complaint", "fhir.item.person", "fhir.item.redFlags", "fhir.item.spots",
            "fhir.item.history", "fhir.item.complaint.regions", "fhir.item.complaint.side",
            "fhir.item.complaint.quality", "fhir.item.complaint.severity", "fhir.item.complaint.durationDays",
            "fhir.item.complaint.onset", "fhir.item.complaint.swelling", "fhir.item.person.age",
            "fhir.item.person.anticoagulants", "fhir.item.person.pregnant", "fhir.item.spot.region",
            "fhir.item.spot.tender", "fhir.item.spot.goodPain", "fhir.item.spot.relevant",
            "fhir.item.spot.bumpOrTwitch", "fhir.item.spot.fibreDirectionKnown", "fhir.item.history.method",
            "fhir.item.history.intensity", "fhir.item.history.minutesPerSession", "fhir.item.history.sessionsPerDay",
            "fhir.item.history.tool", "fhir.item.history.lightPressure", "fhir.item.history.days",
            "fhir.item.history.outcome", "fhir.item.history.negativeReactions", "fhir.item.history.professionalStyle");

    public static final Set<String> KEYS = keys();

    private PageTexts() {
    }

    private static Set<String> keys() {
        Set<String> k = new HashSet<>(List.of(CARD_ROUTINE_SUMMARY, CARD_CAUTION_SUMMARY, CARD_FAILURE, CARD_CHANGE,
                CARD_CORRECTIONS_SUMMARY, CARD_EMERGENCY_DETAIL, CARD_TODAY_DETAIL, CARD_EMERGENCY_SUMMARY,
                CARD_TODAY_SUMMARY, CARD_PLAN_SUMMARY, CARD_AROUND_THE_PAIN, CARD_START_AT, CARD_WHERE_TO_LOOK, CARD_SITE,
                CARD_HOW, CARD_START_GENTLY, CARD_HOW_LONG, CARD_WITH, CARD_WHAT_TO_EXPECT, CARD_ABOUT_PROFESSIONAL,
                CARD_ALREADY_ADDRESSED, CARD_NOT_APPLICABLE, CARD_REPORT_LINK, CARD_NO_REASON));
        k.addAll(PAGE);
        k.addAll(SUMMARY);
        k.addAll(CONSULT);
        k.addAll(FHIR);
        REASONS.forEach(r -> k.add(REASON + r));
        List.of("palpated", "referral", "area").forEach(b -> k.add(BASIS + b));
        List.of("low", "medium", "high").forEach(c -> k.add(CONFIDENCE + c));
        List.of("HOLD", "KNEADING").forEach(m -> k.add(METHOD + m));
        List.of("CIRCULAR_OR_BACK_AND_FORTH", "PARALLEL_TO_FIBRES").forEach(s -> k.add(STROKES + s));
        List.of("fingers", "thumb", "fist", "elbow", "ball", "tennis-ball", "backnobber", "foam-roller", "other")
                .forEach(t -> k.add(TOOL + t));
        return Set.copyOf(k);
    }
}
