package org.knotwise.engine.rulebase;

import org.knotwise.engine.facts.Candidate;
import org.knotwise.engine.facts.Plan;
import org.knotwise.engine.session.CaseValidator;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Muscle;
import org.knotwise.kb.Vocabulary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a fact field can hold, for the fields the rules compare with text: what the case format allows
 * (contract §1, §3, §4, §7.1, §8.5), the codes the contract names for conclusions (§2, §7.6, §7.7, §8.3-§8.5),
 * the knowledge base's regions, areas, muscles and cautions, and the codes the rules' own consequences
 * conclude (a rule may add a code; another rule may then test for it). A field not listed here is free text.
 */
final class FieldValues {

    /** The values of one field and where they come from, as a message names them. */
    record Allowed(List<String> values, String from) {
    }

    // The contract's codes for what the rules conclude (the engine checks none of them, so they are listed here).
    static final List<String> ADJUSTMENTS = List.of("REDUCE_INTENSITY", "INCREASE_INTENSITY", "MORE_OFTEN", "LESS_OFTEN",
            "ADD_LIGHT_PRESSURE", "SMALLER_CONTACT_TOOL", "STROKE_ALONG_FIBRES", "WAIT_FOR_RESULT");
    static final List<String> FAILURE_REASONS = List.of("LOOK_TOWARD_CENTRE", "SPOT_NOT_RELEVANT", "UNRELIABLE_SIGN",
            "TOO_INTENSE", "PARTIAL_RELIEF");
    static final List<String> PROFESSIONAL_REASONS = List.of("RED_FLAG", "NO_PROGRESS", "BRUTAL_THERAPY", "WORSENING",
            "LONG_STANDING", "POSSIBLE_CLOT", "ARTERITIS_RISK", "MEDICAL_CHECK", "HARD_TO_REACH", "HEART_SIGNS",
            "SUDDEN_SEVERE", "SUDDEN_ABDOMINAL", "PREGNANCY_CHECK", "BAD_REACTIONS", "CHILD");
    static final List<String> EXCLUSIONS = List.of("NOT_TENDER", "NOT_RELEVANT", "BUMP_ONLY");
    static final List<String> URGENCIES = List.of("none", "routine", "urgent", "emergency");

    // How the consequences name a code they conclude: the first text argument of these calls.
    private static final Pattern INSERTED_CAUTION = Pattern.compile(
            "(?:Caution\\s*\\.\\s*(?:of|at|stoppingSelfCare)|new\\s+Caution)\\s*\\(\\s*\"([^\"]+)\"");
    private static final Pattern INSERTED_ADVICE = Pattern.compile("Advice\\s*\\.\\s*(?:adjustment|failure)\\s*\\(\\s*\"([^\"]+)\"");
    private static final Pattern INSERTED_REASON = Pattern.compile("new\\s+ProfessionalAdvice\\s*\\(\\s*\"([^\"]+)\"");
    private static final Pattern INSERTED_EXCLUSION = Pattern.compile("new\\s+Exclusion\\s*\\([^,()]+,\\s*\"([^\"]+)\"");

    private final Map<String, Allowed> byField = new HashMap<>();

    private FieldValues() {
    }

    /**
     * The values for rules over a knowledge base (null: it did not load, so the fields it owns, the regions
     * above all, are not checked), with the codes the rules' consequences conclude.
     */
    static FieldValues of(KnowledgeBase kbOrNull, List<RuleReader.Parsed> rules) {
        FieldValues v = new FieldValues();
        String caseFormat = "the case format allows ";
        v.put(caseFormat, Vocabulary.RED_FLAGS, "RedFlag.code");
        v.put(caseFormat, sorted(CaseValidator.METHODS), "MassageHistory.method");
        v.put(caseFormat, sorted(CaseValidator.TOOLS), "MassageHistory.tool");
        v.put(caseFormat, sorted(CaseValidator.OUTCOMES), "MassageHistory.outcome");
        v.put(caseFormat, sorted(CaseValidator.PROFESSIONAL_STYLES), "MassageHistory.professionalStyle");
        v.put(caseFormat, sorted(CaseValidator.ONSETS), "PainComplaint.onset");
        v.put(caseFormat, sorted(CaseValidator.QUALITIES), "PainComplaint.quality");
        v.put("the engine sets ", List.of(Candidate.PALPATED, Candidate.REFERRAL, Candidate.AREA), "Candidate.basis");
        v.put("the engine sets ", List.of("high", "medium", "low"), "Candidate.confidence");
        v.put("a plan's method is ", List.of(Plan.HOLD, Plan.KNEADING), "Plan.method");
        v.put("a plan's strokes are ", List.of(Plan.CIRCULAR_OR_BACK_AND_FORTH, Plan.PARALLEL_TO_FIBRES), "Plan.strokes");
        v.put("the contract's urgencies are ", URGENCIES, "ProfessionalAdvice.urgency");

        List<String> consequences = rules.stream().map(p -> RuleReader.consequence(p.rule())).toList();
        String contractAndRules = "the contract and the rules' consequences name ";
        v.put(contractAndRules, with(EXCLUSIONS, inserted(INSERTED_EXCLUSION, consequences)), "Exclusion.reason");
        v.put(contractAndRules, with(with(ADJUSTMENTS, FAILURE_REASONS), inserted(INSERTED_ADVICE, consequences)), "Advice.code");
        v.put(contractAndRules, with(PROFESSIONAL_REASONS, inserted(INSERTED_REASON, consequences)), "ProfessionalAdvice.reason");

        List<String> muscleCautions = sorted(Vocabulary.MUSCLE_CAUTIONS);
        if (kbOrNull != null) {
            muscleCautions = with(muscleCautions, kbOrNull.muscles().values().stream().map(Muscle::caution)
                    .filter(c -> c != null).toList());
            List<String> regions = List.copyOf(kbOrNull.regions().keySet());
            v.put("kb/regions.csv's regions are ", regions, "PainRegion.region", "PressedSpot.region", "Candidate.region",
                    "Candidate.relatesTo", "Caution.region", "Exclusion.region", "Muscle.region", "Region.id",
                    "Region.towardCentre", "Referral.painRegion", "Referral.triggerRegion");
            v.put("kb/regions.csv's areas are ", sorted(Vocabulary.AREAS), "PainRegion.limb", "Region.area");
            List<String> muscles = List.copyOf(kbOrNull.muscles().keySet());
            v.put("kb/muscles.csv's muscles are ", muscles, "Muscle.name", "Referral.muscle", "Candidate.muscles");
        }
        v.put("kb/muscles.csv's cautions are ", muscleCautions, "Muscle.caution");
        v.put("the contract, kb/muscles.csv and the rules' consequences name ",
                with(with(Vocabulary.CAUTIONS, muscleCautions), inserted(INSERTED_CAUTION, consequences)), "Caution.code");
        return v;
    }

    /** The values of {@code Type.field}, or null when the field is free text (or not one the rules compare). */
    Allowed of(String type, String field) {
        return byField.get(type + "." + field);
    }

    private void put(String from, List<String> values, String... fields) {
        Allowed a = new Allowed(List.copyOf(values), from);
        for (String f : fields) {
            byField.put(f, a);
        }
    }

    private static List<String> inserted(Pattern call, List<String> consequences) {
        List<String> codes = new ArrayList<>();
        for (String text : consequences) {
            Matcher m = call.matcher(text);
            while (m.find()) {
                codes.add(m.group(1));
            }
        }
        return codes;
    }

    private static List<String> with(Collection<String> first, Collection<String> more) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(more);
        return List.copyOf(all);
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }
}
