package org.knotwise.bench.baseline;

import org.knotwise.engine.facts.Advice;
import org.knotwise.engine.facts.Candidate;
import org.knotwise.engine.facts.Caution;
import org.knotwise.engine.facts.Describable;
import org.knotwise.engine.facts.Exclusion;
import org.knotwise.engine.facts.Expectation;
import org.knotwise.engine.facts.MassageHistory;
import org.knotwise.engine.facts.PainComplaint;
import org.knotwise.engine.facts.PainRegion;
import org.knotwise.engine.facts.Person;
import org.knotwise.engine.facts.Plan;
import org.knotwise.engine.facts.PressedSpot;
import org.knotwise.engine.facts.ProfessionalAdvice;
import org.knotwise.engine.facts.RedFlag;
import org.knotwise.engine.facts.SiteRanking;
import org.knotwise.engine.facts.Tip;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CandidateSite;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.Coded;
import org.knotwise.engine.model.ExcludedSpot;
import org.knotwise.engine.model.ExplanationStep;
import org.knotwise.engine.model.Professional;
import org.knotwise.engine.model.Range;
import org.knotwise.engine.model.RuleBaseIdentity;
import org.knotwise.engine.model.SessionLength;
import org.knotwise.engine.model.Technique;
import org.knotwise.engine.rulebase.RuleBase;
import org.knotwise.engine.rulebase.RuleBaseMessages;
import org.knotwise.engine.rulebase.RuleDescription;
import org.knotwise.engine.text.Messages;
import org.knotwise.engine.text.Text;
import org.knotwise.engine.session.CaseValidator;
import org.knotwise.engine.session.FactBuilder;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Muscle;
import org.knotwise.kb.Referral;
import org.knotwise.kb.Region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in rules' decisions written by hand in plain Java: the yardstick the engine's throughput is
 * measured against. Same case in, same assessment out. It shares with the engine what is not a
 * decision: the case check ({@link CaseValidator}), the facts ({@link FactBuilder}), the fact classes
 * and the ranking's total order ({@link SiteRanking}); the rules' words (source, because) come from the
 * rule base. The decisions are one method per phase, each rule's conditions in the order of its
 * salience. Drools fires equal-salience matches in an order of its own, so only the explanation's order
 * (and the score a step shows at its moment) can differ from the engine's; the baseline test checks that.
 */
public final class HandWrittenAssessor {
    private static final List<String> URGENCY = List.of("none", "routine", "urgent", "emergency");
    private static final Set<String> GENTLE_CAUTIONS = Set.of("BLOOD_THINNERS", "PREGNANCY", "NERVE_SYMPTOMS", "SEVERE_PAIN");
    /** Pain here beside sudden chest pain makes it an emergency (caution.heart-signs-emergency). */
    private static final String[] HEART_SPREAD = {"shoulder-front", "shoulder-top", "upper-arm-front", "upper-arm-back",
            "jaw", "neck-side", "neck-back", "upper-back"};
    /** Where sudden leg pain may be a clot (caution.possible-clot, caution.clot-check). */
    private static final String[] CLOT_SITES = {"calf", "knee-back", "thigh-back", "thigh-inner"};
    private static final String[] HEAD = {"forehead", "temple", "back-of-head"};
    private static final String[] BACK_OR_HIP = {"upper-back", "mid-back", "low-back", "buttock", "hip-side"};
    private static final List<String> FINGERS_AND_THUMB = List.of("fingers", "thumb");
    private static final List<String> HARD_TOOLS = List.of("elbow", "fist", "backnobber");

    private static boolean isOneOf(String value, String[] values) {
        for (String v : values) if (v.equals(value)) return true;
        return false;
    }

    private final KnowledgeBase kb;
    /** The rule base's English: the facts hold message keys (or literal words), put into words as the engine does. */
    private final Messages en;
    private final CaseValidator validator;
    private final RuleBaseIdentity identity;
    private final Map<String, RuleDescription> rulesById = new HashMap<>();
    /** Place of each rule in the rule files: conclusions are listed in that order, as the engine does. */
    private final Map<String, Integer> positionById = new HashMap<>();
    private final List<String> idAtPosition = new ArrayList<>();

    public HandWrittenAssessor(RuleBase ruleBase) {
        this.kb = ruleBase.knowledgeBase();
        this.en = RuleBaseMessages.of(ruleBase).english();
        this.validator = new CaseValidator(kb);
        this.identity = ruleBase.identity();
        List<RuleDescription> rules = ruleBase.rules();
        for (int i = 0; i < rules.size(); i++) {
            RuleDescription r = rules.get(i);
            rulesById.putIfAbsent(r.idOrName(), r);
            positionById.putIfAbsent(r.idOrName(), i);
            idAtPosition.add(r.idOrName());
        }
    }

    public Assessment assess(Case c) {
        validator.validate(c);
        return new Run(c).assess();
    }

    /** A conclusion with the place of the rule that drew it. */
    private record Concluded<T>(int position, T fact) {
    }

    /** One case's working memory. */
    private final class Run {
        final Case c;
        final List<PainRegion> pains = new ArrayList<>();
        final List<RedFlag> flags = new ArrayList<>();
        final List<PressedSpot> spots = new ArrayList<>();
        PainComplaint complaint;
        Person person;
        MassageHistory history;

        final List<ExplanationStep> explanation = new ArrayList<>(32);
        /** What the rule about to be recorded inserted or changed, in words. */
        final List<String> pending = new ArrayList<>();
        final List<Candidate> candidates = new ArrayList<>();
        final Map<Candidate, List<Integer>> rulesByCandidate = new IdentityHashMap<>();
        final Map<Integer, Exclusion> exclusionBySpot = new java.util.TreeMap<>();
        final List<Concluded<Advice>> advice = new ArrayList<>();
        final List<Concluded<ProfessionalAdvice>> professional = new ArrayList<>();
        final List<Concluded<Expectation>> expectations = new ArrayList<>();
        final List<Concluded<Tip>> tips = new ArrayList<>();
        final List<Concluded<Caution>> cautions = new ArrayList<>();
        Plan plan;

        Run(Case c) {
            this.c = c;
            for (Object fact : FactBuilder.facts(c, kb)) {
                if (fact instanceof PainRegion x) pains.add(x);
                else if (fact instanceof RedFlag x) flags.add(x);
                else if (fact instanceof PressedSpot x) spots.add(x);
                else if (fact instanceof PainComplaint x) complaint = x;
                else if (fact instanceof Person x) person = x;
                else if (fact instanceof MassageHistory x) history = x;
            }
        }

        Assessment assess() {
            if (safety()) {
                return noSelfCare();
            }
            finding();
            referral();
            ranking();
            plan();
            history();
            professionalHelp();
            expectations();
            return assemble();
        }

        // ---- safety: red flags and cautions; true when the session halts after it ----------------

