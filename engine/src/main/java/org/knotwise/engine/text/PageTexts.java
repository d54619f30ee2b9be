package org.knotwise.engine.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The message keys of the pages built around an assessment (the service's CDS Hooks cards), so that
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

    public static final Set<String> KEYS = keys();

    private PageTexts() {
    }

    private static Set<String> keys() {
        Set<String> k = new HashSet<>(List.of(CARD_ROUTINE_SUMMARY, CARD_CAUTION_SUMMARY, CARD_FAILURE, CARD_CHANGE,
                CARD_CORRECTIONS_SUMMARY, CARD_EMERGENCY_DETAIL, CARD_TODAY_DETAIL, CARD_EMERGENCY_SUMMARY,
                CARD_TODAY_SUMMARY, CARD_PLAN_SUMMARY, CARD_AROUND_THE_PAIN, CARD_START_AT, CARD_WHERE_TO_LOOK, CARD_SITE,
                CARD_HOW, CARD_START_GENTLY, CARD_HOW_LONG, CARD_WITH, CARD_WHAT_TO_EXPECT, CARD_ABOUT_PROFESSIONAL,
                CARD_ALREADY_ADDRESSED, CARD_NOT_APPLICABLE, CARD_REPORT_LINK, CARD_NO_REASON));
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
