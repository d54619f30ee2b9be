package org.knotwise.engine.session;

import org.knotwise.engine.facts.Advice;
import org.knotwise.engine.facts.Candidate;
import org.knotwise.engine.facts.Caution;
import org.knotwise.engine.facts.Exclusion;
import org.knotwise.engine.facts.Expectation;
import org.knotwise.engine.facts.Plan;
import org.knotwise.engine.facts.SiteRanking;
import org.knotwise.engine.facts.Tip;
import org.knotwise.engine.facts.ProfessionalAdvice;
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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the contract's assessment from what the rules concluded. It also holds the safety net:
 * whatever a rule file says, a case with a red flag, or a caution that rules self-massage out, never
 * leaves here with a massage plan.
 */
final class AssessmentAssembler {

    static final String SAFETY_NET_RULE = "engine.red-flag-safety-net";
    /** Lowest first (contract §7.7): the assessment's urgency is the highest of its reasons'. */
    static final List<String> URGENCY = List.of("none", "routine", "urgent", "emergency");

    private AssessmentAssembler() {
    }

    static Assessment assemble(Case c, SessionRecorder recorder, RuleBaseIdentity ruleBase) {
        List<Candidate> candidates = new ArrayList<>();
        List<Caution> cautionFacts = new ArrayList<>();
        List<Exclusion> exclusions = new ArrayList<>();
        List<Advice> advice = new ArrayList<>();
        List<ProfessionalAdvice> professional = new ArrayList<>();
        List<String> expectations = new ArrayList<>();
        Plan plan = null;
        List<Object> expectationFacts = new ArrayList<>();
        List<Object> tipFacts = new ArrayList<>();
        for (Object o : recorder.facts) {
            if (o instanceof Candidate x) candidates.add(x);
            else if (o instanceof Exclusion x) exclusions.add(x);
            else if (o instanceof Advice x) advice.add(x);
            else if (o instanceof ProfessionalAdvice x) professional.add(x);
            else if (o instanceof Expectation x) expectationFacts.add(x);
            else if (o instanceof Tip x) tipFacts.add(x);
            else if (o instanceof Caution x) cautionFacts.add(x);
            else if (o instanceof Plan x && plan == null) plan = x;
        }
        List<ExplanationStep> explanation = new ArrayList<>(recorder.explanation);
        // Rules of equal salience may fire in any order (it can change from one build to the next);
        // listing conclusions by their rule's place in the rule files keeps the output the same.
        Comparator<Object> byRule = Comparator.comparingInt(o -> recorder.positionOf.getOrDefault(o, Integer.MAX_VALUE));
        advice.sort(byRule);
        expectationFacts.sort(byRule);
        expectationFacts.forEach(x -> expectations.add(((Expectation) x).getText()));
        // one rule may give several tips (one per site): those keep a fixed order too
        tipFacts.sort(byRule.thenComparing(x -> ((Tip) x).getText()));
        List<String> tips = tipFacts.stream().map(x -> ((Tip) x).getText()).distinct().toList();
        professional.sort(Comparator.comparing((ProfessionalAdvice a) -> a, byRule)
                .thenComparing(a -> a.getAdvice() == null ? "" : a.getAdvice()));
        exclusions.sort(byRule);
        cautionFacts.sort(Comparator.comparing((Caution x) -> x, byRule)
                .thenComparing(x -> x.getRegion() == null ? "" : x.getRegion()));
        List<org.knotwise.engine.model.Caution> cautions = cautions(cautionFacts);

        if (!c.redFlags().isEmpty()) {
            if (professional.stream().noneMatch(p -> "RED_FLAG".equals(p.getReason()))) {
                professional.add(new ProfessionalAdvice("RED_FLAG", "urgent",
                        "A warning sign was reported: see a doctor today rather than treating this yourself."));
                explanation.add(new ExplanationStep(SAFETY_NET_RULE, "engine",
                        "the case reports a red flag " + c.redFlags() + " but no rule gave professional help"));
            }
            return noSelfCare(c, List.of(), professional, explanation, cautions, ruleBase);
        }
        candidates.sort(SiteRanking.BEST_FIRST);
        boolean selfCare = plan != null && !candidates.isEmpty()
                && cautionFacts.stream().noneMatch(Caution::isStopsSelfCare);
        if (!selfCare) {
            return noSelfCare(c, excluded(exclusions), professional, explanation, cautions, ruleBase);
        }
        return new Assessment(c.id(), true, sites(candidates, recorder), excluded(exclusions),
                technique(plan, candidates),
                coded(advice, Advice.Kind.ADJUSTMENT), coded(advice, Advice.Kind.FAILURE),
                professional(professional), List.copyOf(new LinkedHashSet<>(expectations)), tips,
                explanation, cautions, c.warnings(), ruleBase);
    }