        private boolean safety() {
            for (RedFlag flag : flags) {
                professional("safety.red-flag", "RED_FLAG", "urgent", en.format(Text.of("professional.RED_FLAG.warning-sign",
                        "sign", Text.of("redflag." + flag.getCode()))));
                fired("safety.red-flag", flag);
            }
            if (flagged("bowel-or-bladder-change") || flagged("saddle-numbness")) {
                professional("safety.cauda-equina", "RED_FLAG", "emergency",
                        "Go to emergency care now: new loss of bladder or bowel control, trouble passing urine, or numbness in the saddle area need checking straight away.");
                fired("safety.cauda-equina");
            }
            if (flagged("chest-pain")) {
                professional("safety.chest-pain", "RED_FLAG", "emergency",
                        "Chest pain: call emergency services now, and do not massage it; above all if it is crushing, spreads to the arm, jaw or back, or comes with sweating or sickness.");
                fired("safety.chest-pain");
            }
            if (flagged("shortness-of-breath") || flagged("fainting") || flagged("confusion")) {
                professional("safety.emergency-symptoms", "RED_FLAG", "emergency",
                        "Call emergency services now: new breathlessness, fainting or confusion with pain needs help at once.");
                fired("safety.emergency-symptoms");
            }
            if (flagged("stiff-neck") && flagged("fever")) {
                professional("safety.stiff-neck-with-fever", "RED_FLAG", "emergency",
                        "Call emergency services now: a stiff neck with a fever can be meningitis.");
                fired("safety.stiff-neck-with-fever");
            }
            PainComplaint pc = complaint;
            boolean sudden = pc.isSudden();
            PainRegion chest = painRegion("chest");
            if (chest != null) {
                caution("caution.chest-heart", Caution.of("CHEST_HEART",
                        "Chest-muscle knots can feel like heart pain, and feeling better after rubbing does not rule out the heart. "
                        + "Call emergency services if chest pain is crushing, tight or heavy, spreads to an arm, the jaw, neck or back, "
                        + "or comes with breathlessness, sweating or feeling sick.",
                        kb.citation("CHEST_HEART")));
                fired("caution.chest-heart", chest);
                if (sudden) {
                    caution("caution.heart-signs", Caution.stoppingSelfCare("HEART_SIGNS",
                            "Chest pain that came on suddenly can be the heart: do not massage it, and have it checked before anything else.",
                            kb.citation("HEART_SIGNS")));
                    professional("caution.heart-signs", "HEART_SIGNS", "urgent",
                            "See a doctor today about the sudden chest pain; call emergency services if it is crushing or spreads, or you feel breathless, sweaty or sick.");
                    fired("caution.heart-signs", chest, pc);
                    if (pc.isSevere() || painAtAny(HEART_SPREAD)) {
                        professional("caution.heart-signs-emergency", "HEART_SIGNS", "emergency",
                                "Call emergency services now: sudden chest pain that spreads to the arm, shoulder, jaw, neck or back, or is severe, can be a heart attack.");
                        fired("caution.heart-signs-emergency", chest, pc);
                    }
                }
            }
            Caution clot = null;
            if ((pc.isSwollen() && painOnLeg()) || (sudden && painAtAny(CLOT_SITES))) {
                clot = Caution.stoppingSelfCare("POSSIBLE_CLOT",
                        "Sudden pain in the calf, behind the knee or in the thigh, or swelling, warmth or redness in a painful leg, can be a blood clot (DVT): "
                        + "do not massage it. Call emergency services at once if you are also short of breath or have chest pain.",
                        kb.citation("POSSIBLE_CLOT"));
                caution("caution.possible-clot", clot);
                professional("caution.possible-clot", "POSSIBLE_CLOT", "urgent",
                        "Have a doctor check the leg today for a blood clot, before any massage.");
                fired("caution.possible-clot", pc);
            }
            if (sudden && pc.isSevere()) {
                caution("caution.sudden-severe", Caution.stoppingSelfCare("SUDDEN_SEVERE",
                        "Pain that came on suddenly and is this severe needs a diagnosis first: do not massage it.",
                        kb.citation("SUDDEN_SEVERE")));
                professional("caution.sudden-severe", "SUDDEN_SEVERE", "urgent", "See a doctor today about the sudden, severe pain.");
                fired("caution.sudden-severe", pc);
                if (painAtAny(HEAD)) {
                    professional("caution.sudden-severe-headache", "SUDDEN_SEVERE", "emergency",
                            "Call emergency services now: a sudden, severe headache can be bleeding in the brain.");
                    fired("caution.sudden-severe-headache", pc);
                }
            }
            PainRegion abdomen = painRegion("abdomen");
            if (abdomen != null && sudden) {
                caution("caution.sudden-abdominal", Caution.stoppingSelfCare("SUDDEN_ABDOMINAL",
                        "Pain in the abdomen that came on suddenly is more often an organ than a muscle: do not massage it.",
                        kb.citation("SUDDEN_ABDOMINAL")));
                professional("caution.sudden-abdominal", "SUDDEN_ABDOMINAL", "urgent",
                        "See a doctor today about the sudden pain in the abdomen; call emergency services if it is severe or you are vomiting blood.");
                fired("caution.sudden-abdominal", abdomen, pc);
            }
            if (Boolean.TRUE.equals(person.getAnticoagulants())) {
                caution("caution.blood-thinners", Caution.of("BLOOD_THINNERS",
                        "Blood thinners or a bleeding disorder make bruising and bleeding under pressure more likely: "
                        + "ask your doctor before self-massage, and keep the pressure gentle, by hand or with a ball, never an elbow or a hard tool.",
                        kb.citation("BLOOD_THINNERS")));
                professional("caution.blood-thinners", "MEDICAL_CHECK", "routine",
                        "Ask your doctor whether self-massage suits you before you start.");
                fired("caution.blood-thinners", person);
            }
            if (Boolean.TRUE.equals(person.getPregnant())) {
                caution("caution.pregnancy", Caution.of("PREGNANCY",
                        "In pregnancy, leave the abdomen and groin alone and press nothing deep; check with your midwife or doctor before starting, "
                        + "and stop if anything feels wrong.",
                        kb.citation("PREGNANCY")));
                fired("caution.pregnancy", person);
                if (abdomen != null || painRegion("groin") != null) {
                    caution("caution.pregnancy-check", Caution.stoppingSelfCare("PREGNANCY_CHECK",
                            "Pain in the abdomen or groin in pregnancy should be checked by your midwife or doctor: do not massage it.",
                            kb.citation("PREGNANCY_CHECK")));
                    professional("caution.pregnancy-check", "PREGNANCY_CHECK", "routine",
                            "Tell your midwife or doctor about the pain at your next contact, within days rather than weeks.");
                    fired("caution.pregnancy-check", person);
                    if (sudden || (pc.getSeverity() != null && pc.getSeverity() >= 7)) {
                        professional("caution.pregnancy-check-urgent", "PREGNANCY_CHECK", "urgent",
                                "Call your midwife or doctor today about the sudden or severe pain.");
                        fired("caution.pregnancy-check-urgent", person, pc);
                    }
                }
            }
            Integer age = person.getAge();
            if (age != null && age < 12) {
                caution("caution.child", Caution.stoppingSelfCare("CHILD",
                        "This advice is written for adults: a child's pain should be seen by a doctor, not treated with self-massage.",
                        kb.citation("CHILD")));
                professional("caution.child", "CHILD", "routine",
                        "Have the child's doctor look at the pain within the next few weeks, sooner if it gets worse.");
                fired("caution.child", person);
                if (abdomen != null) {
                    professional("caution.child-urgent", "CHILD", "urgent", "Have a doctor see the child today.");
                    fired("caution.child-urgent", person);
                }
            }
            if (age != null && age >= 50 && (painRegion("temple") != null || painRegion("jaw") != null)) {
                caution("caution.arteritis-risk", Caution.stoppingSelfCare("ARTERITIS_RISK",
                        "At 50 or over, new pain at the temple or jaw (worse on chewing, with a tender scalp or changes in vision) can be "
                        + "giant cell arteritis: do not massage it. Sudden changes in vision mean emergency care.",
                        kb.citation("ARTERITIS_RISK")));
                professional("caution.arteritis-risk", "ARTERITIS_RISK", "urgent",
                        "See a doctor today about the temple or jaw pain, to rule out giant cell arteritis.");
                fired("caution.arteritis-risk", person);
            }
            // salience 45, then 40: the rules that look at what the cautions above concluded
            if (clot != null && chest != null) {
                professional("caution.possible-clot-emergency", "POSSIBLE_CLOT", "emergency",
                        "Call emergency services now: a possible clot in the leg with chest pain may have reached the lungs.");
                fired("caution.possible-clot-emergency", clot);
            }
            if (clot == null && painAtAny(CLOT_SITES) && (pc.getOnset() == null || pc.getSwelling() == null)) {
                caution("caution.clot-check", Caution.of("CLOT_CHECK",
                        "If this leg pain started suddenly, or the leg is swollen, warm or red, it could be a blood clot: "
                        + "then do not massage it, and see a doctor today.",
                        kb.citation("CLOT_CHECK")));
                fired("caution.clot-check", pc);
            }
            if (clot == null && pc.isSwollen()) {
                caution("caution.inflamed-area", Caution.of("INFLAMED_AREA",
                        "Swelling, warmth or redness where it hurts can mean inflammation or infection: do not rub the painful place itself.",
                        kb.citation("INFLAMED_AREA")));
                professional("caution.inflamed-area", "MEDICAL_CHECK", "routine",
                        "Have a doctor or physiotherapist look at the swelling within the next few weeks, sooner if it spreads or you feel unwell.");
                fired("caution.inflamed-area", pc);
            }
            boolean stopping = false;
            for (Concluded<Caution> x : cautions) {
                if (x.fact().isStopsSelfCare()) stopping = true;
            }
            // salience 40: without a plan, these cautions say nothing on how to rub
            boolean noPlan = stopping || !flags.isEmpty();
            if (age != null && (age < 20 || age >= 50) && (painRegion("low-back") != null || painRegion("mid-back") != null)
                    && (pc.getDurationDays() == null || pc.getDurationDays() < 42)) {
                caution("caution.back-pain-age", Caution.of("BACK_PAIN_AGE", !noPlan
                        ? "New back pain before 20 or from 50 is more often something other than a muscle knot: self-massage can go on, "
                          + "but have it checked too."
                        : "New back pain before 20 or from 50 is more often something other than a muscle knot: say so when you are seen.",
                        kb.citation("BACK_PAIN_AGE")));
                professional("caution.back-pain-age", "MEDICAL_CHECK", "routine",
                        "Have a doctor or physiotherapist check the new back pain within the next few weeks.");
                fired("caution.back-pain-age", person, pc);
            }
            if (pc.getQuality().contains("burning") || pc.getQuality().contains("tingling")) {
                caution("caution.nerve-symptoms", Caution.of("NERVE_SYMPTOMS", !noPlan
                        ? "Burning or tingling sounds more like an irritated nerve than a muscle knot: rub gently only, "
                          + "and see a professional if it persists or spreads."
                        : "Burning or tingling sounds more like an irritated nerve than a muscle knot: say so when you are seen.",
                        kb.citation("NERVE_SYMPTOMS")));
                fired("caution.nerve-symptoms", pc);
            }
            if (pc.isSevere()) {
                caution("caution.severe-pain", Caution.of("SEVERE_PAIN", !noPlan
                        ? "Pain this severe: start very gently, and see a professional if it does not ease within a few days."
                        : "Pain this severe is not for pressing on: leave it alone until you have been seen.",
                        kb.citation("SEVERE_PAIN")));
                fired("caution.severe-pain", pc);
            }
            // salience -100: the first of the two halts to fire ends the session
            if (stopping) {
                fired("safety.stop-plan-caution");
                return true;
            }
            if (!flags.isEmpty()) {
                fired("safety.stop-plan");
                return true;
            }
            return false;
        }

