package org.knotwise.workbench.consult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.knotwise.engine.Explain;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CandidateSite;
import org.knotwise.engine.model.InvalidCaseException;
import org.knotwise.kb.Vocabulary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Decides a consultation's next question by assessing the alternatives: an unknown field matters when some
 * answer to it changes what the person would read ({@link Reading}). Safety first (the pain regions open,
 * then the red flags as one checklist, then the cautions' inputs that can matter: the onset and the age on
 * their own, the yes-or-no ones as one checklist where there are two or more, save one whose "no" and "not
 * sure" give different advice, such as swelling of a calf, asked on its own with "not sure" as an answer);
 * then the question whose answers give the most different assessments. Pressed spots are asked as
 * the places pressed (one question, the sites worth pressing listed first), then one checklist per place of
 * what was found there (tender? relevant? good pain? ..., only the lines that can matter).
 * Done when no unknown field can change the assessment.
 * <p>
 * A red flag means no plan: from then on only the urgency and the cautions can change ({@link Lens#RED_FLAG}),
 * so only the inputs that can raise the one or change the other are asked (the complaint's and the person's,
 * which the safety checks read; never the places pressed), and none once the urgency is {@code emergency}.
 * Stateless and thread-safe.
 */
public final class Consultant {
    /** How many candidate sites (nearest first) are tried to see whether the places pressed can matter. */
    static final int SITES_TO_TRY = 3;
    /** Random fillings of the unknowns tried before stopping (see {@link #jointlyMattering}). */
    static final int JOINT_SAMPLES = 8;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<Askable> SPOT_DETAILS = List.of(Askable.SPOT_RELEVANT, Askable.SPOT_GOOD_PAIN,
            Askable.SPOT_BUMP, Askable.SPOT_FIBRES);

    private static final String EMERGENCY = "emergency";

    /** Readings kept: a step's alternatives recur at the next step whenever the answer left the case unchanged. */
    static final int READINGS_KEPT = 4096;

    private final Knotwise engine;
    private final QuestionBook book;
    /** The questions' words in the engine's language. */
    private final QuestionWords words;
    private final Map<String, Assessment> readings = lru(READINGS_KEPT);
    /**
     * {@link #unchosenIsPlain}'s answers kept: it is asked in the first safety steps, where the case holds little
     * but the pain regions, so consultations about the same regions share them.
     */
    static final int PLAIN_KEPT = 1024;
    private final Map<String, Boolean> plain = lru(PLAIN_KEPT);

    /** What an answer must change to matter: all a person reads, or after a red flag what is left to read. */
    enum Lens {
        /** everything but the explanation ({@link Reading}) */
        ALL,
        /**
         * after a red flag: the urgency and the cautions listed (no plan follows a red flag, so its sites,
         * technique and tips are not shown as advice, and nothing that only they depend on is asked)
         */
        RED_FLAG;

        Object of(Assessment reading) {
            return this == ALL ? reading : new RedFlagView(reading.professional().urgency(), reading.cautions());
        }
    }

    /** What a red-flag answer says beyond "see a doctor": how soon, and the cautions. */
    private record RedFlagView(String urgency, List<org.knotwise.engine.model.Caution> cautions) {
    }

    public Consultant(Knotwise engine, QuestionBook book) {
        this.engine = engine;
        this.book = book;
        this.words = QuestionWords.of(engine);
    }

    private static <V> Map<String, V> lru(int kept) {
        return Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > kept;
            }
        });
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
            return ask(question(state, Askable.REGIONS.template(), null, List.of()), null);
        }
        Assessment now = engine.assess(known.toCase());
        if (!known.redFlags().isEmpty()) {
            return afterRedFlag(state, now);
        }
        if (!state.wasAsked(Askable.RED_FLAGS.template())) {
            return ask(question(state, Askable.RED_FLAGS.template(), now, List.of()), now);
        }
        Assessment reading = Reading.of(now);
        AskedQuestion caution = pastSafety(state) ? null : cautionQuestion(state, now, Lens.ALL, reading);
        if (caution != null) {
            return ask(caution, now);
        }
        boolean placesAsked = state.wasAsked(ConsultState.SPOTS_CLOSED);
        if (placesAsked) {
            AskedQuestion spot = spotQuestion(state, now, reading);
            if (spot != null) {
                return ask(spot, now); // the places pressed are followed through, place by place
            }
        }
        List<String> pool = new ArrayList<>();
        for (Askable a : Askable.inGroup(Askable.Group.GENERAL)) {
            if (open(state, a)) {
                pool.add(a.template());
            }
        }
        if (known.hasHistory()) {
            for (Askable a : Askable.inGroup(Askable.Group.HISTORY)) {
                if (open(state, a)) {
                    pool.add(a.template());
                }
            }
        }
        if (!placesAsked) {
            pool.add(ConsultState.SPOTS_CLOSED);
        }
        String best = mostDividing(state, pool, now, Lens.ALL, reading);
        if (best == null && pastSafety(state)) {
            AskedQuestion late = cautionQuestion(state, now, Lens.ALL, reading); // a caution's input that matters only now
            if (late != null) {
                return ask(late, now);
            }
        }
        if (best == null && !placesAsked && anyPlaceMatters(state, reading)) {
            best = ConsultState.SPOTS_CLOSED;
        }
        if (best == null) {
            best = jointlyMattering(state, Lens.ALL, reading);
        }
        return best == null ? new Step(null, true, false, now) : ask(question(state, best, now, List.of()), now);
    }

    /**
     * After a red flag: no plan follows, but the urgency and the cautions still depend on the complaint and the
     * person (a red flag with a sudden, severe headache is an emergency; a child, swelling or blood thinners
     * add their cautions). So the inputs that can raise the one or change the other are asked, the cautions'
     * first, then the rest of the complaint's; nothing once the urgency is an emergency, the highest there is.
     */
    private Step afterRedFlag(ConsultState state, Assessment now) {
        if (EMERGENCY.equals(now.professional().urgency())) {
            return new Step(null, true, true, now);
        }
        Object seen = Lens.RED_FLAG.of(Reading.of(now));
        AskedQuestion caution = cautionQuestion(state, now, Lens.RED_FLAG, seen);
        if (caution != null) {
            return new Step(caution, false, true, now);
        }
        List<String> pool = new ArrayList<>();
        for (Askable a : Askable.inGroup(Askable.Group.GENERAL)) {
            if (open(state, a)) {
                pool.add(a.template());
            }
        }
        String best = mostDividing(state, pool, now, Lens.RED_FLAG, seen);
        if (best == null) {
            best = jointlyMattering(state, Lens.RED_FLAG, seen);
        }
        return best == null ? new Step(null, true, true, now) : new Step(question(state, best, now, List.of()), false, true, now);
    }

    /** The field whose answers give the most different views, or null when none gives another than now's. */
    private String mostDividing(ConsultState state, List<String> pool, Assessment now, Lens lens, Object seen) {
        String best = null;
        int bestSplit = 1;
        for (String path : pool) {
            int split = outcomes(alternativeCases(state, path, now), lens, seen);
            if (split > bestSplit) { // ties: the earlier field, in the order the contract lists them
                best = path;
                bestSplit = split;
            }
        }
        return best;
    }

    /**
     * Whether a plain field is still to be found out: not asked, not known, and needed by some rule (the
     * questions file lists none for a field the advice does not depend on, and {@code rules validate} warns
     * that it is never asked).
     */
    private boolean open(ConsultState state, Askable a) {
        return !state.wasAsked(a.template()) && state.partial().get(a.template()) == null
                && !book.question(a).rules().isEmpty();
    }

    /**
     * Whether the safety questions are behind: something else was asked. From then on the cautions' inputs
     * are checked again only before stopping (one that starts to matter later is asked then), which spares
     * assessing them at every step.
     */
    private static boolean pastSafety(ConsultState state) {
        for (String path : state.asked()) {
            Askable a = Askable.ofPath(path).orElse(null);
            if (a == null || (a.group() != Askable.Group.OPENING && a.group() != Askable.Group.RED_FLAG
                    && a.group() != Askable.Group.CAUTION)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cautions' inputs that can matter now, in the order the safety checks take them: the first on its own
     * (the onset: sudden, gradual or not sure; swelling: yes, no or not sure), unless a checklist line answers it
     * and the lines answer two or more of them: then those lines as one checklist. A field's lines are offered
     * only where leaving them unchosen cannot mislead ({@link #unchosenIsPlain}).
     */
    private AskedQuestion cautionQuestion(ConsultState state, Assessment now, Lens lens, Object seen) {
        PartialCase known = state.partial();
        List<String> due = new ArrayList<>();
        for (Askable caution : Askable.inGroup(Askable.Group.CAUTION)) {
            String path = caution.template();
            if (open(state, caution) && matters(known, path, lens, seen)) {
                due.add(path);
            }
        }
        if (due.isEmpty()) {
            return null;
        }
        List<Item> lines = new ArrayList<>();
        for (String path : due) {
            List<Item> own = book.question(Askable.CAUTIONS).items().stream().filter(i -> i.path().equals(path)).toList();
            if (!own.isEmpty() && (!lines.isEmpty() || path.equals(due.get(0))) && unchosenIsPlain(state, path, own, lens)) {
                lines.addAll(own);
            }
        }
        if (lines.stream().map(Item::path).distinct().count() >= 2) {
            return question(state, Askable.CAUTIONS.template(), now, lines);
        }
        return question(state, due.get(0), now, List.of());
    }

    /**
     * Whether a field's checklist lines, left unchosen, can stand for their "otherwise" (no swelling, no blood
     * thinners): every other answer a person may mean by not choosing them ("not sure" above all) gives the
     * advice the "otherwise" gives, now and whatever another open input of the safety checks turns out to be
     * (one at a time: for a calf, "no swelling" and "not sure" differ once the pain is known to have come on
     * gradually). Where they differ, the field is asked on its own, with "not sure" as an answer.
     */
    private boolean unchosenIsPlain(ConsultState state, String path, List<Item> lines, Lens lens) {
        StringBuilder key = new StringBuilder(lens.name()).append(' ').append(path).append(' ');
        for (Askable a : Askable.inGroup(Askable.Group.CAUTION)) {
            key.append(state.wasAsked(a.template()) ? 'a' : '-'); // asked and left unknown is not open
        }
        String k = key.append(' ').append(state.partial()).toString();
        Boolean known = plain.get(k);
        if (known == null) {
            known = unchosenIsPlainNow(state, path, lines, lens);
            plain.put(k, known);
        }
        return known;
    }

    private boolean unchosenIsPlainNow(ConsultState state, String path, List<Item> lines, Lens lens) {
        JsonNode otherwise = lines.get(0).otherwise(); // the lines on one field agree (the questions file is checked)
        List<JsonNode> meant = new ArrayList<>();
        for (Choice c : book.question(Askable.ofPath(path).orElseThrow()).choices()) {
            if (!c.value().equals(otherwise) && lines.stream().noneMatch(i -> i.value().equals(c.value()))) {
                meant.add(c.value());
            }
        }
        if (meant.isEmpty()) {
            return true;
        }
        PartialCase known = state.partial();
        List<PartialCase> contexts = new ArrayList<>();
        contexts.add(known);
        for (Askable other : Askable.inGroup(Askable.Group.CAUTION)) {
            if (!other.template().equals(path) && open(state, other)) {
                for (JsonNode alt : alternatives(other.template())) {
                    contexts.add(known.with(other.template(), alt));
                }
            }
        }
        for (PartialCase c : contexts) {
            Object base = lens.of(readingOf(c.with(path, otherwise)));
            for (JsonNode m : meant) {
                if (!base.equals(lens.of(readingOf(c.with(path, m))))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * After the places pressed: the next place's findings (a checklist of the lines that can matter), then a
     * finding that matters only now (e.g. a spot's good pain once another spot competes), asked on its own.
     */
    private AskedQuestion spotQuestion(ConsultState state, Assessment now, Assessment reading) {
        PartialCase known = state.partial();
        for (String region : known.spotRegions()) {
            if (!state.wasAsked(Paths.spot(region))) {
                List<Item> lines = findings(state, region, reading);
                if (!lines.isEmpty()) {
                    return question(state, Paths.spot(region), now, lines);
                }
            }
        }
        for (String region : known.spotRegions()) {
            for (Askable detail : SPOT_DETAILS) {
                String path = Paths.spotField(region, detail);
                if (!state.wasAsked(path) && !known.spot(region).has(Paths.spotProperty(detail)) && matters(known, path, Lens.ALL, reading)) {
                    return question(state, path, now, List.of());
                }
            }
        }
        return null;
    }

    /**
     * The lines of a place's findings checklist: its tenderness, and each detail that changes the reading with
     * the spot tender or not; none when nothing found there can change the reading.
     */
    private List<Item> findings(ConsultState state, String region, Assessment reading) {
        PartialCase known = state.partial();
        PartialCase tender = known.with(Paths.spot(region), JSON.textNode(Askable.TENDER));
        PartialCase notTender = known.with(Paths.spot(region), JSON.textNode(Askable.NOT_TENDER));
        Assessment tenderReading = readingOf(tender);
        Assessment notTenderReading = readingOf(notTender);
        boolean any = !tenderReading.equals(notTenderReading) || !tenderReading.equals(reading);
        Set<String> mattering = new HashSet<>();
        List<Item> lines = new ArrayList<>();
        for (Item template : book.question(Askable.SPOT).items()) {
            Item item = template.at(region);
            Askable field = Askable.ofPath(item.path()).orElseThrow();
            if (field == Askable.SPOT) {
                lines.add(item);
                continue;
            }
            if (state.wasAsked(item.path()) || known.spot(region).has(Paths.spotProperty(field))) {
                continue;
            }
            if (!mattering.contains(item.path()) && (matters(tender, item.path(), Lens.ALL, tenderReading)
                    || matters(notTender, item.path(), Lens.ALL, notTenderReading))) {
                mattering.add(item.path());
            }
            if (mattering.contains(item.path())) {
                lines.add(item);
                any = true;
            }
        }
        return any ? lines : List.of();
    }

    /**
     * The check before stopping: no single unknown changes the assessment on its own, but two together might
     * (two weeks of rubbing <em>and</em> no change means a professional). Fills the unknowns with answers
     * drawn at random (seeded by the case, so the same state always gives the same step) and flips each in
     * turn; an unknown whose flip changes the reading in some filling matters, and is asked (for one inside
     * an unasked history, the history question).
     */
    private String jointlyMattering(ConsultState state, Lens lens, Object seen) {
        PartialCase known = state.partial();
        List<String> open = new ArrayList<>();
        for (Askable a : Askable.values()) {
            boolean inGroups = a.group() == Askable.Group.CAUTION || a.group() == Askable.Group.GENERAL
                    || (a.group() == Askable.Group.HISTORY && known.hasHistory());
            if (inGroups && open(state, a)) {
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
            Object base = lens.of(readingOf(filled));
            for (String path : flippable) {
                List<JsonNode> alts = new ArrayList<>(alternatives(path));
                alts.add(path.equals(Askable.HISTORY.template()) ? JSON.booleanNode(false) : JSON.nullNode());
                for (JsonNode alt : alts) {
                    if (!base.equals(lens.of(readingOf(filled.with(path, alt))))) {
                        return open.contains(path) ? path : Askable.HISTORY.template();
                    }
                }
            }
        }
        return null;
    }

    /**
     * The check of the places pressed before stopping, when the sites worth pressing did not show it: a spot
     * anywhere can still bring a caution of its own (the front of the neck) when the advice proposes no site.
     */
    private boolean anyPlaceMatters(ConsultState state, Assessment reading) {
        for (String region : Vocabulary.REGIONS) {
            if (matters(state.partial(), Paths.spot(region), Lens.ALL, reading)) {
                return true;
            }
        }
        return false;
    }

    /** The candidate sites no pressed spot supports yet, nearest the pain first, then in the assessment's rank. */
    static List<String> sitesWorthPressing(Assessment a) {
        List<CandidateSite> sites = new ArrayList<>(a.candidateSites());
        List<CandidateSite> ranked = List.copyOf(sites);
        sites.removeIf(s -> "palpated".equals(s.basis()));
        sites.sort(Comparator.comparingInt((CandidateSite s) -> Math.abs(s.stepsTowardCentre())).thenComparingInt(ranked::indexOf));
        return sites.stream().map(CandidateSite::region).distinct().toList();
    }

    /** Whether some answer to one field changes what the lens sees (stops at the first that does). */
    boolean matters(PartialCase known, String path, Lens lens, Object seen) {
        for (JsonNode value : alternatives(path)) {
            if (!seen.equals(lens.of(readingOf(answered(known, path, value))))) {
                return true;
            }
        }
        return false;
    }

    /** How many different views the cases give, the present one (unknown) included. */
    int outcomes(List<PartialCase> cases, Lens lens, Object now) {
        Set<Object> seen = new HashSet<>();
        seen.add(now);
        for (PartialCase c : cases) {
            seen.add(lens.of(readingOf(c)));
        }
        return seen.size();
    }

    /**
     * The cases an answer to a question could make: each alternative of a field; for the places pressed, a
     * spot found tender, or not, at each of the first sites worth pressing.
     */
    List<PartialCase> alternativeCases(ConsultState state, String path, Assessment now) {
        PartialCase known = state.partial();
        List<PartialCase> cases = new ArrayList<>();
        if (path.equals(ConsultState.SPOTS_CLOSED)) {
            for (String site : sitesWorthPressing(now).stream().limit(SITES_TO_TRY).toList()) {
                cases.add(known.with(Paths.spot(site), JSON.textNode(Askable.TENDER)));
                cases.add(known.with(Paths.spot(site), JSON.textNode(Askable.NOT_TENDER)));
            }
            return cases;
        }
        for (JsonNode value : alternatives(path)) {
            cases.add(answered(known, path, value));
        }
        return cases;
    }

    private static PartialCase answered(PartialCase known, String path, JsonNode value) {
        return known.with(path, value);
    }

    private Assessment readingOf(PartialCase c) {
        String key = c.toString();
        Assessment cached = readings.get(key);
        if (cached != null) {
            return cached;
        }
        try {
            Assessment reading = Reading.of(engine.assess(c.toCase(), Explain.NONE)); // the reading has no explanation
            readings.put(key, reading);
            return reading;
        } catch (InvalidCaseException e) {
            throw new IllegalStateException("the questions file offers an answer the case format refuses: "
                    + e.getMessage() + " in " + c, e);
        }
    }

    /** The answers tried to see whether a field matters. */
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

    private static Step ask(AskedQuestion q, Assessment now) {
        return new Step(q, false, false, now);
    }

    /**
     * The state after the answer to the question at a path, for a client that sends only the path and the value
     * (HTTP): a checklist's lines depend on the state, so the question due is worked out again and must be the
     * one answered.
     *
     * @throws IllegalArgumentException for a path not due, a field asked already, or an item not offered
     */
    public ConsultState answer(ConsultState state, String path, JsonNode value) {
        Askable field = Askable.ofPath(path).orElseThrow(() -> new IllegalArgumentException("not askable: " + path));
        if (field.kind() != Askable.Kind.CHECKLIST) {
            return state.answer(path, value);
        }
        AskedQuestion due = next(state).question();
        if (due == null || !due.path().equals(path)) {
            throw new IllegalArgumentException(path + " is not the question due" + (due == null ? "" : " (" + due.path() + " is)"));
        }
        return state.answer(due, value);
    }

    /** The question at a concrete path, in the questions file's words (a checklist with the lines given). */
    AskedQuestion question(ConsultState state, String path, Assessment now, List<Item> lines) {
        Askable field = Askable.ofPath(path).orElseThrow(() -> new IllegalArgumentException("not askable: " + path));
        Question q = book.question(field);
        String region = Paths.spotRegion(path);
        QuestionWords w = words;
        String text = w.text(q).replace("{region}", region == null ? "" : w.region(region));
        List<Choice> choices = new ArrayList<>();
        List<Item> items = lines.stream().map(i -> w.item(q, i)).map(i -> i.at(region)).toList();
        if (field.kind() == Askable.Kind.REGIONS) {
            for (String r : Vocabulary.REGIONS) {
                choices.add(new Choice(w.region(r), JSON.textNode(r)));
            }
        } else if (field.kind() == Askable.Kind.PLACES) {
            Set<String> order = new LinkedHashSet<>(now == null ? List.of() : sitesWorthPressing(now));
            List<String> suggested = List.copyOf(order);
            order.addAll(Vocabulary.REGIONS);
            for (String r : order) {
                choices.add(new Choice(suggested.contains(r) ? w.suggested(q).replace("{region}", w.region(r))
                        : w.region(r), JSON.textNode(r)));
            }
        } else if (field.kind() == Askable.Kind.CHECKLIST) {
            for (Item i : items) {
                choices.add(new Choice(i.label(), JSON.textNode(i.id())));
            }
        } else {
            q.choices().forEach(c -> choices.add(w.choice(q, c)));
        }
        return new AskedQuestion(path, field, text, w.reason(q), choices, q.min(), q.max(), q.rules(), items);
    }
}
