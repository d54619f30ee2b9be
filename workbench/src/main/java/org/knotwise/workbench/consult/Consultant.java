package org.knotwise.workbench.consult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CandidateSite;
import org.knotwise.engine.model.InvalidCaseException;
import org.knotwise.kb.Vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Decides a consultation's next question by assessing the alternatives: an unknown field matters when some
 * answer to it changes what the person would read ({@link Reading}). Safety first (the pain regions open,
 * then the red flags, then the cautions' inputs when they can matter); then the question whose answers give
 * the most different assessments; a pressed spot's questions in the article's order (tender? relevant? good
 * pain?). Done when no unknown field can change the assessment. Stateless and thread-safe.
 */
public final class Consultant {
    /** How many of the candidate sites (nearest first) are worth asking about before "anywhere else?". */
    static final int SITES_TO_ASK = 3;
    /** Random fillings of the unknowns tried before stopping (see {@link #jointlyMattering}). */
    static final int JOINT_SAMPLES = 8;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Knotwise engine;
    private final QuestionBook book;

    public Consultant(Knotwise engine, QuestionBook book) {
        this.engine = engine;
        this.book = book;
    }

    public Knotwise engine() {
        return engine;
    }

    public QuestionBook questions() {
        return book;
    }

    /**
     * The next step from a state.
     *
     * @throws InvalidCaseException when the case so far breaks the contract
     */
    public Step next(ConsultState state) {
        PartialCase known = state.partial();
        if (!known.hasRegions()) {
            return ask(state, Askable.REGIONS.template(), null);
        }
        Assessment now = engine.assess(known.toCase());
        if (!known.redFlags().isEmpty()) {
            return new Step(null, true, true, now); // a red flag ends it: the urgent advice, nothing else
        }
        if (!state.wasAsked(Askable.RED_FLAGS.template())) {
            return ask(state, Askable.RED_FLAGS.template(), now);
        }
        Assessment reading = Reading.of(now);
        for (Askable caution : Askable.inGroup(Askable.Group.CAUTION)) {
            String path = caution.template();
            if (!state.wasAsked(path) && known.get(path) == null && outcomes(state, path, reading) > 1) {
                return ask(state, path, now);
            }
        }
        boolean spotsStarted = state.asked().stream().anyMatch(p -> p.startsWith("spots["));
        boolean spotsOpen = !state.wasAsked(ConsultState.SPOTS_CLOSED);
        String spotQuestion = spotsOpen ? nextSpotQuestion(state, now, reading) : null;
        if (spotsStarted && spotQuestion != null) {
            return ask(state, spotQuestion, now); // a started search is followed through, site by site
        }
        List<String> pool = new ArrayList<>();
        for (Askable a : Askable.inGroup(Askable.Group.GENERAL)) {
            if (!state.wasAsked(a.template()) && known.get(a.template()) == null) {
                pool.add(a.template());
            }
        }
        if (known.hasHistory()) {
            for (Askable a : Askable.inGroup(Askable.Group.HISTORY)) {
                if (!state.wasAsked(a.template()) && known.get(a.template()) == null) {
                    pool.add(a.template());
                }
            }
        }
        if (spotQuestion != null) {
            pool.add(spotQuestion);
        }
        String best = null;
        int bestSplit = 1;
        for (String path : pool) {
            int split = outcomes(state, path, reading);
            if (split > bestSplit) { // ties: the earlier field, in the order the contract lists them
                best = path;
                bestSplit = split;
            }
        }
        if (best == null) {
            best = jointlyMattering(state, reading);
        }
        return best == null ? new Step(null, true, false, now) : ask(state, best, now);
    }

    /**
     * The check before stopping: no single unknown changes the assessment on its own, but two together might
     * (two weeks of rubbing <em>and</em> no change means a professional). Fills the unknowns with answers
     * drawn at random (seeded by the case, so the same state always gives the same step) and flips each in
     * turn; an unknown whose flip changes the reading in some filling matters, and is asked (for one inside
     * an unasked history, the history question).
     */
    private String jointlyMattering(ConsultState state, Assessment reading) {
        PartialCase known = state.partial();
        List<String> open = new ArrayList<>();
        for (Askable a : Askable.values()) {
            boolean inGroups = a.group() == Askable.Group.CAUTION || a.group() == Askable.Group.GENERAL
                    || (a.group() == Askable.Group.HISTORY && known.hasHistory());
            if (inGroups && !state.wasAsked(a.template()) && known.get(a.template()) == null) {
                open.add(a.template());
            }
        }
        if (open.isEmpty()) {
            return null;
        }
        boolean historyOpen = open.contains(Askable.HISTORY.template());
        SplittableRandom random = new SplittableRandom(known.toString().hashCode() * 31L + state.asked().size());
        for (int k = 0; k < JOINT_SAMPLES; k++) {
            PartialCase filled = known;
            List<String> flippable = new ArrayList<>(open);
            for (String path : open) {
                if (path.equals(Askable.HISTORY.template())) {
                    continue;
                }
                List<JsonNode> alts = alternatives(path);
                filled = filled.with(path, alts.get(random.nextInt(alts.size())));
            }
            if (historyOpen && random.nextBoolean()) {
                filled = filled.with(Askable.HISTORY.template(), JSON.booleanNode(true));
                for (Askable h : Askable.inGroup(Askable.Group.HISTORY)) {
                    List<JsonNode> alts = alternatives(h.template());
                    filled = filled.with(h.template(), alts.get(random.nextInt(alts.size())));
                    flippable.add(h.template());
                }
            }
            Assessment base = Reading.of(engine.assess(filled.toCase()));
            for (String path : flippable) {
                List<JsonNode> alts = new ArrayList<>(alternatives(path));
                alts.add(path.equals(Askable.HISTORY.template()) ? JSON.booleanNode(false) : JSON.nullNode());
                for (JsonNode alt : alts) {
                    PartialCase flipped = filled.with(path, alt);
                    if (!base.equals(Reading.of(engine.assess(flipped.toCase())))) {
                        return open.contains(path) ? path : Askable.HISTORY.template();
                    }
                }
            }
        }
        return null;
    }

    /**
     * The spot question due next: a place named under "anywhere else?" first, then the follow-ups of each
     * pressed spot in the article's order, then the next candidate site (nearest the pain first), then
     * "anywhere else?".
     */
    private String nextSpotQuestion(ConsultState state, Assessment now, Assessment reading) {
        PartialCase known = state.partial();
        for (String region : known.spotRegions()) {
            if (!state.wasAsked(Paths.spot(region))) {
                return Paths.spot(region);
            }
        }
        for (String region : known.spotRegions()) {
            for (Askable follow : List.of(Askable.SPOT_RELEVANT, Askable.SPOT_GOOD_PAIN, Askable.SPOT_BUMP, Askable.SPOT_FIBRES)) {
                String path = Paths.spotField(region, follow);
                if (!state.wasAsked(path) && outcomes(state, path, reading) > 1) {
                    return path;
                }
            }
        }
        long sitesAsked = state.asked().stream().filter(p -> Paths.spotRegion(p) != null && p.indexOf('.') < 0).count()
                - state.elsewhereAsked();
        if (sitesAsked < SITES_TO_ASK) {
            for (String site : sitesWorthPressing(now)) {
                if (!state.wasAsked(Paths.spot(site)) && known.spot(site) == null) {
                    return Paths.spot(site);
                }
            }
        }
        return "spots[+" + (state.elsewhereAsked() + 1) + "]";
    }

    /** The candidate sites no pressed spot supports yet, nearest the pain first, then in the assessment's rank. */
    static List<String> sitesWorthPressing(Assessment a) {
        List<CandidateSite> sites = new ArrayList<>(a.candidateSites());
        List<CandidateSite> ranked = List.copyOf(sites);
        sites.removeIf(s -> "palpated".equals(s.basis()));
        sites.sort(Comparator.comparingInt((CandidateSite s) -> Math.abs(s.stepsTowardCentre())).thenComparingInt(ranked::indexOf));
        return sites.stream().map(CandidateSite::region).distinct().toList();
    }

    /** How many different readings the answers to a question give, the present one (unknown) included. */
    int outcomes(ConsultState state, String path, Assessment reading) {
        Set<Assessment> seen = new HashSet<>();
        seen.add(reading);
        for (JsonNode value : alternatives(path)) {
            try {
                seen.add(Reading.of(engine.assess(state.partial().with(path, value).toCase())));
            } catch (InvalidCaseException e) {
                throw new IllegalStateException("the questions file offers " + value + " at " + path
                        + ", which the case format refuses: " + e.getMessage(), e);
            }
        }
        return seen.size();
    }

    /** The answers tried to see whether a question matters. */
    List<JsonNode> alternatives(String path) {
        Askable field = Askable.ofPath(path).orElseThrow(() -> new IllegalArgumentException("not askable: " + path));
        Question q = book.question(field);
        List<JsonNode> values = new ArrayList<>();
        switch (field) {
            case SPOT -> {
                values.add(JSON.textNode(Askable.TENDER));
                values.add(JSON.textNode(Askable.NOT_TENDER));
            }
            case HISTORY -> values.add(JSON.booleanNode(true));
            default -> {
                if (field.kind() == Askable.Kind.NUMBER) {
                    q.probes().forEach(p -> values.add(number(p)));
                } else {
                    for (Choice c : q.choices()) {
                        if (!c.unknown()) {
                            values.add(field.kind() == Askable.Kind.MANY ? JSON.arrayNode().add(c.value()) : c.value());
                        }
                    }
                }
            }
        }
        return values;
    }

    static JsonNode number(double d) {
        return d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE ? JSON.numberNode((int) d) : JSON.numberNode(d);
    }

    private Step ask(ConsultState state, String path, Assessment now) {
        return new Step(question(state, path), false, false, now);
    }

    /** The question at a concrete path, in the questions file's words. */
    public AskedQuestion question(ConsultState state, String path) {
        Askable field = Askable.ofPath(path).orElseThrow(() -> new IllegalArgumentException("not askable: " + path));
        Question q = book.question(field);
        String region = Paths.spotRegion(path);
        String text = q.text().replace("{region}", region == null ? "" : Words.region(region));
        List<Choice> choices = new ArrayList<>();
        if (field.kind() == Askable.Kind.REGIONS || field.kind() == Askable.Kind.REGION) {
            Set<String> known = new HashSet<>(state.partial().spotRegions());
            state.asked().stream().map(Paths::spotRegion).filter(r -> r != null).forEach(known::add);
            for (String r : Vocabulary.REGIONS) {
                if (field == Askable.REGIONS || !known.contains(r)) {
                    choices.add(new Choice(Words.region(r), JSON.textNode(r)));
                }
            }
            q.choices().stream().filter(Choice::unknown).forEach(choices::add);
        } else {
            choices.addAll(q.choices());
        }
        return new AskedQuestion(path, field, text, q.reason(), choices, q.min(), q.max(), q.rules());
    }
}
