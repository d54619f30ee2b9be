package org.knotwise.bench.baseline;

import org.knotwise.engine.session.CaseValidator;
import org.knotwise.engine.rulebase.RuleDescription;
import org.knotwise.engine.facts.Candidate;
import org.knotwise.engine.facts.Describable;
import org.knotwise.engine.facts.MassageHistory;
import org.knotwise.engine.facts.PainRegion;
import org.knotwise.engine.facts.Plan;
import org.knotwise.engine.facts.PressedSpot;
import org.knotwise.engine.facts.RedFlag;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CandidateSite;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.Coded;
import org.knotwise.engine.model.ExcludedSpot;
import org.knotwise.engine.model.ExplanationStep;
import org.knotwise.engine.model.History;
import org.knotwise.engine.model.Professional;
import org.knotwise.engine.model.Range;
import org.knotwise.engine.model.SessionLength;
import org.knotwise.engine.model.Spot;
import org.knotwise.engine.model.Technique;
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
 * measured against. Same case in, same assessment out; the rules' words (source, because) come from the
 * rule base so only the decisions are hand-written. Rules run phase by phase, each rule over its matches
 * in fact order; where Drools' order among equal-salience matches differs, only the explanation's order
 * and the order of codes can differ (the baseline test checks that).
 */
public final class HandWrittenAssessor {
    /** Muscles the rules treat as hard to reach on one's own (the DRL function isDeepMuscle). */
    private static final Set<String> DEEP_MUSCLES = Set.of("subscapularis", "iliopsoas", "lateral pterygoid",
            "medial pterygoid", "serratus posterior superior", "tibialis posterior");

    private static final List<String> URGENCY = List.of("none", "routine", "urgent");
    private static final List<String> BASIS_ORDER = List.of(Candidate.PALPATED, Candidate.REFERRAL, Candidate.AREA);
    private static final Comparator<Candidate> RANKING = Comparator
            .comparingInt((Candidate c) -> basisOrder(c.getBasis()))
            .thenComparing(Comparator.comparingInt(Candidate::getScore).reversed())
            .thenComparing(Comparator.comparingInt(Candidate::getStepsTowardCentre).reversed())
            .thenComparingInt(Candidate::getMapRank)
            .thenComparing(Candidate::getRegion);

    private final KnowledgeBase kb;
    private final CaseValidator validator;
    private final Map<String, RuleDescription> rulesById = new HashMap<>();

    public HandWrittenAssessor(KnowledgeBase kb, List<RuleDescription> rules) {
        this.kb = kb;
        this.validator = new CaseValidator(kb);
        rules.forEach(r -> rulesById.put(r.id(), r));
    }

    public Assessment assess(Case c) {
        validator.validate(c);
        return new Run(c).assess();
    }

    /** One case's working memory. */
    private final class Run {
        final Case c;
        final List<ExplanationStep> explanation = new ArrayList<>();
        final List<PainRegion> pains = new ArrayList<>();
        final List<PressedSpot> spots = new ArrayList<>();
        final MassageHistory history;
        final List<Candidate> candidates = new ArrayList<>();
        final Map<Candidate, List<String>> rulesByCandidate = new IdentityHashMap<>();
        final Map<Integer, String> exclusionBySpot = new java.util.TreeMap<>();
        final Set<String> exclusionReasons = new LinkedHashSet<>();
        final Map<String, Coded> adjustments = new LinkedHashMap<>();
        final Map<String, Coded> failures = new LinkedHashMap<>();
        final List<String[]> professional = new ArrayList<>();
        Plan plan;
        boolean beginner;
        boolean longerIfGood;

        Run(Case c) {
            this.c = c;
            List<String> painRegions = new ArrayList<>(new LinkedHashSet<>(c.complaint().regions()));
            for (String region : painRegions) {
                pains.add(new PainRegion(region, kb.isWide(region), kb.referralsTo(region).size()));
            }
            for (int i = 0; i < c.spots().size(); i++) {
                Spot s = c.spots().get(i);
                spots.add(new PressedSpot(i, s.region(), s.tender(), s.goodPain(), s.relevant(), s.bumpOrTwitch(),
                        s.fibreDirectionKnown(), painRegions.contains(s.region()), nearestSteps(s.region(), painRegions)));
            }
            history = c.history() == null ? null : new MassageHistory(c.history());
        }