    /**
     * No massage advice at all (contract §8.3, §8.4): no sites, no plan, no corrections, tips or
     * expectations; only whom to see and how soon, the cautions, the spots set aside (when the search
     * ran and found nothing to rub) and how the answer was reached.
     */
    private static Assessment noSelfCare(Case c, List<ExcludedSpot> excluded, List<ProfessionalAdvice> professional,
                                         List<ExplanationStep> explanation,
                                         List<org.knotwise.engine.model.Caution> cautions, RuleBaseIdentity ruleBase) {
        return new Assessment(c.id(), false, List.of(), excluded, null, List.of(), List.of(),
                professional(professional), List.of(), List.of(), explanation, cautions, c.warnings(), ruleBase);
    }

    /** Each caution once per code and site, in the order of the rules that concluded them. */
    private static List<org.knotwise.engine.model.Caution> cautions(List<Caution> facts) {
        Map<String, org.knotwise.engine.model.Caution> byKey = new LinkedHashMap<>();
        for (Caution x : facts) {
            byKey.putIfAbsent(x.getCode() + "@" + x.getRegion(),
                    new org.knotwise.engine.model.Caution(x.getCode(), x.getRegion(), x.getMessage(), x.getSource()));
        }
        return List.copyOf(byKey.values());
    }

    private static List<CandidateSite> sites(List<Candidate> ranked, SessionRecorder recorder) {
        List<CandidateSite> sites = new ArrayList<>();
        for (Candidate c : ranked) {
            sites.add(new CandidateSite(c.getRegion(), List.copyOf(c.getMuscles()), c.getBasis(), c.getConfidence(),
                    c.getRelatesTo(), c.getStepsTowardCentre(), c.getScore(), List.copyOf(c.getEvidence()),
                    recorder.rulesByCandidate.getOrDefault(c, List.of()).stream()
                            .sorted().map(recorder::idAt).toList()));
        }
        return sites;
    }

    /** One reason per pressed spot: the first rule to exclude it wins. */
    private static List<ExcludedSpot> excluded(List<Exclusion> exclusions) {
        Map<Integer, Exclusion> bySpot = new LinkedHashMap<>();
        exclusions.stream().sorted(Comparator.comparingInt(Exclusion::getSpotIndex)) // stable: rule order kept
                .forEach(e -> bySpot.putIfAbsent(e.getSpotIndex(), e));
        return bySpot.values().stream().map(e -> new ExcludedSpot(e.getRegion(), e.getReason())).toList();
    }

    private static Technique technique(Plan plan, List<Candidate> ranked) {
        Set<String> tools = new LinkedHashSet<>();
        String top = ranked.get(0).getRegion();
        if (plan.getToolLimitsBySite().containsKey(top)) {
            tools.addAll(plan.toolsAt(top)); // a caution at the first site: its tools alone
        } else {
            for (Candidate c : ranked) {
                tools.addAll(plan.toolsAt(c.getRegion()));
            }
            plan.getToolsBySite().keySet().forEach(site -> tools.addAll(plan.toolsAt(site)));
        }
        tools.removeAll(plan.getToolsRuledOut());
        if (tools.isEmpty()) {
            tools.add("fingers"); // every site can be reached gently by hand
        }
        return new Technique(plan.getMethod(), new Range(plan.getHoldSecondsMin(), plan.getHoldSecondsMax()),
                plan.getStrokes(), fibreDirection(plan, ranked),
                new Range(plan.getIntensityMin(), plan.getIntensityMax()), plan.isStartGentle(),
                plan.isLightPressure(), new SessionLength(plan.getSessionSecondsStart(), plan.getSessionSecondsMax()),
                new Range(plan.getSessionsPerDayMin(), plan.getSessionsPerDayMax()), List.copyOf(tools));
    }

    /** How the fibres run at the best-ranked site where that is known. */
    private static String fibreDirection(Plan plan, List<Candidate> ranked) {
        for (Candidate c : ranked) {
            String d = plan.getFibreDirectionBySite().get(c.getRegion());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** Codes of one kind, each once, in the order the rules concluded them. */
    private static List<Coded> coded(List<Advice> advice, Advice.Kind kind) {
        Map<String, Coded> byCode = new LinkedHashMap<>();
        for (Advice a : advice) {
            if (a.getKind() == kind) {
                byCode.putIfAbsent(a.getCode(), new Coded(a.getCode(), a.getMessage()));
            }
        }
        return List.copyOf(byCode.values());
    }

    /**
     * The urgency is the highest of the reasons' (contract §7.7). Each reason's advice names its own
     * time frame, so only the advice of the answer's urgency (and advice with none) is kept: one time
     * frame per answer, never a slower one beside a faster one (contract §8.4).
     */
    private static Professional professional(List<ProfessionalAdvice> advice) {
        String urgency = "none";
        Set<String> reasons = new LinkedHashSet<>();
        Set<String> texts = new LinkedHashSet<>();
        for (ProfessionalAdvice a : advice) {
            if (URGENCY.indexOf(a.getUrgency()) > URGENCY.indexOf(urgency)) {
                urgency = a.getUrgency();
            }
            reasons.add(a.getReason());
        }
        for (ProfessionalAdvice a : advice) {
            if (a.getAdvice() != null && (a.getUrgency().equals(urgency) || "none".equals(a.getUrgency()))) {
                texts.add(a.getAdvice());
            }
        }
        return new Professional(!"none".equals(urgency), urgency, List.copyOf(reasons), List.copyOf(texts));
    }
}