        // ---- finding: which pressed spots count ----------------------------------------------

        private void finding() {
            for (PressedSpot s : spots) {
                if (s.isTender() && s.getRelevant() == null
                        && pains.stream().noneMatch(p -> kb.linkedToPain(p.getRegion(), s.getRegion()))) {
                    exclude(s, "FAR_FROM_PAIN", "find.far-from-pain");
                }
            }
            for (PressedSpot s : spots) {
                // of such spots in a region, the strongest stands for it (PressedSpot.getStrength), the first listed on a tie
                if (mayStandForRegion(s) && candidateAt(s.getRegion()) == null && !strongerSpotIn(s)) {
                    Candidate cand = Candidate.palpated(s);
                    cand.addEvidence(1, "tender to pressure");
                    insert(cand, "find.tender-candidate");
                    fired("find.tender-candidate", s);
                }
            }
            for (PressedSpot s : spots) {
                if (!s.isTender() && !s.isBumpOrTwitch()) exclude(s, "NOT_TENDER", "find.not-tender");
                if (!s.isTender() && s.isBumpOrTwitch()) exclude(s, "BUMP_ONLY", "find.bump-only");
                if (s.isTender() && s.isNotRelevant()) exclude(s, "NOT_RELEVANT", "find.not-relevant");
                Candidate cand = s.isTender() ? candidateOfSpot(s.getIndex()) : null;
                if (cand == null) continue;
                if (s.isGoodPainFelt()) {
                    cand.addEvidence(2, "good pain");
                    updated(cand);
                    fired("find.good-pain", s, cand);
                }
                if (s.isSurelyRelevant()) {
                    cand.addEvidence(2, "feels related to the complaint");
                    updated(cand);
                    fired("find.relevant", s, cand);
                }
                if (s.isBumpOrTwitch()) {
                    cand.addEvidence(0, "bump or twitch felt, given no weight");
                    updated(cand);
                    fired("find.bump-ignored", s, cand);
                }
            }
        }

        // ---- referral: the painful area, then the map ----------------------------------------