        Assessment assess() {
            if (!c.redFlags().isEmpty()) {
                return safety();
            }
            finding();
            referral();
            ranking();
            if (!candidates.isEmpty()) {
                plan();
            }
            history();
            professionalHelp();
            if (plan != null) {
                expectations();
            }
            return assemble();
        }

        private Assessment safety() {
            Set<String> flags = new LinkedHashSet<>(c.redFlags());
            for (String flag : flags) {
                fired("safety.red-flag", new RedFlag(flag));
                professional.add(new String[]{"RED_FLAG", "urgent", "You reported a warning sign (" + flag
                        + "). Have a doctor look at this soon, before any self-treatment."});
            }
            if (flags.contains("bowel-or-bladder-change") || flags.contains("saddle-numbness")) {
                fired("safety.cauda-equina");
                professional.add(new String[]{"RED_FLAG", "urgent",
                        "Go to emergency care now: bladder, bowel or saddle-area changes with back pain need checking the same day."});
            }
            if (flags.contains("chest-pain")) {
                fired("safety.chest-pain");
                professional.add(new String[]{"RED_FLAG", "urgent",
                        "Chest pain: call emergency services if it is crushing, spreads to the arm, jaw or back, or comes with sweating or sickness."});
            }
            fired("safety.stop-plan");
            return new Assessment(c.id(), false, List.of(), List.of(), null, List.of(), List.of(),
                    professional(), List.of(), List.of(), explanation, List.of(), List.of(), null);
        }

        private void finding() {
            for (PressedSpot s : spots) {
                if (s.isTender() && s.getRelevant() == null
                        && pains.stream().noneMatch(p -> linkedToPain(p.getRegion(), s.getRegion()))) {
                    exclude(s, "FAR_FROM_PAIN", "find.far-from-pain");
                }
            }
            for (PressedSpot s : spots) {
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
            }
            for (PressedSpot s : spots) {
                Candidate cand = s.isTender() ? candidateOfSpot(s.getIndex()) : null;
                if (cand == null) continue;
                if (s.isGoodPainFelt()) {
                    cand.addEvidence(2, "good pain");
                    fired("find.good-pain", s, cand);
                }
                if (s.isSurelyRelevant()) {
                    cand.addEvidence(2, "feels related to the complaint");
                    fired("find.relevant", s, cand);
                }
                if (s.isBumpOrTwitch()) {
                    cand.addEvidence(0, "bump or twitch felt, given no weight");
                    fired("find.bump-ignored", s, cand);
                }
            }
        }

