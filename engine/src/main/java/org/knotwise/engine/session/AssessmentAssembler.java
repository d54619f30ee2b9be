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
import org.knotwise.engine.text.EngineTexts;
import org.knotwise.engine.text.Messages;
import org.knotwise.engine.text.Text;
import org.knotwise.engine.text.Wording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the contract's assessment from what the rules concluded. It also holds the safety net:
 * whatever a rule file says, a case with a red flag, or a caution that rules self-massage out, never
 * leaves here with a massage plan.
 *
 * <p>The rules conclude texts as message keys; here they are put into words in the language of the
 * {@link Wording} asked for. Conclusions are ordered and made unique by their English words in every
 * language, so an answer in Spanish gives the same advice in the same order as in English.
 */
final class AssessmentAssembler {

    static final String SAFETY_NET_RULE = "engine.red-flag-safety-net";
    /** Lowest first (contract §7.7): the assessment's urgency is the highest of its reasons'. */
    static final List<String> URGENCY = List.of("none", "routine", "urgent", "emergency");

    private AssessmentAssembler() {
    }

    static Assessment assemble(Case c, SessionRecorder recorder, RuleBaseIdentity ruleBase, Wording wording) {
        Assessment a = assemble(c, recorder, wording.asked() == null ? ruleBase
                : ruleBase.withLanguages(wording.statuses()), new Words(wording));
        return wording.asked() == null ? a : withLanguage(a, wording.asked());
    }

    /**
     * English (to order and compare by) and the answer's language (to write in). Each text is put into
     * English words once per assessment, however often a sort compares it; in English that is its answer.
     */
    private static final class Words {
        private final Messages english;
        private final Messages target;
        private final Map<Text, String> inEnglish = new IdentityHashMap<>();

        Words(Wording w) {
            this.english = w.english();
            this.target = w.target();
        }

        Messages english() {
            return english;
        }

        Messages target() {
            return target;
        }

        String en(Text t) {
            if (t == null) {
                return "";
            }
            String words = inEnglish.get(t);
            if (words == null) {
                words = english.format(t);
                inEnglish.put(t, words);
            }
            return words;
        }

        String out(Text t) {
            return translating() ? target.format(t) : en(t);
        }

        boolean translating() {
            return english != target;
        }
    }

    private static Assessment withLanguage(Assessment a, String language) {
        return new Assessment(a.id(), a.selfCare(), a.candidateSites(), a.excludedSpots(), a.technique(),
                a.adjustments(), a.failureReasons(), a.professional(), a.expectations(), a.tips(), a.explanation(),
                a.cautions(), a.warnings(), a.ruleBase(), language);
    }