        private void referral() {
            for (PainRegion p : pains) {
                if (!spotAt(p.getRegion()) && candidateAt(p.getRegion()) == null) {
                    insert(Candidate.area(p.getRegion()), "find.search-epicentre");
                    fired("find.search-epicentre", p);
                }
            }
            // Drools takes these matches the last pain region first: where two pains' map rows point at
            // one site, the later region's row proposes it and the earlier one's adds to it
            // a relevant tender spot at the pain answers the search, unless the painful place is not to be rubbed
            boolean inflamed = cautionFact("INFLAMED_AREA") != null;
            for (int i = pains.size() - 1; i >= 0; i--) {
                PainRegion p = pains.get(i);
                if (!inflamed && relevantTenderSpotAt(p.getRegion())) continue;
                for (Referral ref : kb.referralsTo(p.getRegion())) {
                    if (candidateAt(ref.triggerRegion()) == null && !spotAt(ref.triggerRegion())) {
                        insert(Candidate.referral(ref), "find.referral-candidate");
                        fired("find.referral-candidate", p);
                    }
                }
            }
            for (PainRegion p : pains) {
                for (Referral ref : kb.referralsTo(p.getRegion())) {
                    Candidate cand = candidateAt(ref.triggerRegion());
                    if (cand == null || cand.getAbsorbed().contains(ref)) continue;
                    if (Candidate.PALPATED.equals(cand.getBasis())) {
                        cand.supportedBy(ref);
                        updated(cand);
                        fired("find.referral-supports-spot", p, cand);
                    } else if (Candidate.REFERRAL.equals(cand.getBasis())) {
                        cand.absorb(ref);
                        updated(cand);
                        fired("find.referral-more-muscles", p, cand);
                    }
                }
            }
            for (Candidate cand : candidates) {
                if (!Candidate.REFERRAL.equals(cand.getBasis())) continue;
                String site = cand.getRegion();
                if (pains.stream().anyMatch(p -> firstInMap(p.getRegion(), site))) {
                    cand.addEvidence(2, "listed first in the map for this pain");
                    updated(cand);
                    fired("find.map-first", cand);
                }
            }
        }

        // ---- ranking: where each site stands, muscles, what the cautions leave, order ----------

        private void ranking() {
            if (candidates.isEmpty()) return;
            List<String> painRegions = new ArrayList<>(pains.size());
            for (PainRegion p : pains) painRegions.add(p.getRegion());
            for (Candidate cand : candidates) {
                cand.placeFrom(kb, painRegions);
                updated(cand);
                fired("find.relates-to", cand);
            }
            for (Candidate cand : candidates) {
                if (Candidate.REFERRAL.equals(cand.getBasis()) && cand.getStepsTowardCentre() > 0) {
                    cand.addEvidence(1, cand.getStepsTowardCentre() + " step(s) toward the centre");
                    updated(cand);
                    fired("find.toward-centre", cand);
                }
            }
            for (Candidate cand : candidates) {
                if (cand.getMuscles().isEmpty()) {
                    cand.addMuscles(kb.musclesAt(cand.getRegion()));
                    updated(cand);
                    fired("find.name-muscles", cand);
                }
            }
            for (Candidate cand : candidates) {
                if (!cand.isHardToReach() && !cand.getMuscles().isEmpty() && allDeep(cand)) {
                    cand.markHardToReach(-3, "deep muscle, hard to reach on your own");
                    updated(cand);
                    fired("find.hard-to-reach", cand);
                }
            }
            // salience 0: the cautions' rules come first in the rule files, so they fire before the confidence rules
            Caution pregnancy = cautionFact("PREGNANCY");
            if (pregnancy != null) {
                for (int i = 0; i < candidates.size(); i++) {
                    Candidate cand = candidates.get(i);
                    String site = cand.getRegion();
                    if (site.equals("abdomen") || site.equals("groin") || cand.isHardToReach()) {
                        withdraw(cand);
                        i--;
                        fired("caution.pregnancy-sites", pregnancy, cand);
                    }
                }
            }
            Caution inflamed = cautionFact("INFLAMED_AREA");
            if (inflamed != null) {
                for (int i = 0; i < candidates.size(); i++) {
                    Candidate cand = candidates.get(i);
                    if (painRegion(cand.getRegion()) != null) {
                        withdraw(cand);
                        i--;
                        fired("caution.inflamed-area-sites", inflamed, cand);
                    }
                }
            }
            for (Candidate cand : candidates) {
                if (!Candidate.PALPATED.equals(cand.getBasis())) continue;
                PressedSpot s = spots.get(cand.getSpotIndex());
                if (!s.isTender()) continue;
                if (s.isSurelyRelevant() && s.isGoodPainFelt()) {
                    cand.setConfidence("high");
                    updated(cand);
                    fired("rank.high", cand, s);
                } else if (s.isSurelyRelevant() != s.isGoodPainFelt()) {
                    cand.setConfidence("medium");
                    updated(cand);
                    fired("rank.medium", cand, s);
                }
            }
            if (pregnancy != null) {
                for (Candidate cand : candidates) {
                    if (!cand.isHardToReach() && anyDeep(cand)) {
                        cand.dropDeepMuscles(kb);
                        updated(cand);
                        fired("caution.pregnancy-deep-muscles", pregnancy, cand);
                    }
                }
            }
            if (candidates.isEmpty()) return;
            List<Candidate> ranked = SiteRanking.bestFirst(candidates);
            for (int i = 0; i < ranked.size(); i++) {
                ranked.get(i).setRank(i + 1);
                updated(ranked.get(i));
            }
            fired("rank.order");
        }

        // ---- plan: the cautions about sites, then how to rub ---------------------------------

