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
import org.knotwise.engine.rulebase.RuleDescription;
import org.knotwise.engine.session.CaseValidator;
import org.knotwise.engine.session.FactBuilder;
import org.knotwise.kb.KnowledgeBase;
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

    private final KnowledgeBase kb;
    private final CaseValidator validator;
    private final RuleBaseIdentity identity;
    private final Map<String, RuleDescription> rulesById = new HashMap<>();
    /** Place of each rule in the rule files: conclusions are listed in that order, as the engine does. */
    private final Map<String, Integer> positionById = new HashMap<>();
    private final List<String> idAtPosition = new ArrayList<>();

    public HandWrittenAssessor(RuleBase ruleBase) {
        this.kb = ruleBase.knowledgeBase();
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
            if (cautions.stream().anyMatch(x -> x.fact().isStopsSelfCare())) {
                return noSelfCare();
            }
            return assemble();
        }

        // ---- safety: red flags and cautions; true when a red flag halts the session ----------

        private boolean safety() {
            for (RedFlag flag : flags) {
                professional("safety.red-flag", "RED_FLAG", "urgent", "You reported a warning sign (" + flag.getCode()
                        + "). Have a doctor look at this today, before any self-treatment.");
                fired("safety.red-flag", flag);
            }
            if (flags.stream().anyMatch(f -> f.getCode().equals("bowel-or-bladder-change") || f.getCode().equals("saddle-numbness"))) {
                professional("safety.cauda-equina", "RED_FLAG", "emergency",
                        "Go to emergency care now: bladder, bowel or saddle-area changes with back pain need checking the same day.");
                fired("safety.cauda-equina");
            }
            if (flags.stream().anyMatch(f -> f.getCode().equals("chest-pain"))) {
                professional("safety.chest-pain", "RED_FLAG", "emergency",
                        "Chest pain: call emergency services if it is crushing, spreads to the arm, jaw or back, or comes with sweating or sickness.");
                fired("safety.chest-pain");
            }
            for (PainRegion p : pains) {
                if (p.getRegion().equals("chest")) {
                    caution("caution.chest-heart", Caution.of("CHEST_HEART",
                            "Chest-muscle knots can feel like heart pain, and feeling better after rubbing does not rule out the heart. "
                            + "Call emergency services now if chest pain is crushing, tight or heavy, spreads to an arm, the jaw, neck or back, "
                            + "or comes with breathlessness, sweating or feeling sick.",
                            kb.citation("CHEST_HEART")));
                    fired("caution.chest-heart", p);
                }
            }
            if (painAt("calf", "knee-back") && ("sudden".equals(complaint.getOnset()) || Boolean.TRUE.equals(complaint.getSwelling()))) {
                caution("caution.possible-clot", Caution.stoppingSelfCare("POSSIBLE_CLOT",
                        "Sudden pain, or swelling, warmth or redness, in the calf or behind the knee can be a blood clot (DVT): do not massage it. "
                        + "See a doctor today; get emergency help at once if you are also short of breath or have chest pain.",
                        kb.citation("POSSIBLE_CLOT")));
                professional("caution.possible-clot", "POSSIBLE_CLOT", "urgent",
                        "Have a doctor check the calf or the back of the knee today for a blood clot, before any massage.");
                fired("caution.possible-clot", complaint);
            }
            if (person.getAge() != null && person.getAge() >= 50 && painAt("temple", "jaw")) {
                caution("caution.arteritis-risk", Caution.stoppingSelfCare("ARTERITIS_RISK",
                        "At 50 or over, new pain at the temple or jaw (worse on chewing, with a tender scalp or changes in vision) can be "
                        + "giant cell arteritis: see a doctor today, before any massage. Sudden changes in vision mean emergency care now.",
                        kb.citation("ARTERITIS_RISK")));
                professional("caution.arteritis-risk", "ARTERITIS_RISK", "urgent",
                        "See a doctor today about the temple or jaw pain, to rule out giant cell arteritis.");
                fired("caution.arteritis-risk", person);
            }
            if (Boolean.TRUE.equals(person.getAnticoagulants())) {
                caution("caution.blood-thinners", Caution.of("BLOOD_THINNERS",
                        "Blood thinners or a bleeding disorder make bruising and bleeding under pressure more likely: "
                        + "ask your doctor before self-massage, and keep the pressure gentle.",
                        kb.citation("BLOOD_THINNERS")));
                professional("caution.blood-thinners", "MEDICAL_CHECK", "routine",
                        "Ask your doctor whether self-massage is safe for you before you start.");
                fired("caution.blood-thinners", person);
            }
            if (Boolean.TRUE.equals(person.getPregnant())) {
                caution("caution.pregnancy", Caution.of("PREGNANCY",
                        "In pregnancy, leave the abdomen alone and press nothing deep; check with your midwife or doctor before starting, "
                        + "and stop if anything feels wrong.",
                        kb.citation("PREGNANCY")));
                fired("caution.pregnancy", person);
            }
            if (complaint.getQuality().contains("burning") || complaint.getQuality().contains("tingling")) {
                caution("caution.nerve-symptoms", Caution.of("NERVE_SYMPTOMS",
                        "Burning or tingling sounds more like an irritated nerve than a muscle knot: rub gently only, "
                        + "and see a professional if it persists or spreads.",
                        kb.citation("NERVE_SYMPTOMS")));
                fired("caution.nerve-symptoms", complaint);
            }
            if (complaint.getSeverity() != null && complaint.getSeverity() >= 8) {
                caution("caution.severe-pain", Caution.of("SEVERE_PAIN",
                        "Pain this severe: start very gently, and see a professional if it does not ease within a few days.",
                        kb.citation("SEVERE_PAIN")));
                fired("caution.severe-pain", complaint);
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
                // the first such spot in a region stands for it
                if (s.isTender() && !s.isNotRelevant() && !exclusionBySpot.containsKey(s.getIndex())
                        && candidateAt(s.getRegion()) == null) {
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
            for (PainRegion p : pains) {
                if (relevantTenderSpotAt(p.getRegion())) continue;
                for (Referral ref : kb.referralsTo(p.getRegion())) {
                    if (candidateAt(ref.triggerRegion()) == null) {
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
                if (exclusionBySpot.values().stream().anyMatch(e -> e.getRegion().equals(site))) {
                    cand.addEvidence(-1, "pressed here already without finding a relevant tender spot");
                    updated(cand);
                    fired("find.referral-already-pressed", cand);
                }
            }
        }

        // ---- ranking: where each site stands, muscles, confidence, order ---------------------

        private void ranking() {
            if (candidates.isEmpty()) return;
            List<String> painRegions = pains.stream().map(PainRegion::getRegion).toList();
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
                if (Candidate.REFERRAL.equals(cand.getBasis()) && !cand.isHardToReach() && !cand.getMuscles().isEmpty()
                        && cand.getMuscles().stream().allMatch(kb::isDeep)) {
                    cand.markHardToReach(-3, "deep muscle, hard to reach on your own");
                    updated(cand);
                    fired("find.hard-to-reach", cand);
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
            List<Candidate> ranked = SiteRanking.bestFirst(candidates);
            for (int i = 0; i < ranked.size(); i++) {
                ranked.get(i).setRank(i + 1);
                updated(ranked.get(i));
            }
            fired("rank.order");
        }

        // ---- plan: the cautions' effect on the sites, then how to rub ------------------------

        private void plan() {
            Caution pregnancy = cautionFact("PREGNANCY");
            if (pregnancy != null) {
                for (Candidate cand : List.copyOf(candidates)) {
                    if (cand.getRegion().equals("abdomen") || cand.isHardToReach()) {
                        withdraw(cand);
                        fired("caution.pregnancy-sites", pregnancy, cand);
                    }
                }
                if (candidates.isEmpty()) {
                    professional("caution.pregnancy-no-site", "MEDICAL_CHECK", "routine",
                            "In pregnancy, ask your midwife or doctor about this pain: the places to rub for it are not advised now.");
                    fired("caution.pregnancy-no-site", pregnancy);
                }
            }
            List<Caution> frontOfNeck = new ArrayList<>();
            for (Candidate cand : candidates) {
                if (cand.getMuscles().stream().anyMatch(m -> kb.hasCaution(m, "FRONT_OF_NECK"))) {
                    Caution x = Caution.at("FRONT_OF_NECK", cand.getRegion(),
                            "The front and side of the neck hold arteries and nerves: use gentle fingertips, or pinch the muscle lightly "
                            + "between thumb and fingers, and never press over a pulse. No ball or other tool here.",
                            kb.citation("FRONT_OF_NECK"));
                    caution("caution.front-of-neck", x);
                    frontOfNeck.add(x);
                    fired("caution.front-of-neck", cand);
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
            boolean fibresAtTop = top != null && Candidate.PALPATED.equals(top.getBasis()) && top.isFibreDirectionKnown();
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
                if (cand.getMuscles().stream().allMatch(kb::isDeep)) continue;
                for (String m : cand.getMuscles()) {
                    if (kb.isDeep(m)) {
                        tip("find.deep-muscle-note", "At " + cand.getRegion() + ", " + m + " lies deep and is hard to reach well on your own: work on the other muscles there, and leave " + m + " to a professional.");
                        fired("find.deep-muscle-note", plan, cand);
                    }
                }
            }
            Region topRegion = top == null ? null : kb.region(top.getRegion());
            if (topRegion != null && topRegion.fibreDirectionKnown()) {
                plan.fibreDirectionAt(top.getRegion(), top.getRegion() + ": " + topRegion.fibreDirection());
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
            for (Candidate cand : candidates) {
                plan.toolsFor(cand.getRegion(), kb.reach(cand.getRegion()));
                fired("tools.by-reach", plan, cand);
            }
            if (topRegion != null && topRegion.area().equals("trunk") && topRegion.reach().contains("ball")) {
                tip("tools.ball-against-wall", "For a spot on your back or hip, trap a ball between your body and a wall, and lean into it.");
                fired("tools.ball-against-wall", plan, top);
            }
            for (Caution x : frontOfNeck) {
                plan.limitToolsAt(x.getRegion(), List.of("fingers"));
                fired("caution.front-of-neck-tools", x, plan);
            }
            if (cautions.stream().anyMatch(x -> GENTLE_CAUTIONS.contains(x.fact().getCode()))) {
                plan.setStartGentle(true);
                fired("caution.start-gentle", plan);
            }
        }

        // ---- history: corrections of what was tried, why it may be failing -------------------

        private void history() {
            if (history != null) {
                MassageHistory h = history;
                boolean negative = h.isNegativeReactionsReported();
                Candidate top = topSite();
                if ("kneading".equals(h.getMethod()) && top != null && Candidate.PALPATED.equals(top.getBasis())
                        && top.isFibreDirectionKnown()) {
                    adjustment("rub.adjust-along-fibres", "STROKE_ALONG_FIBRES", "At " + top.getRegion()
                            + ", where you can feel which way the fibres run, stroke along them, as if gently stretching them lengthwise.");
                    fired("rub.adjust-along-fibres", h, top);
                }
                if (h.getIntensity() != null && h.getIntensity() > 7) {
                    adjustment("hard.too-intense", "REDUCE_INTENSITY", "Press more gently: aim for 4 to 7 out of 10, satisfying but easy to live with.");
                    failure("hard.too-intense", "TOO_INTENSE", "Pressing this hard can irritate the spot instead of calming it.");
                    fired("hard.too-intense", h);
                }
                if (h.getIntensity() != null && h.getIntensity() < 4 && "same".equals(h.getOutcome()) && !negative
                        && (h.getDays() == null || h.getDays() >= 1)) {
                    adjustment("hard.too-gentle", "INCREASE_INTENSITY", "Press a little firmer, into the 4 to 7 out of 10 range: strong enough to satisfy.");
                    fired("hard.too-gentle", h);
                }
                if (Boolean.FALSE.equals(h.getLightPressure())) {
                    adjustment("hard.add-light-pressure", "ADD_LIGHT_PRESSURE", "Add some very light strokes too: gently tug the skin back and forth over the spot.");
                    fired("hard.add-light-pressure", h);
                }
                if (h.getSessionsPerDay() != null && h.getSessionsPerDay() < 2 && !negative && !"better".equals(h.getOutcome())) {
                    adjustment("often.more-often", "MORE_OFTEN", "Rub the spot at least twice a day.");
                    fired("often.more-often", h);
                }
                if (h.getSessionsPerDay() != null && h.getSessionsPerDay() > 6) {
                    adjustment("often.less-often", "LESS_OFTEN", "Cut back to six sessions a day at most: more can aggravate the spot.");
                    fired("often.less-often", h);
                }
                if (negative) {
                    adjustment("often.negative-reactions", "EASE_OFF", "Ease off: gentler and shorter sessions until the bad reactions stop.");
                    failure("often.negative-reactions", "NEGATIVE_REACTIONS", "Bad reactions after sessions suggest the massage is stirring the spot up rather than calming it.");
                    fired("often.negative-reactions", h);
                }
                boolean longSessions = h.getMinutesPerSession() != null && h.getMinutesPerSession() > 5;
                if (longSessions && ("worse".equals(h.getOutcome()) || negative)) {
                    adjustment("often.shorter-sessions", "SHORTER_SESSIONS", "Keep sessions to about five minutes: more is rarely needed and longer ones are not helping.");
                    fired("often.shorter-sessions", h);
                }
                if (longSessions && !"worse".equals(h.getOutcome()) && !negative) {
                    expectation("often.longer-if-good", "Five minutes is about the most a spot needs at once, but longer is fine while it keeps feeling good.");
                    fired("often.longer-if-good", h);
                }
                if ("foam-roller".equals(h.getTool()) && pains.stream().anyMatch(p -> !p.isWide())
                        && candidates.stream().anyMatch(x -> !Candidate.AREA.equals(x.getBasis()) && narrow(x.getRegion()))) {
                    adjustment("tools.smaller-contact", "SMALLER_CONTACT_TOOL", "Use something with a smaller contact area here, such as a thumb or a ball, instead of a foam roller.");
                    fired("tools.smaller-contact", h);
                }
                if (h.getDays() != null && h.getDays() < 1) {
                    adjustment("release.wait", "WAIT_FOR_RESULT", "Give it time: results usually show within several hours, often the next morning.");
                    fired("release.wait", h);
                }
                if (h.getOutcome() != null && !"better".equals(h.getOutcome())
                        && spots.stream().noneMatch(s -> s.isTender() && s.isSurelyRelevant())) {
                    failure("fail.look-toward-centre", "LOOK_TOWARD_CENTRE", "The knot may not be where it hurts: explore toward the centre of the body, starting with the candidate sites.");
                    fired("fail.look-toward-centre", h);
                }
            }
            if (excludedFor("NOT_RELEVANT")) {
                failure("fail.spot-not-relevant", "SPOT_NOT_RELEVANT", "A sore spot that does not feel connected to your complaint is probably not the one to treat.");
                fired("fail.spot-not-relevant");
            }
            if (excludedFor("BUMP_ONLY")) {
                failure("fail.unreliable-sign", "UNRELIABLE_SIGN", "Bumps and twitches are unreliable: look for small spots that are tender, feel relevant and hurt in a good way.");
                fired("fail.unreliable-sign");
            }
            if (history != null && ("partial".equals(history.getOutcome()) || "temporary".equals(history.getOutcome()))) {
                failure("fail.partial-relief", "PARTIAL_RELIEF", candidates.size() > 1
                        ? "Partial or short-lived relief is common with trigger-point massage; keep at it regularly and try the other candidate sites too."
                        : "Partial or short-lived relief is common with trigger-point massage; keep at it regularly.");
                fired("fail.partial-relief", history);
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
            if (h != null && h.getDays() != null && h.getDays() >= 3 && "worse".equals(h.getOutcome())) {
                professional("pro.worsening", "WORSENING", "routine",
                        "The pain is getting worse with self-massage: stop pressing harder, and have a doctor or physiotherapist look at it.");
                fired("pro.worsening", h);
            }
            if (complaint.getDurationDays() != null && complaint.getDurationDays() >= 90 && (h == null || !"better".equals(h.getOutcome()))) {
                professional("pro.long-standing", "LONG_STANDING", "routine",
                        "Pain lasting three months or more deserves a professional assessment, whatever you try yourself meanwhile.");
                fired("pro.long-standing", complaint);
            }
            if (h != null && "brutal".equals(h.getProfessionalStyle())) {
                professional("pro.brutal", "BRUTAL_THERAPY", "none",
                        "Never put up with brutal massage: find a gentler, humble, sensible and experienced therapist whose style you like.");
                fired("pro.brutal", h);
            }
            for (Candidate cand : candidates) {
                if (cand.isHardToReach()) {
                    professional("pro.hard-to-reach", "HARD_TO_REACH", "none", "Work the easier sites first. "
                            + String.join(" and ", cand.getMuscles()) + " (" + cand.getRegion()
                            + ") lies deep and is hard to press well yourself: if the easier sites do not help, a humble, sensible, experienced therapist can reach it.");
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
            expectation("release.experimental", "Trigger-point massage is an experimental but safe and cheap thing to try: the science behind it is still unsettled.");
            fired("release.experimental", plan);
        }

        // ---- the assessment ----------------------------------------------------------------------

        private Assessment noSelfCare() {
            return new Assessment(c.id(), false, List.of(), List.of(), null, List.of(), List.of(), professional(),
                    List.of(), List.of(), explanation, cautionList(), c.warnings(), identity);
        }

        private Assessment assemble() {
            List<Candidate> ranked = SiteRanking.bestFirst(candidates);
            boolean selfCare = plan != null && !ranked.isEmpty();
            List<CandidateSite> sites = new ArrayList<>(ranked.size());
            for (Candidate x : ranked) {
                List<Integer> positions = new ArrayList<>(rulesByCandidate.get(x));
                positions.sort(null);
                List<String> ruleIds = new ArrayList<>(positions.size());
                positions.forEach(p -> ruleIds.add(idAtPosition.get(p)));
                sites.add(new CandidateSite(x.getRegion(), List.copyOf(x.getMuscles()), x.getBasis(), x.getConfidence(),
                        x.getRelatesTo(), x.getStepsTowardCentre(), x.getScore(), List.copyOf(x.getEvidence()), ruleIds));
            }
            List<ExcludedSpot> excluded = new ArrayList<>();
            exclusionBySpot.values().forEach(e -> excluded.add(new ExcludedSpot(e.getRegion(), e.getReason())));
            List<Concluded<Advice>> byRule = sortedByRule(advice);
            Set<String> expectationTexts = new LinkedHashSet<>();
            sortedByRule(expectations).forEach(x -> expectationTexts.add(x.fact().getText()));
            List<String> tipTexts = List.of();
            if (selfCare) {
                List<Concluded<Tip>> sortedTips = new ArrayList<>(tips);
                sortedTips.sort(Comparator.comparingInt((Concluded<Tip> x) -> x.position()).thenComparing(x -> x.fact().getText()));
                tipTexts = sortedTips.stream().map(x -> x.fact().getText()).distinct().toList();
            }
            return new Assessment(c.id(), selfCare, sites, excluded, selfCare ? technique(ranked) : null,
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
            String fibres = null;
            for (Candidate x : ranked) {
                fibres = plan.getFibreDirectionBySite().get(x.getRegion());
                if (fibres != null) break;
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
                    byCode.putIfAbsent(x.fact().getCode(), new Coded(x.fact().getCode(), x.fact().getMessage()));
                }
            }
            return List.copyOf(byCode.values());
        }

        private Professional professional() {
            List<Concluded<ProfessionalAdvice>> sorted = new ArrayList<>(professional);
            sorted.sort(Comparator.comparingInt((Concluded<ProfessionalAdvice> x) -> x.position())
                    .thenComparing(x -> x.fact().getAdvice()));
            String urgency = "none";
            Set<String> reasons = new LinkedHashSet<>();
            Set<String> texts = new LinkedHashSet<>();
            for (Concluded<ProfessionalAdvice> x : sorted) {
                ProfessionalAdvice p = x.fact();
                if (URGENCY.indexOf(p.getUrgency()) > URGENCY.indexOf(urgency)) urgency = p.getUrgency();
                reasons.add(p.getReason());
                texts.add(p.getAdvice());
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
                        new org.knotwise.engine.model.Caution(f.getCode(), f.getRegion(), f.getMessage(), f.getSource()));
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

        private boolean painAt(String a, String b) {
            for (PainRegion p : pains) if (p.getRegion().equals(a) || p.getRegion().equals(b)) return true;
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