    private static Assessment assemble(Case c, SessionRecorder recorder, RuleBaseIdentity ruleBase, Words words) {
        List<Candidate> candidates = new ArrayList<>();
        List<Caution> cautionFacts = new ArrayList<>();
        List<Exclusion> exclusions = new ArrayList<>();
        List<Advice> advice = new ArrayList<>();
        List<ProfessionalAdvice> professional = new ArrayList<>();
        Map<String, Text> expectations = new LinkedHashMap<>();
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
        List<ExplanationStep> explanation = words.translating()
                ? Explanations.translate(recorder.explanation, words.english(), words.target())
                : new ArrayList<>(recorder.explanation);
        // Rules of equal salience may fire in any order (it can change from one build to the next);
        // listing conclusions by their rule's place in the rule files keeps the output the same.
        Comparator<Object> byRule = Comparator.comparingInt(o -> recorder.positionOf.getOrDefault(o, Integer.MAX_VALUE));
        advice.sort(byRule);
        expectationFacts.sort(byRule);
        expectationFacts.forEach(x -> expectations.putIfAbsent(words.en(((Expectation) x).getText()), ((Expectation) x).getText()));
        // one rule may give several tips (one per site): those keep a fixed order too
        tipFacts.sort(byRule.thenComparing(x -> words.en(((Tip) x).getText())));
        Map<String, Text> tipTexts = new LinkedHashMap<>();
        tipFacts.forEach(x -> tipTexts.putIfAbsent(words.en(((Tip) x).getText()), ((Tip) x).getText()));
        List<String> tips = tipTexts.values().stream().map(words::out).toList();
        professional.sort(Comparator.comparing((ProfessionalAdvice a) -> a, byRule)
                .thenComparing(a -> words.en(a.getAdvice())));
        exclusions.sort(byRule);
        cautionFacts.sort(Comparator.comparing((Caution x) -> x, byRule)
                .thenComparing(x -> x.getRegion() == null ? "" : x.getRegion()));
        List<org.knotwise.engine.model.Caution> cautions = cautions(cautionFacts, words);

        if (!c.redFlags().isEmpty()) {
            if (professional.stream().noneMatch(p -> "RED_FLAG".equals(p.getReason()))) {
                professional.add(new ProfessionalAdvice("RED_FLAG", "urgent", Text.of(EngineTexts.SAFETY_NET)));
                explanation.add(new ExplanationStep(SAFETY_NET_RULE, "engine",
                        "the case reports a red flag " + c.redFlags() + " but no rule gave professional help"));
            }
            return noSelfCare(c, List.of(), professional, explanation, cautions, ruleBase, words);
        }
        candidates.sort(SiteRanking.BEST_FIRST);
        boolean selfCare = plan != null && !candidates.isEmpty()
                && cautionFacts.stream().noneMatch(Caution::isStopsSelfCare);
        if (!selfCare) {
            return noSelfCare(c, excluded(exclusions), professional, explanation, cautions, ruleBase, words);
        }
        return new Assessment(c.id(), true, sites(candidates, recorder, words), excluded(exclusions),
                technique(plan, candidates, words),
                coded(advice, Advice.Kind.ADJUSTMENT, words), coded(advice, Advice.Kind.FAILURE, words),
                professional(professional, words), expectations.values().stream().map(words::out).toList(), tips,
                explanation, cautions, c.warnings(), ruleBase);
    }

    /**
     * No massage advice at all (contract §8.3, §8.4): no sites, no plan, no corrections, tips or
     * expectations; only whom to see and how soon, the cautions, the spots set aside (when the search
     * ran and found nothing to rub) and how the answer was reached.
     */
    private static Assessment noSelfCare(Case c, List<ExcludedSpot> excluded, List<ProfessionalAdvice> professional,
                                         List<ExplanationStep> explanation,
                                         List<org.knotwise.engine.model.Caution> cautions, RuleBaseIdentity ruleBase,
                                         Words words) {
        return new Assessment(c.id(), false, List.of(), excluded, null, List.of(), List.of(),
                professional(professional, words), List.of(), List.of(), explanation, cautions, c.warnings(), ruleBase);
    }

    /** Each caution once per code and site, in the order of the rules that concluded them. */
    private static List<org.knotwise.engine.model.Caution> cautions(List<Caution> facts, Words words) {
        Map<String, org.knotwise.engine.model.Caution> byKey = new LinkedHashMap<>();
        for (Caution x : facts) {
            byKey.putIfAbsent(x.getCode() + "@" + x.getRegion(),
                    new org.knotwise.engine.model.Caution(x.getCode(), x.getRegion(), words.out(x.getText()), x.getSource()));
        }
        return List.copyOf(byKey.values());
    }

    private static List<CandidateSite> sites(List<Candidate> ranked, SessionRecorder recorder, Words words) {
        List<CandidateSite> sites = new ArrayList<>();
        for (Candidate c : ranked) {
            sites.add(new CandidateSite(c.getRegion(), List.copyOf(c.getMuscles()), c.getBasis(), c.getConfidence(),
                    c.getRelatesTo(), c.getStepsTowardCentre(), c.getScore(), evidence(c, words),
                    recorder.rulesByCandidate.getOrDefault(c, List.of()).stream()
                            .sorted().map(recorder::idAt).toList()));
        }
        return sites;
    }