        private void plan() {
            Caution pregnancy = cautionFact("PREGNANCY");
            if (pregnancy != null && candidates.isEmpty()) {
                professional("caution.pregnancy-no-site", "MEDICAL_CHECK", "routine",
                        "In pregnancy, ask your midwife or doctor about this pain within the next few weeks: the places to rub for it are not advised now.");
                fired("caution.pregnancy-no-site", pregnancy);
            }
            for (Candidate cand : candidates) {
                boolean frontOfNeck = false;
                for (String name : cand.getMuscles()) {
                    Muscle m = kb.muscle(name);
                    if (m == null || m.caution() == null) continue;
                    if (m.caution().equals("FRONT_OF_NECK")) {
                        frontOfNeck = true;
                        continue;
                    }
                    caution("caution.muscle", Caution.at(m.caution(), m.region(), kb.citation(m.caution())));
                    fired("caution.muscle", cand);
                }
                if (frontOfNeck) {
                    caution("caution.front-of-neck", Caution.at("FRONT_OF_NECK", cand.getRegion(),
                            "The front and side of the neck hold arteries and nerves: use gentle fingertips, or pinch the muscle lightly "
                            + "between thumb and fingers, press no harder than 5 out of 10, and never over a pulse. No ball or other tool here.",
                            kb.citation("FRONT_OF_NECK")));
                    fired("caution.front-of-neck", cand);
                }
                if (cand.getRegion().equals("knee-back") || cand.getRegion().equals("groin")) {
                    caution("caution.near-vessels", Caution.at("NEAR_VESSELS", cand.getRegion(),
                            "Behind the knee and in the groin the great blood vessels and nerves lie close under the skin: use your fingers only, "
                            + "gently (5 out of 10 at most), and never press over a pulse.",
                            kb.citation("NEAR_VESSELS")));
                    fired("caution.near-vessels", cand);
                }
            }
            if (candidates.isEmpty()) return;
            plan = new Plan();
            pending.add(plan.describe());
            // rub.plan fills in what the article advises for everyone as it makes the plan
            plan.holdFor(10, 100);
            plan.intensityBetween(4, 7);
            plan.setStartGentle(true);
            plan.setLightPressure(true);
            plan.sessionSeconds(30, 300);
            plan.sessionsPerDay(2, 6);
            fired("rub.plan");
            Candidate top = topSite();
            // a gentle pinch at the front of the neck, not strokes along the fibres
            boolean fibresAtTop = top != null && Candidate.PALPATED.equals(top.getBasis()) && top.isFibreDirectionKnown()
                    && !cautionAt("FRONT_OF_NECK", top.getRegion());
            if (fibresAtTop) {
                plan.knead(Plan.PARALLEL_TO_FIBRES);
                fired("rub.along-fibres", plan, top);
            }
            if (!fibresAtTop && history != null && "kneading".equals(history.getMethod())) {
                plan.knead(Plan.CIRCULAR_OR_BACK_AND_FORTH);
                fired("rub.keep-kneading", plan, history);
            }
            tip("find.how-to-search", "To search, feel around the stiff, sore area with your fingers and thumbs for small spots that are sharply tender when pressed.");
            fired("find.how-to-search", plan);
            for (Candidate cand : candidates) {
                if (allDeep(cand)) continue;
                for (String m : cand.getMuscles()) {
                    if (kb.isDeep(m)) {
                        tip("find.deep-muscle-note", "At " + cand.getRegion() + ", " + m + " lies deep and is hard to reach well on your own: work on the other muscles there, and leave " + m + " to a professional.");
                        fired("find.deep-muscle-note", plan, cand);
                    }
                }
            }
            Region topRegion = top == null ? null : kb.region(top.getRegion());
            if (topRegion != null && topRegion.fibreDirectionKnown()) {
                plan.fibreDirectionAt(top.getRegion(), Text.of("technique.fibre-direction",
                        "site", Text.region(top.getRegion()), "direction", Text.of("fibre." + top.getRegion())));
                fired("rub.fibre-direction", plan, top);
            }
            tip("rub.feels-good", "Any way of rubbing that feels good is fine: holding, small strokes, or a mix.");
            fired("rub.feels-good", plan);
            if (history == null || (history.getDays() != null && history.getDays() <= 0)) {
                expectation("hard.beginner", "Newcomers usually press far too hard: begin near 4 out of 10 and go firmer only if it feels right; you are soothing the spot, not fighting it.");
                fired("hard.beginner", plan);
            }
            tip("often.session-length", "Start with about 30 seconds on a spot. About five minutes is roughly the most a spot needs at once, but there is no real limit while it keeps feeling good.");
            fired("often.session-length", plan);
            boolean backOrHip = false;
            for (Candidate cand : candidates) {
                plan.toolsFor(cand.getRegion(), kb.reach(cand.getRegion()));
                fired("tools.by-reach", plan, cand);
                backOrHip |= isOneOf(cand.getRegion(), BACK_OR_HIP);
            }
            if (backOrHip) {
                tip("tools.ball-against-wall", "For a spot on your back or hip, trap a ball between your body and a wall, and lean into it.");
                fired("tools.ball-against-wall", plan);
            }
            boolean gentleAtTop = false;
            boolean gentle = false;
            for (int i = 0; i < cautions.size(); i++) {
                Caution x = cautions.get(i).fact();
                String code = x.getCode();
                if (code.equals("FRONT_OF_NECK") || code.equals("NEAR_VESSELS")) {
                    plan.limitToolsAt(x.getRegion(), FINGERS_AND_THUMB);
                    fired("caution.gentle-site-tools", x, plan);
                    gentleAtTop |= top != null && top.getRegion().equals(x.getRegion());
                } else if (code.equals("BLOOD_THINNERS")) {
                    plan.gentlerThan(5);
                    plan.ruleOutTools(HARD_TOOLS);
                    fired("caution.blood-thinners-plan", x, plan);
                }
                gentle |= GENTLE_CAUTIONS.contains(code);
            }
            if (gentleAtTop) {
                plan.gentlerThan(5);
                fired("caution.gentle-site-pressure", top, plan);
            }
            if (gentle) {
                plan.setStartGentle(true);
                fired("caution.start-gentle", plan);
            }
        }

        // ---- history: corrections of what was tried, why it may be failing -------------------