        private void referral() {
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
                    for (Candidate cand : candidates) {
                        if (!cand.getRegion().equals(ref.triggerRegion())) {
                            continue;
                        }
                        if (Candidate.PALPATED.equals(cand.getBasis()) && !cand.getMuscles().contains(ref.muscle())) {
                            cand.addMuscle(ref);
                            cand.addEvidence(1, "the map has " + ref.muscle() + " here, referring pain to where it hurts");
                            fired("find.referral-supports-spot", p, cand);
                        } else if (Candidate.REFERRAL.equals(cand.getBasis()) && !cand.getAbsorbed().contains(ref)) {
                            cand.absorb(ref);
                            fired("find.referral-more-muscles", p, cand);
                        }
                    }
                }
            }
            for (Candidate cand : candidates) {
                if (!Candidate.REFERRAL.equals(cand.getBasis())) continue;
                String site = cand.getRegion();
                if (pains.stream().anyMatch(p -> kb.referralsTo(p.getRegion()).stream()
                        .anyMatch(r -> r.rank() == 0 && r.triggerRegion().equals(site)))) {
                    cand.addEvidence(2, "listed first in the map for this pain");
                    fired("find.map-first", cand);
                }
                if (spots.stream().anyMatch(sp -> exclusionBySpot.containsKey(sp.getIndex()) && sp.getRegion().equals(site))) {
                    cand.addEvidence(-1, "pressed here already without finding a relevant tender spot");
                    fired("find.referral-already-pressed", cand);
                }
            }
            for (Candidate cand : candidates) {
                if (Candidate.REFERRAL.equals(cand.getBasis()) && cand.getStepsTowardCentre() > 0) {
                    cand.addEvidence(1, cand.getStepsTowardCentre() + " step(s) toward the centre");
                    fired("find.toward-centre", cand);
                }
            }
            for (PainRegion p : pains) {
                if (!spotAt(p.getRegion()) && candidateAt(p.getRegion()) == null) {
                    insert(Candidate.area(p.getRegion()), "find.search-epicentre");
                    fired("find.search-epicentre", p);
                }
            }
        }

        private void ranking() {
            for (Candidate cand : candidates) {
                if (cand.getMuscles().isEmpty()) {
                    cand.addMuscles(kb.musclesAt(cand.getRegion()));
                    fired("find.name-muscles", cand);
                }
                Region r = kb.region(cand.getRegion());
                if (!cand.isFibreDirectionKnown() && r != null && r.fibreDirectionKnown()) {
                    cand.setFibreDirectionKnown(true);
                    fired("find.fibres-from-map", cand);
                }
            }
            for (Candidate cand : candidates) {
                if (Candidate.REFERRAL.equals(cand.getBasis()) && !cand.getMuscles().isEmpty()
                        && cand.getMuscles().stream().allMatch(DEEP_MUSCLES::contains)) {
                    cand.markHardToReach(-3, "deep muscle, hard to reach on your own");
                    fired("find.hard-to-reach", cand);
                }
            }
            for (Candidate cand : candidates) {
                if (cand.getScore() >= 4) {
                    cand.setConfidence("high");
                    fired("rank.high", cand);
                } else if (cand.getScore() >= 2) {
                    cand.setConfidence("medium");
                    fired("rank.medium", cand);
                }
            }
        }

        private void plan() {
            plan = new Plan();
            fired("rub.plan");
            plan.holdFor(10, 100);
            fired("rub.hold", plan);
            if (history == null || (history.getDays() != null && history.getDays() <= 0)) {
                beginner = true;
                fired("hard.beginner", plan);
            }
            boolean fibresKnown = false;
            for (Candidate cand : candidates) {
                if (cand.isFibreDirectionKnown()) {
                    fibresKnown = true;
                    plan.knead(Plan.PARALLEL_TO_FIBRES);
                    Region region = kb.region(cand.getRegion());
                    if (region != null && region.fibreDirectionKnown()) {
                        plan.fibreDirectionAt(cand.getRegion(), cand.getRegion() + ": " + region.fibreDirection());
                    }
                    fired("rub.along-fibres", plan, cand);
                }
            }
            if (!fibresKnown && history != null && "kneading".equals(history.getMethod())) {
                plan.knead(Plan.CIRCULAR_OR_BACK_AND_FORTH);
                fired("rub.keep-kneading", plan, history);
            }
            plan.intensityBetween(4, 7);
            plan.setStartGentle(true);
            fired("hard.intensity", plan);
            plan.setLightPressure(true);
            fired("hard.light-pressure", plan);
            plan.sessionSeconds(30, 300);
            fired("often.session-length", plan);
            plan.sessionsPerDay(2, 6);
            fired("often.sessions-per-day", plan);
            for (Candidate cand : candidates) {
                plan.toolsFor(cand.getRegion(), kb.reach(cand.getRegion()));
                fired("tools.by-reach", plan, cand);
            }
        }

        private void history() {
            History h = c.history();
            if (h != null) {
                boolean negative = history.isNegativeReactionsReported();
                if (h.intensity() != null && h.intensity() > 7) {
                    adjustment("REDUCE_INTENSITY", "Press more gently: aim for 4 to 7 out of 10, satisfying but easy to live with.");
                    failure("TOO_INTENSE", "Pressing this hard can irritate the spot instead of calming it.");
                    fired("hard.too-intense", history);
                }
                if (h.intensity() != null && h.intensity() < 4 && "same".equals(h.outcome()) && !negative
                        && (h.days() == null || h.days() >= 1)) {
                    adjustment("INCREASE_INTENSITY", "Press a little firmer, into the 4 to 7 out of 10 range: strong enough to satisfy.");
                    fired("hard.too-gentle", history);
                }
                if (Boolean.FALSE.equals(h.lightPressure())) {
                    adjustment("ADD_LIGHT_PRESSURE", "Add some very light strokes too: gently tug the skin back and forth over the spot.");
                    fired("hard.add-light-pressure", history);
                }
                if (h.sessionsPerDay() != null && h.sessionsPerDay() < 2 && !negative) {
                    adjustment("MORE_OFTEN", "Rub the spot at least twice a day.");
                    fired("often.more-often", history);
                }
                if (h.sessionsPerDay() != null && h.sessionsPerDay() > 6) {
                    adjustment("LESS_OFTEN", "Cut back to six sessions a day at most: more can aggravate the spot.");
                    fired("often.less-often", history);
                }
                if (negative) {
                    adjustment("EASE_OFF", "Ease off: gentler and shorter sessions until the bad reactions stop.");
                    failure("NEGATIVE_REACTIONS", "Bad reactions after sessions suggest the massage is stirring the spot up rather than calming it.");
                    fired("often.negative-reactions", history);
                }
                if (h.minutesPerSession() != null && h.minutesPerSession() > 5 && !"worse".equals(h.outcome()) && !negative) {
                    longerIfGood = true;
                    fired("often.longer-if-good", history);
                }
                if (h.minutesPerSession() != null && h.minutesPerSession() > 5 && ("worse".equals(h.outcome()) || negative)) {
                    adjustment("SHORTER_SESSIONS", "Keep sessions to about five minutes: more is rarely needed and longer ones are not helping.");
                    fired("often.shorter-sessions", history);
                }
                if (("kneading".equals(h.method()) || "other".equals(h.method()))
                        && candidates.stream().anyMatch(Candidate::isFibreDirectionKnown)) {
                    adjustment("STROKE_ALONG_FIBRES", "When you stroke, go along the muscle fibres, as if gently stretching them lengthwise.");
                    fired("rub.adjust-along-fibres", history);
                }
                if (h.days() != null && h.days() < 1) {
                    adjustment("WAIT_FOR_RESULT", "Give it time: results usually show within several hours, often the next morning.");
                    fired("release.wait", history);
                }
                if ("foam-roller".equals(h.tool()) && pains.stream().anyMatch(p -> !p.isWide())
                        && candidates.stream().anyMatch(x -> !Candidate.AREA.equals(x.getBasis()) && !kb.isWide(x.getRegion()))) {
                    adjustment("SMALLER_CONTACT_TOOL", "Use something with a smaller contact area here, such as a thumb or a ball, instead of a foam roller.");
                    fired("tools.smaller-contact", history);
                }
            }
            boolean searched = !spots.isEmpty()
                    || (h != null && h.days() != null && h.days() >= 3 && !"better".equals(h.outcome()));
            for (PainRegion p : pains) {
                if (searched && !relevantTenderSpotAt(p.getRegion())) {
                    failure("LOOK_TOWARD_CENTRE", "The knot may not be where it hurts: explore toward the centre of the body, starting with the candidate sites.");
                    fired("fail.look-toward-centre", p);
                }
            }
            if (exclusionReasons.contains("NOT_RELEVANT")) {
                failure("SPOT_NOT_RELEVANT", "A sore spot that does not feel connected to your complaint is probably not the one to treat.");
                fired("fail.spot-not-relevant");
            }
            if (exclusionReasons.contains("BUMP_ONLY")) {
                failure("UNRELIABLE_SIGN", "Bumps and twitches are unreliable: look for small spots that are tender, feel relevant and hurt in a good way.");
                fired("fail.unreliable-sign");
            }
            if (h != null && ("partial".equals(h.outcome()) || "temporary".equals(h.outcome()))) {
                failure("PARTIAL_RELIEF", "Partial or short-lived relief is common with trigger-point massage; keep at it regularly and check the other candidate sites.");
                fired("fail.partial-relief", history);
            }
        }

        private void professionalHelp() {
            List<String[]> deep = new ArrayList<>();
            for (Candidate cand : candidates) {
                if (cand.isHardToReach()) {
                    deep.add(new String[]{"HARD_TO_REACH", "none", "Work the easier sites first. "
                            + String.join(" and ", cand.getMuscles()) + " (" + cand.getRegion()
                            + ") lies deep and is hard to press well yourself: if the easier sites do not help, a humble, sensible, experienced therapist can reach it."});
                    fired("pro.hard-to-reach", cand);
                }
            }
            deep.sort(java.util.Comparator.comparing(a -> a[2]));
            History h = c.history();
            if (h == null) {
                professional.addAll(deep);
                return;
            }
            if (h.days() != null && h.days() >= 14 && ("same".equals(h.outcome()) || "worse".equals(h.outcome()))
                    && history.isSoundTechnique()) {
                professional.add(new String[]{"NO_PROGRESS", "routine",
                        "Look for a therapist who seems humble, sensible and experienced; a massage you enjoy beats bad trigger-point therapy."});
                fired("pro.no-progress", history);
            }
            if ("brutal".equals(h.professionalStyle())) {
                professional.add(new String[]{"BRUTAL_THERAPY", "none",
                        "Never put up with brutal massage: find a gentler, humble, sensible and experienced therapist whose style you like."});
                fired("pro.brutal", history);
            }
            professional.addAll(deep);
        }

        private void expectations() {
            fired("find.wide-net", plan);
            fired("release.feel", plan);
            fired("release.timing", plan);
            fired("release.tender-after", plan);
            fired("release.experimental", plan);
        }

        private Assessment assemble() {
            List<Candidate> ranked = new ArrayList<>(candidates);
            ranked.sort(RANKING);
            boolean selfCare = plan != null && !ranked.isEmpty();
            List<CandidateSite> sites = new ArrayList<>(ranked.size());
            for (Candidate x : ranked) {
                sites.add(new CandidateSite(x.getRegion(), List.copyOf(x.getMuscles()), x.getBasis(), x.getConfidence(),
                        x.getRelatesTo(), x.getStepsTowardCentre(), x.getScore(), List.copyOf(x.getEvidence()),
                        List.copyOf(rulesByCandidate.get(x))));
            }
            List<ExcludedSpot> excluded = new ArrayList<>();
            exclusionBySpot.forEach((i, reason) -> excluded.add(new ExcludedSpot(spots.get(i).getRegion(), reason)));
            Technique technique = selfCare ? technique(ranked) : null;
            List<String> expectations = new ArrayList<>();
            if (plan != null) {
                expectations.add("Do not worry about hitting the exact spot: rub around the candidate sites broadly and pleasantly; any good massage probably beats trigger-point therapy done badly.");
                if (beginner) {
                    expectations.add("Newcomers usually press far too hard: begin near 4 out of 10 and go firmer only if it feels right; you are soothing the spot, not fighting it.");
                }
            }
            if (longerIfGood) {
                expectations.add("Five minutes is about the most a spot needs at once, but longer is fine while it keeps feeling good.");
            }
            if (plan != null) expectations.addAll(List.of(
                    "A release feels like the spot becoming less sensitive or the tissue softening; at first it can feel like scratching an itch.",
                    "If it worked, the symptoms ease within several hours, often by the next morning.",
                    "The spot may be more tender for a while after rubbing even when it worked; let it calm down.",
                    "Trigger-point massage is an experimental but safe and cheap thing to try: the science behind it is still unsettled."));
            return new Assessment(c.id(), selfCare, sites, excluded, technique, List.copyOf(adjustments.values()),
                    List.copyOf(failures.values()), professional(), expectations, List.of(), explanation, List.of(), List.of(), null);
        }

        private Technique technique(List<Candidate> ranked) {
            Set<String> tools = new LinkedHashSet<>();
            for (Candidate x : ranked) {
                tools.addAll(plan.getToolsBySite().getOrDefault(x.getRegion(), List.of()));
            }
            return new Technique(plan.getMethod(), new Range(plan.getHoldSecondsMin(), plan.getHoldSecondsMax()),
                    plan.getStrokes(), fibreDirection(ranked), new Range(plan.getIntensityMin(), plan.getIntensityMax()),
                    plan.isStartGentle(), plan.isLightPressure(),
                    new SessionLength(plan.getSessionSecondsStart(), plan.getSessionSecondsMax()),
                    new Range(plan.getSessionsPerDayMin(), plan.getSessionsPerDayMax()), List.copyOf(tools));
        }

        private String fibreDirection(List<Candidate> ranked) {
            for (Candidate x : ranked) {
                String d = plan.getFibreDirectionBySite().get(x.getRegion());
                if (d != null) {
                    return d;
                }
            }
            return null;
        }

        private Professional professional() {
            String urgency = "none";
            Set<String> reasons = new LinkedHashSet<>();
            Set<String> texts = new LinkedHashSet<>();
            for (String[] p : professional) {
                if (URGENCY.indexOf(p[1]) > URGENCY.indexOf(urgency)) urgency = p[1];
                reasons.add(p[0]);
                texts.add(p[2]);
            }
            return new Professional(!"none".equals(urgency), urgency, List.copyOf(reasons), List.copyOf(texts));
        }

        private void insert(Candidate cand, String ruleId) {
            candidates.add(cand);
            List<String> ids = new ArrayList<>(4);
            ids.add(ruleId);
            rulesByCandidate.put(cand, ids);
        }

        private void exclude(PressedSpot s, String reason, String ruleId) {
            exclusionBySpot.putIfAbsent(s.getIndex(), reason);
            exclusionReasons.add(reason);
            fired(ruleId, s);
        }

        private void adjustment(String code, String message) {
            adjustments.putIfAbsent(code, new Coded(code, message));
        }

        private void failure(String code, String message) {
            failures.putIfAbsent(code, new Coded(code, message));
        }

        /** Records a fired rule as the engine explains it: the rule's reason, then the facts it matched. */
        private void fired(String ruleId, Describable... facts) {
            RuleDescription info = java.util.Objects.requireNonNull(rulesById.get(ruleId), ruleId);
            StringBuilder because = new StringBuilder(info.because());
            for (int i = 0; i < facts.length; i++) {
                because.append(i == 0 ? " [" : "; ").append(facts[i].describe());
            }
            if (facts.length > 0) because.append(']');
            explanation.add(new ExplanationStep(ruleId, info.source(), because.toString()));
            for (Describable f : facts) {
                if (f instanceof Candidate cand) {
                    List<String> ids = rulesByCandidate.get(cand);
                    if (!ids.contains(ruleId)) ids.add(ruleId);
                }
            }
        }

        private Candidate candidateAt(String region) {
            for (Candidate x : candidates) if (x.getRegion().equals(region)) return x;
            return null;
        }

        private Candidate candidateOfSpot(int index) {
            for (Candidate x : candidates) if (x.getSpotIndex() != null && x.getSpotIndex() == index) return x;
            return null;
        }

        private boolean relevantTenderSpotAt(String region) {
            for (PressedSpot s : spots) if (s.getRegion().equals(region) && s.isTender() && s.isSurelyRelevant()) return true;
            return false;
        }

        /** Same part of the body, on the way toward the centre, or a map site for the pain. */
        private boolean linkedToPain(String pain, String site) {
            Region p = kb.region(pain);
            Region s = kb.region(site);
            if (p == null || s == null || p.area().equals(s.area())) return true;
            for (Region r = p; r != null && r.towardCentre() != null; r = kb.region(r.towardCentre())) {
                if (r.towardCentre().equals(site)) return true;
            }
            return kb.referralsTo(pain).stream().anyMatch(ref -> ref.triggerRegion().equals(site));
        }

        private boolean spotAt(String region) {
            for (PressedSpot s : spots) if (s.getRegion().equals(region)) return true;
            return false;
        }

        private int nearestSteps(String spot, List<String> painRegions) {
            int best = 0;
            boolean found = false;
            for (String pain : painRegions) {
                int steps = kb.stepsTowardCentre(pain, spot);
                if (!found || Math.abs(steps) < Math.abs(best)) {
                    best = steps;
                    found = true;
                }
            }
            return best;
        }
    }

    private static int basisOrder(String basis) {
        int i = BASIS_ORDER.indexOf(basis);
        return i < 0 ? BASIS_ORDER.size() : i;
    }
}
