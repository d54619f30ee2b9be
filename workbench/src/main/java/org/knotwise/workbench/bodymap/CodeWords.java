package org.knotwise.workbench.bodymap;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The assessment's codes as a person reads them, on every page a person sees (the body-map report, the text
 * report, the summary report): professional reasons, cautions, corrections, failure reasons, input errors. A code
 * no list knows (a rules folder may add its own) is still shown as words, never as the code itself:
 * {@code MY_OWN_CAUTION} reads "my own caution".
 */
public final class CodeWords {

    /** Why a professional: each fits after "See a professional because of". */
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("RED_FLAG", "a warning sign"),
            Map.entry("NO_PROGRESS", "no progress after weeks of self-massage"),
            Map.entry("BRUTAL_THERAPY", "treatment that was too rough"),
            Map.entry("HARD_TO_REACH", "muscles too deep to press well yourself"),
            Map.entry("WORSENING", "getting worse with self-massage"),
            Map.entry("LONG_STANDING", "pain for months without getting better"),
            Map.entry("POSSIBLE_CLOT", "signs of a possible blood clot"),
            Map.entry("ARTERITIS_RISK", "signs of an inflamed artery in the head"),
            Map.entry("MEDICAL_CHECK", "a medical check first"),
            Map.entry("BAD_REACTIONS", "bad reactions to self-massage for weeks"),
            Map.entry("HEART_SIGNS", "chest pain that could be the heart"),
            Map.entry("SUDDEN_SEVERE", "sudden, severe pain"),
            Map.entry("SUDDEN_ABDOMINAL", "sudden pain in the belly"),
            Map.entry("PREGNANCY_CHECK", "belly or groin pain in pregnancy"),
            Map.entry("CHILD", "a child's pain"));

    /** What each caution is about, short enough for a chart's label. */
    private static final Map<String, String> CAUTIONS = Map.ofEntries(
            Map.entry("CHEST_HEART", "chest pain can be the heart"),
            Map.entry("FRONT_OF_NECK", "the front and side of the neck: gently"),
            Map.entry("POSSIBLE_CLOT", "a possible blood clot"),
            Map.entry("ARTERITIS_RISK", "a possible inflamed artery in the head"),
            Map.entry("BLOOD_THINNERS", "blood thinners or a bleeding disorder"),
            Map.entry("PREGNANCY", "pregnancy"),
            Map.entry("NERVE_SYMPTOMS", "burning or tingling, like a nerve"),
            Map.entry("SEVERE_PAIN", "severe pain: start very gently"),
            Map.entry("HEART_SIGNS", "sudden chest pain: possibly the heart"),
            Map.entry("CLOT_CHECK", "leg pain: know the signs of a clot"),
            Map.entry("SUDDEN_SEVERE", "sudden, severe pain"),
            Map.entry("SUDDEN_ABDOMINAL", "sudden belly pain"),
            Map.entry("PREGNANCY_CHECK", "belly or groin pain in pregnancy"),
            Map.entry("INFLAMED_AREA", "swelling, warmth or redness where it hurts"),
            Map.entry("BACK_PAIN_AGE", "new back pain at an age to have it checked"),
            Map.entry("NEAR_VESSELS", "near large blood vessels: fingertips only"),
            Map.entry("CHILD", "advice written for adults"),
            Map.entry("SCIATIC_NERVE", "over the sciatic nerve: gently"),
            Map.entry("ABDOMEN", "reached through the belly: gently"));

    private static final Map<String, String> ADJUSTMENTS = Map.ofEntries(
            Map.entry("REDUCE_INTENSITY", "press less hard"),
            Map.entry("INCREASE_INTENSITY", "press a little harder"),
            Map.entry("MORE_OFTEN", "rub more often"),
            Map.entry("LESS_OFTEN", "rub less often"),
            Map.entry("ADD_LIGHT_PRESSURE", "add light skin-tugging strokes"),
            Map.entry("SMALLER_CONTACT_TOOL", "a smaller tool than a foam roller"),
            Map.entry("STROKE_ALONG_FIBRES", "stroke along the muscle fibres"),
            Map.entry("WAIT_FOR_RESULT", "wait for the result"),
            Map.entry("EASE_OFF", "ease off after bad reactions"),
            Map.entry("SHORTER_SESSIONS", "shorter sessions"));

    private static final Map<String, String> FAILURE_REASONS = Map.ofEntries(
            Map.entry("LOOK_TOWARD_CENTRE", "the cause may lie nearer the centre of the body"),
            Map.entry("SPOT_NOT_RELEVANT", "rubbing a spot that is not part of the complaint"),
            Map.entry("UNRELIABLE_SIGN", "a bump or twitch taken as a sign"),
            Map.entry("TOO_INTENSE", "pressing too hard"),
            Map.entry("PARTIAL_RELIEF", "only partial or brief relief"),
            Map.entry("NEGATIVE_REACTIONS", "bad reactions after rubbing"));

    private static final Map<String, String> ERRORS = Map.ofEntries(
            Map.entry("MALFORMED_JSON", "a line that is not JSON"),
            Map.entry("MISSING_FIELD", "a field missing"),
            Map.entry("WRONG_TYPE", "a value of the wrong type"),
            Map.entry("OUT_OF_RANGE", "a number out of range"),
            Map.entry("UNKNOWN_REGION", "an unknown body region"),
            Map.entry("UNKNOWN_VALUE", "an unknown value"),
            Map.entry("DUPLICATE_ID", "an id used twice"),
            Map.entry("TOO_LARGE", "a line too long"),
            Map.entry("ENGINE_FAILURE", "the rules failed on the case"));

    private CodeWords() {
    }

    public static String professionalReason(String code) {
        return REASONS.getOrDefault(code, plain(code));
    }

    public static String caution(String code) {
        return CAUTIONS.getOrDefault(code, plain(code));
    }

    public static String adjustment(String code) {
        return ADJUSTMENTS.getOrDefault(code, plain(code));
    }

    public static String failureReason(String code) {
        return FAILURE_REASONS.getOrDefault(code, plain(code));
    }

    public static String error(String code) {
        return ERRORS.getOrDefault(code, plain(code));
    }

    /** The words of a code of any kind, or null when it is no code these lists know. */
    public static String any(String code) {
        for (Map<String, String> words : List.of(REASONS, CAUTIONS, ADJUSTMENTS, FAILURE_REASONS)) {
            if (words.containsKey(code)) {
                return words.get(code);
            }
        }
        PageWords english = PageWords.english();
        if (english.has("page.exclusion." + code)) {
            return english.w("page.exclusion." + code);
        }
        return ERRORS.get(code);
    }

    /**
     * Text that may name codes (an explanation's facts: "caution FRONT_OF_NECK at neck-side"), as HTML with each
     * code in words and the code in the words' tooltip.
     */
    public static String inHtml(String text) {
        Matcher m = CODE.matcher(text);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String words = any(m.group());
            if (words == null && !m.group().contains("_")) {
                continue; // an upper-case word that is no code
            }
            b.append(Markup.escape(text.substring(last, m.start()))).append("<span title=\"").append(m.group()).append("\">")
                    .append(Markup.escape(words == null ? plain(m.group()) : words)).append("</span>");
            last = m.end();
        }
        return b.append(Markup.escape(text.substring(last))).toString();
    }

    private static final Pattern CODE = Pattern.compile("(?<![\\w-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\\w-])");

    /** Whether a professional reason has words of its own, not only {@link #plain}'s. */
    public static boolean knowsReason(String code) {
        return REASONS.containsKey(code);
    }

    /** Whether a caution has words of its own. */
    public static boolean knowsCaution(String code) {
        return CAUTIONS.containsKey(code);
    }

    /** A code no list knows, as words: lower case, spaces for underscores. */
    static String plain(String code) {
        return code == null ? "" : code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