        private void history() {
            if (plan == null) return; // every correction is of a plan
            boolean better = history != null && "better".equals(history.getOutcome());
            if (history != null) {
                MassageHistory h = history;
                boolean negative = h.isNegativeReactionsReported();
                Candidate top = topSite();
                if ("kneading".equals(h.getMethod()) && top != null && Candidate.PALPATED.equals(top.getBasis())
                        && top.isFibreDirectionKnown() && !cautionAt("FRONT_OF_NECK", top.getRegion())) {
                    adjustment("rub.adjust-along-fibres", "STROKE_ALONG_FIBRES", "At " + top.getRegion()
                            + ", where you can feel which way the fibres run, stroke along them, as if gently stretching them lengthwise.");
                    fired("rub.adjust-along-fibres", plan, h, top);
                }
                if (h.getIntensity() != null && h.getIntensity() > 7) {
                    adjustment("hard.too-intense", "REDUCE_INTENSITY", "Press more gently: aim for 4 to 7 out of 10, satisfying but easy to live with.");
                    fired("hard.too-intense", plan, h);
                    if (!better) {
                        failure("fail.too-intense", "TOO_INTENSE", "Pressing this hard can irritate the spot instead of calming it.");
                        fired("fail.too-intense", plan, h);
                    }
                }
                if (h.getIntensity() != null && h.getIntensity() < 4 && "same".equals(h.getOutcome()) && !negative
                        && (h.getDays() == null || h.getDays() >= 1)) {
                    adjustment("hard.too-gentle", "INCREASE_INTENSITY", "Press a little firmer, into the 4 to 7 out of 10 range: strong enough to satisfy.");
                    fired("hard.too-gentle", plan, h);
                }
                if (Boolean.FALSE.equals(h.getLightPressure())) {
                    adjustment("hard.add-light-pressure", "ADD_LIGHT_PRESSURE", "Add some very light strokes too: gently tug the skin back and forth over the spot.");
                    fired("hard.add-light-pressure", plan, h);
                }
                if (h.getSessionsPerDay() != null && h.getSessionsPerDay() < 2 && !negative && !"better".equals(h.getOutcome())) {
                    adjustment("often.more-often", "MORE_OFTEN", "Rub the spot at least twice a day.");
                    fired("often.more-often", plan, h);
                }
                if (h.getSessionsPerDay() != null && h.getSessionsPerDay() > 6) {
                    adjustment("often.less-often", "LESS_OFTEN", "Cut back to six sessions a day at most: more can aggravate the spot.");
                    fired("often.less-often", plan, h);
                }
                if (negative) {
                    adjustment("often.negative-reactions", "EASE_OFF", "Ease off: gentler and shorter sessions until the bad reactions stop.");
                    fired("often.negative-reactions", plan, h);
                    if (!better) {
                        failure("fail.negative-reactions", "NEGATIVE_REACTIONS", "Bad reactions after sessions suggest the massage is stirring the spot up rather than calming it.");
                        fired("fail.negative-reactions", plan, h);
                    }
                }
                boolean longSessions = h.getMinutesPerSession() != null && h.getMinutesPerSession() > 5;
                if (longSessions && ("worse".equals(h.getOutcome()) || negative)) {
                    adjustment("often.shorter-sessions", "SHORTER_SESSIONS", "Keep sessions to about five minutes: more is rarely needed and longer ones are not helping.");
                    fired("often.shorter-sessions", plan, h);
                }
                if (longSessions && !"worse".equals(h.getOutcome()) && !negative) {
                    expectation("often.longer-if-good", "Five minutes is about the most a spot needs at once, but longer is fine while it keeps feeling good.");
                    fired("often.longer-if-good", plan, h);
                }
                if ("foam-roller".equals(h.getTool()) && pains.stream().anyMatch(p -> !p.isWide())
                        && candidates.stream().anyMatch(x -> !Candidate.AREA.equals(x.getBasis()) && narrow(x.getRegion()))) {
                    adjustment("tools.smaller-contact", "SMALLER_CONTACT_TOOL", "Use something with a smaller contact area here, such as a thumb or a ball, instead of a foam roller.");
                    fired("tools.smaller-contact", plan, h);
                }
                if (h.getDays() != null && h.getDays() < 1) {
                    adjustment("release.wait", "WAIT_FOR_RESULT", "Give it time: results usually show within several hours, often the next morning.");
                    fired("release.wait", plan, h);
                }
                if (h.getOutcome() != null && !better && !relevantTenderSpot() && siteTowardCentre()) {
                    failure("fail.look-toward-centre", "LOOK_TOWARD_CENTRE", "The knot may not be where it hurts: explore toward the centre of the body, starting with the candidate sites.");
                    fired("fail.look-toward-centre", plan, h);
                }
            }
            if (!better && excludedFor("NOT_RELEVANT")) {
                failure("fail.spot-not-relevant", "SPOT_NOT_RELEVANT", "A sore spot that does not feel connected to your complaint is probably not the one to treat.");
                fired("fail.spot-not-relevant", plan);
            }
            if (!better && excludedFor("BUMP_ONLY")) {
                failure("fail.unreliable-sign", "UNRELIABLE_SIGN", "Bumps and twitches are unreliable: look for small spots that are tender, feel relevant and hurt in a good way.");
                fired("fail.unreliable-sign", plan);
            }
            if (history != null && ("partial".equals(history.getOutcome()) || "temporary".equals(history.getOutcome()))) {
                failure("fail.partial-relief", "PARTIAL_RELIEF", history.isNegativeReactionsReported()
                        ? "Partial or short-lived relief is common with trigger-point massage; once the bad reactions settle, go on more gently."
                        : candidates.size() > 1
                        ? "Partial or short-lived relief is common with trigger-point massage; keep at it regularly and try the other candidate sites too."
                        : "Partial or short-lived relief is common with trigger-point massage; keep at it regularly.");
                fired("fail.partial-relief", plan, history);
            }
        }

        // ---- professional help -----------------------------------------------------------------

        private void professionalHelp() {
            MassageHistory h = history;
            if (h != null && h.getDays() != null && h.getDays() >= 14 && ("same".equals(h.getOutcome()) || "worse".equals(h.getOutcome()))) {
                professional("pro.no-progress", "NO_PROGRESS", "routine",
                        "Look for a therapist who seems humble, sensible and experienced; a massage you enjoy beats bad trigger-point therapy.");
                fired("pro.no-progress", h);
            }
            if (h != null && (h.getDays() == null || h.getDays() >= 3) && "worse".equals(h.getOutcome())) {
                professional("pro.worsening", "WORSENING", "routine",
                        "The pain is getting worse with self-massage: stop pressing harder, and have a doctor or physiotherapist look at it.");
                fired("pro.worsening", h);
            }
            if (complaint.getDurationDays() != null && complaint.getDurationDays() >= 90 && (h == null || !"better".equals(h.getOutcome()))) {
                professional("pro.long-standing", "LONG_STANDING", "routine",
                        "Pain lasting three months or more deserves a professional assessment, whatever you try yourself meanwhile.");
                fired("pro.long-standing", complaint);
            }
            if (h != null && h.isNegativeReactionsReported() && h.getDays() != null && h.getDays() >= 14) {
                professional("pro.bad-reactions", "BAD_REACTIONS", "routine",
                        "Two weeks and more of bad reactions to self-massage deserve a look by a doctor or physiotherapist within the next few weeks.");
                fired("pro.bad-reactions", h);
            }
            if (h != null && "brutal".equals(h.getProfessionalStyle())) {
                professional("pro.brutal", "BRUTAL_THERAPY", "none",
                        "Never put up with brutal massage: find a gentler, humble, sensible and experienced therapist whose style you like.");
                fired("pro.brutal", h);
            }
            for (Candidate cand : candidates) {
                if (cand.isHardToReach()) {
                    String deep = String.join(" and ", cand.getMuscles()) + " (" + cand.getRegion() + ") lies deep and is hard to press well yourself: ";
                    // "the easier sites" only where there are others
                    professional("pro.hard-to-reach", "HARD_TO_REACH", "none", candidates.size() > 1
                            ? "Work the easier sites first. " + deep + "if the easier sites do not help, a humble, sensible, experienced therapist can reach it."
                            : deep + "a humble, sensible, experienced therapist can reach it if gentle work around it does not help.");
                    fired("pro.hard-to-reach", cand);
                }
            }
        }

        private void expectations() {
            if (plan == null) return;
            expectation("find.wide-net", "Do not worry about hitting the exact spot: rub around the candidate sites broadly and pleasantly; any good massage probably beats trigger-point therapy done badly.");
            fired("find.wide-net", plan);
            expectation("release.feel", "A release feels like the spot becoming less sensitive or the tissue softening; at first it can feel like scratching an itch.");
            fired("release.feel", plan);
            expectation("release.timing", "If it worked, the symptoms ease within several hours, often by the next morning.");
            fired("release.timing", plan);
            expectation("release.tender-after", "The spot may be more tender for a while after rubbing even when it worked; let it calm down.");
            fired("release.tender-after", plan);
            // with a caution, the answer does not call massage safe
            expectation("release.experimental", cautions.isEmpty()
                    ? "Trigger-point massage is an experimental but safe and cheap thing to try: the science behind it is still unsettled."
                    : "Trigger-point massage is an experimental, cheap thing to try, with the care the cautions above ask for: the science behind it is still unsettled.");
            fired("release.experimental", plan);
        }