    /** Most points first, then by the English words (with their points), whatever order the rules fired in. */
    private static List<String> evidence(Candidate c, Words words) {
        List<Candidate.Evidence> all = new ArrayList<>(c.getEvidence());
        if (all.isEmpty()) {
            return List.of();
        }
        all.sort(Comparator.comparingInt((Candidate.Evidence e) -> -e.points())
                .thenComparing(e -> words.en(e.why()) + points(e.points())));
        List<String> out = new ArrayList<>(all.size());
        for (Candidate.Evidence e : all) {
            out.add(words.out(e.why()) + points(e.points()));
        }
        return List.copyOf(out);
    }

    /** " (+2)", " (-3)", or nothing for no points. */
    private static String points(int points) {
        return points == 0 ? "" : " (" + (points > 0 ? "+" : "") + points + ")";
    }

    /** One reason per pressed spot: the first rule to exclude it wins. */
    private static List<ExcludedSpot> excluded(List<Exclusion> exclusions) {
        Map<Integer, Exclusion> bySpot = new LinkedHashMap<>();
        exclusions.stream().sorted(Comparator.comparingInt(Exclusion::getSpotIndex)) // stable: rule order kept
                .forEach(e -> bySpot.putIfAbsent(e.getSpotIndex(), e));
        return bySpot.values().stream().map(e -> new ExcludedSpot(e.getRegion(), e.getReason())).toList();
    }

    private static Technique technique(Plan plan, List<Candidate> ranked, Words words) {
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
                plan.getStrokes(), fibreDirection(plan, ranked, words),
                new Range(plan.getIntensityMin(), plan.getIntensityMax()), plan.isStartGentle(),
                plan.isLightPressure(), new SessionLength(plan.getSessionSecondsStart(), plan.getSessionSecondsMax()),
                new Range(plan.getSessionsPerDayMin(), plan.getSessionsPerDayMax()), List.copyOf(tools));
    }

    /** How the fibres run at the best-ranked site where that is known. */
    private static String fibreDirection(Plan plan, List<Candidate> ranked, Words words) {
        for (Candidate c : ranked) {
            Text d = plan.getFibreDirectionBySite().get(c.getRegion());
            if (d != null) {
                return words.out(d);
            }
        }
        return null;
    }

    /** Codes of one kind, each once, in the order the rules concluded them. */
    private static List<Coded> coded(List<Advice> advice, Advice.Kind kind, Words words) {
        Map<String, Coded> byCode = new LinkedHashMap<>();
        for (Advice a : advice) {
            if (a.getKind() == kind && !byCode.containsKey(a.getCode())) {
                byCode.put(a.getCode(), new Coded(a.getCode(), words.out(a.getText())));
            }
        }
        return List.copyOf(byCode.values());
    }

    /**
     * The urgency is the highest of the reasons' (contract §7.7). Each reason's advice names its own
     * time frame, so only the advice of the answer's urgency (and advice with none) is kept: one time
     * frame per answer, never a slower one beside a faster one (contract §8.4).
     */
    private static Professional professional(List<ProfessionalAdvice> advice, Words words) {
        String urgency = "none";
        Set<String> reasons = new LinkedHashSet<>();
        Map<String, Text> texts = new LinkedHashMap<>();
        for (ProfessionalAdvice a : advice) {
            if (URGENCY.indexOf(a.getUrgency()) > URGENCY.indexOf(urgency)) {
                urgency = a.getUrgency();
            }
            reasons.add(a.getReason());
        }
        for (ProfessionalAdvice a : advice) {
            if (a.getAdvice() != null && (a.getUrgency().equals(urgency) || "none".equals(a.getUrgency()))) {
                texts.putIfAbsent(words.en(a.getAdvice()), a.getAdvice());
            }
        }
        return new Professional(!"none".equals(urgency), urgency, List.copyOf(reasons),
                texts.values().stream().map(words::out).toList());
    }
}