        // ---- the assessment ----------------------------------------------------------------------

        private Assessment noSelfCare() {
            return noSelfCare(List.of());
        }

        /** No massage advice; the spots set aside are shown when the search ran. */
        private Assessment noSelfCare(List<ExcludedSpot> excluded) {
            return new Assessment(c.id(), false, List.of(), excluded, null, List.of(), List.of(), professional(),
                    List.of(), List.of(), explanation, cautionList(), c.warnings(), identity);
        }

        private List<ExcludedSpot> excludedSpots() {
            List<ExcludedSpot> excluded = new ArrayList<>(exclusionBySpot.size());
            exclusionBySpot.values().forEach(e -> excluded.add(new ExcludedSpot(e.getRegion(), e.getReason())));
            return excluded;
        }

        private Assessment assemble() {
            if (plan == null || candidates.isEmpty()) {
                // contract §8.4: no sites, no plan, no corrections, tips or expectations
                return noSelfCare(excludedSpots());
            }
            List<Candidate> ranked = SiteRanking.bestFirst(candidates);
            List<CandidateSite> sites = new ArrayList<>(ranked.size());
            for (Candidate x : ranked) {
                List<Integer> positions = new ArrayList<>(rulesByCandidate.get(x));
                positions.sort(null);
                List<String> ruleIds = new ArrayList<>(positions.size());
                positions.forEach(p -> ruleIds.add(idAtPosition.get(p)));
                sites.add(new CandidateSite(x.getRegion(), List.copyOf(x.getMuscles()), x.getBasis(), x.getConfidence(),
                        x.getRelatesTo(), x.getStepsTowardCentre(), x.getScore(), evidence(x), ruleIds));
            }
            List<ExcludedSpot> excluded = excludedSpots();
            List<Concluded<Advice>> byRule = sortedByRule(advice);
            Set<String> expectationTexts = new LinkedHashSet<>();
            sortedByRule(expectations).forEach(x -> expectationTexts.add(en.format(x.fact().getText())));
            List<Concluded<Tip>> sortedTips = new ArrayList<>(tips);
            sortedTips.sort(Comparator.comparingInt((Concluded<Tip> x) -> x.position()).thenComparing(x -> en.format(x.fact().getText())));
            List<String> tipTexts = sortedTips.stream().map(x -> en.format(x.fact().getText())).distinct().toList();
            return new Assessment(c.id(), true, sites, excluded, technique(ranked),
                    coded(byRule, Advice.Kind.ADJUSTMENT), coded(byRule, Advice.Kind.FAILURE), professional(),
                    List.copyOf(expectationTexts), tipTexts, explanation, cautionList(), c.warnings(), identity);
        }

        private Technique technique(List<Candidate> ranked) {
            Set<String> tools = new LinkedHashSet<>();
            String top = ranked.get(0).getRegion();
            if (plan.getToolLimitsBySite().containsKey(top)) {
                tools.addAll(plan.toolsAt(top));
            } else {
                for (Candidate x : ranked) {
                    tools.addAll(plan.toolsAt(x.getRegion()));
                }
            }
            tools.removeAll(plan.getToolsRuledOut());
            if (tools.isEmpty()) {
                tools.add("fingers"); // every site can be reached gently by hand
            }
            String fibres = null;
            for (Candidate x : ranked) {
                Text words = plan.getFibreDirectionBySite().get(x.getRegion());
                if (words != null) {
                    fibres = en.format(words);
                    break;
                }
            }
            return new Technique(plan.getMethod(), new Range(plan.getHoldSecondsMin(), plan.getHoldSecondsMax()),
                    plan.getStrokes(), fibres, new Range(plan.getIntensityMin(), plan.getIntensityMax()),
                    plan.isStartGentle(), plan.isLightPressure(),
                    new SessionLength(plan.getSessionSecondsStart(), plan.getSessionSecondsMax()),
                    new Range(plan.getSessionsPerDayMin(), plan.getSessionsPerDayMax()), List.copyOf(tools));
        }

        private List<Coded> coded(List<Concluded<Advice>> sorted, Advice.Kind kind) {
            Map<String, Coded> byCode = new LinkedHashMap<>();
            for (Concluded<Advice> x : sorted) {
                if (x.fact().getKind() == kind) {
                    byCode.putIfAbsent(x.fact().getCode(), new Coded(x.fact().getCode(), en.format(x.fact().getText())));
                }
            }
            return List.copyOf(byCode.values());
        }

        /** Most points first, then by words with their points, as the engine lists them. */
        private List<String> evidence(Candidate x) {
            List<String> words = new ArrayList<>();
            List<Candidate.Evidence> sorted = new ArrayList<>(x.getEvidence());
            sorted.sort(Comparator.comparingInt((Candidate.Evidence e) -> -e.points())
                    .thenComparing(e -> en.format(e.why()) + points(e.points())));
            sorted.forEach(e -> words.add(en.format(e.why()) + points(e.points())));
            return List.copyOf(words);
        }

        private String points(int points) {
            return points == 0 ? "" : " (" + (points > 0 ? "+" : "") + points + ")";
        }

        private Professional professional() {
            List<Concluded<ProfessionalAdvice>> sorted = new ArrayList<>(professional);
            sorted.sort(Comparator.comparingInt((Concluded<ProfessionalAdvice> x) -> x.position())
                    .thenComparing(x -> en.format(x.fact().getAdvice())));
            String urgency = "none";
            Set<String> reasons = new LinkedHashSet<>();
            for (Concluded<ProfessionalAdvice> x : sorted) {
                ProfessionalAdvice p = x.fact();
                if (URGENCY.indexOf(p.getUrgency()) > URGENCY.indexOf(urgency)) urgency = p.getUrgency();
                reasons.add(p.getReason());
            }
            // one time frame per answer: the advice of the answer's urgency, and advice with none
            Set<String> texts = new LinkedHashSet<>();
            for (Concluded<ProfessionalAdvice> x : sorted) {
                ProfessionalAdvice p = x.fact();
                if (p.getUrgency().equals(urgency) || "none".equals(p.getUrgency())) texts.add(en.format(p.getAdvice()));
            }
            return new Professional(!"none".equals(urgency), urgency, List.copyOf(reasons), List.copyOf(texts));
        }

        private List<org.knotwise.engine.model.Caution> cautionList() {
            List<Concluded<Caution>> sorted = new ArrayList<>(cautions);
            sorted.sort(Comparator.comparingInt((Concluded<Caution> x) -> x.position())
                    .thenComparing(x -> x.fact().getRegion() == null ? "" : x.fact().getRegion()));
            Map<String, org.knotwise.engine.model.Caution> byKey = new LinkedHashMap<>();
            for (Concluded<Caution> x : sorted) {
                Caution f = x.fact();
                byKey.putIfAbsent(f.getCode() + "@" + f.getRegion(),
                        new org.knotwise.engine.model.Caution(f.getCode(), f.getRegion(), en.format(f.getText()), f.getSource()));
            }
            return List.copyOf(byKey.values());
        }

        private <T> List<Concluded<T>> sortedByRule(List<Concluded<T>> items) {
            List<Concluded<T>> sorted = new ArrayList<>(items);
            sorted.sort(Comparator.comparingInt(Concluded::position));
            return sorted;
        }

        // ---- working memory ----------------------------------------------------------------------

        private void insert(Candidate cand, String ruleId) {
            candidates.add(cand);
            List<Integer> credited = new ArrayList<>(4);
            credited.add(position(ruleId));
            rulesByCandidate.put(cand, credited);
            pending.add(cand.describe());
        }

        private void withdraw(Candidate cand) {
            candidates.remove(cand);
            rulesByCandidate.remove(cand);
            pending.add("withdrew " + cand.describe());
        }

        private void updated(Describable fact) {
            pending.add("updated " + fact.describe());
        }

        private void exclude(PressedSpot s, String reason, String ruleId) {
            Exclusion e = new Exclusion(s, reason);
            exclusionBySpot.putIfAbsent(s.getIndex(), e);
            pending.add(e.describe());
            fired(ruleId, s);
        }

        private void caution(String ruleId, Caution x) {
            cautions.add(new Concluded<>(position(ruleId), x));
            pending.add(x.describe());
        }

        private void professional(String ruleId, String reason, String urgency, String text) {
            ProfessionalAdvice p = new ProfessionalAdvice(reason, urgency, text);
            professional.add(new Concluded<>(position(ruleId), p));
            pending.add(p.describe());
        }

        private void adjustment(String ruleId, String code, String message) {
            Advice a = Advice.adjustment(code, message);
            advice.add(new Concluded<>(position(ruleId), a));
            pending.add(a.describe());
        }

        private void failure(String ruleId, String code, String message) {
            Advice a = Advice.failure(code, message);
            advice.add(new Concluded<>(position(ruleId), a));
            pending.add(a.describe());
        }

        private void expectation(String ruleId, String text) {
            Expectation x = new Expectation(text);
            expectations.add(new Concluded<>(position(ruleId), x));
            pending.add(x.describe());
        }

        private void tip(String ruleId, String text) {
            Tip x = new Tip(text);
            tips.add(new Concluded<>(position(ruleId), x));
            pending.add(x.describe());
        }

        /** Records a fired rule as the engine explains it: the rule's reason, then the facts it matched. */
        private void fired(String ruleId, Describable... facts) {
            RuleDescription info = java.util.Objects.requireNonNull(rulesById.get(ruleId), ruleId);
            String why = info.because() != null ? info.because() : info.name();
            String because = why;
            if (facts.length > 0) {
                StringBuilder s = new StringBuilder(why.length() + 64).append(why);
                for (int i = 0; i < facts.length; i++) {
                    s.append(i == 0 ? " [" : "; ").append(facts[i].describe());
                }
                because = s.append(']').toString();
            }
            explanation.add(new ExplanationStep(ruleId, info.source(), because, pending));
            pending.clear();
            int position = position(ruleId);
            for (Describable f : facts) {
                if (f instanceof Candidate cand) {
                    List<Integer> credited = rulesByCandidate.get(cand);
                    if (credited != null && !credited.contains(position)) credited.add(position);
                }
            }
        }

        private int position(String ruleId) {
            return positionById.getOrDefault(ruleId, Integer.MAX_VALUE);
        }

        private Caution cautionFact(String code) {
            for (Concluded<Caution> x : cautions) if (x.fact().getCode().equals(code)) return x.fact();
            return null;
        }

        private Candidate topSite() {
            for (Candidate x : candidates) if (x.getRank() == 1) return x;
            return null;
        }

        private Candidate candidateAt(String region) {
            for (Candidate x : candidates) if (x.getRegion().equals(region)) return x;
            return null;
        }

        private Candidate candidateOfSpot(int index) {
            for (Candidate x : candidates) if (x.getSpotIndex() != null && x.getSpotIndex() == index) return x;
            return null;
        }

        private PainRegion painRegion(String region) {
            for (PainRegion p : pains) if (p.getRegion().equals(region)) return p;
            return null;
        }

        private boolean painAtAny(String[] regions) {
            for (PainRegion p : pains) if (isOneOf(p.getRegion(), regions)) return true;
            return false;
        }

        private boolean painOnLeg() {
            for (PainRegion p : pains) if ("leg".equals(p.getLimb())) return true;
            return false;
        }

        private boolean flagged(String code) {
            for (RedFlag f : flags) if (f.getCode().equals(code)) return true;
            return false;
        }

        private boolean cautionAt(String code, String region) {
            for (Concluded<Caution> x : cautions) {
                if (x.fact().getCode().equals(code) && region.equals(x.fact().getRegion())) return true;
            }
            return false;
        }

        /** Tender, not ruled unrelated, not set aside: a spot that may stand for its region. */
        private boolean mayStandForRegion(PressedSpot s) {
            return s.isTender() && !s.isNotRelevant() && !exclusionBySpot.containsKey(s.getIndex());
        }

        /** Another such spot in the region that is stronger, or as strong and listed first. */
        private boolean strongerSpotIn(PressedSpot s) {
            int strength = s.getStrength();
            for (PressedSpot o : spots) {
                if (o != s && o.getRegion().equals(s.getRegion()) && mayStandForRegion(o)
                        && (o.getStrength() > strength || (o.getStrength() == strength && o.getIndex() < s.getIndex()))) {
                    return true;
                }
            }
            return false;
        }

        private boolean relevantTenderSpot() {
            for (PressedSpot s : spots) if (s.isTender() && s.isSurelyRelevant()) return true;
            return false;
        }

        private boolean siteTowardCentre() {
            for (Candidate x : candidates) if (x.getStepsTowardCentre() > 0) return true;
            return false;
        }

        private boolean allDeep(Candidate cand) {
            for (String m : cand.getMuscles()) if (!kb.isDeep(m)) return false;
            return true;
        }

        private boolean anyDeep(Candidate cand) {
            for (String m : cand.getMuscles()) if (kb.isDeep(m)) return true;
            return false;
        }

        private boolean spotAt(String region) {
            for (PressedSpot s : spots) if (s.getRegion().equals(region)) return true;
            return false;
        }

        private boolean relevantTenderSpotAt(String region) {
            for (PressedSpot s : spots) if (s.getRegion().equals(region) && s.isTender() && s.isSurelyRelevant()) return true;
            return false;
        }

        private boolean firstInMap(String pain, String site) {
            for (Referral r : kb.referralsTo(pain)) if (r.rank() == 0 && r.triggerRegion().equals(site)) return true;
            return false;
        }

        private boolean excludedFor(String reason) {
            for (Exclusion e : exclusionBySpot.values()) if (e.getReason().equals(reason)) return true;
            return false;
        }

        private boolean narrow(String region) {
            Region r = kb.region(region);
            return r != null && !r.wide();
        }
    }
}
