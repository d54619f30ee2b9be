package org.knotwise.rules;

import org.knotwise.engine.Knotwise;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CandidateSite;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.Complaint;
import org.knotwise.engine.model.ExplanationStep;
import org.knotwise.engine.model.History;
import org.knotwise.engine.model.Person;
import org.knotwise.engine.model.Spot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds cases in Java and reads what the built-in rules concluded: which rules fired (by id) and
 * the candidate sites. One engine is shared by every rule test; it is immutable and thread-safe.
 */
final class RuleTesting {

    static final Knotwise ENGINE = Knotwise.builtIn();

    private RuleTesting() {
    }

    static Assessment assess(CaseBuilder c) {
        return ENGINE.assess(c.build());
    }

    /** The ids of the rules that fired, in firing order (a rule firing twice appears twice). */
    static List<String> fired(Assessment a) {
        return a.explanation().stream().map(ExplanationStep::rule).toList();
    }

    static long timesFired(Assessment a, String ruleId) {
        return fired(a).stream().filter(ruleId::equals).count();
    }

    static List<String> siteRegions(Assessment a) {
        return a.candidateSites().stream().map(CandidateSite::region).toList();
    }

    static CandidateSite site(Assessment a, String region) {
        Optional<CandidateSite> s = a.candidateSites().stream().filter(c -> c.region().equals(region)).findFirst();
        return s.orElseThrow(() -> new AssertionError("no candidate site " + region + " in " + siteRegions(a)));
    }

    static CaseBuilder pain(String... regions) {
        return new CaseBuilder(List.of(regions));
    }

    /** Tender only: relevance and good pain unknown. */
    static Spot tender(String region) {
        return new Spot(region, true, null, null, false, false);
    }

    /** Tender, with good pain and feeling related to the complaint: the article's full picture. */
    static Spot trigger(String region) {
        return new Spot(region, true, true, true, false, false);
    }

    static Spot notTender(String region) {
        return new Spot(region, false, null, null, false, false);
    }

    static Spot unrelated(String region) {
        return new Spot(region, true, false, false, false, false);
    }

    static Spot bumpOnly(String region) {
        return new Spot(region, false, null, null, true, false);
    }

    /** History of self-massage done as the article advises, for 3 days, with no change yet. */
    static HistoryBuilder sound() {
        return new HistoryBuilder();
    }

    static final class CaseBuilder {
        private static int counter;
        private final List<String> regions;
        private final List<String> flags = new ArrayList<>();
        private final List<Spot> spots = new ArrayList<>();
        private History history;
        private String id = "case-" + (++counter);
        private List<String> quality = List.of();
        private Integer severity;
        private Integer durationDays;
        private String onset;
        private Boolean swelling;
        private Person person = Person.UNKNOWN;

        private CaseBuilder(List<String> regions) {
            this.regions = regions;
        }

        CaseBuilder id(String id) {
            this.id = id;
            return this;
        }

        CaseBuilder spots(Spot... s) {
            spots.addAll(List.of(s));
            return this;
        }

        CaseBuilder flags(String... f) {
            flags.addAll(List.of(f));
            return this;
        }

        CaseBuilder quality(String... q) {
            quality = List.of(q);
            return this;
        }

        CaseBuilder severity(Integer s) {
            severity = s;
            return this;
        }

        CaseBuilder durationDays(Integer d) {
            durationDays = d;
            return this;
        }

        CaseBuilder onset(String o) {
            onset = o;
            return this;
        }

        CaseBuilder swelling(Boolean s) {
            swelling = s;
            return this;
        }

        CaseBuilder person(Integer age, Boolean anticoagulants, Boolean pregnant) {
            person = new Person(age, anticoagulants, pregnant);
            return this;
        }

        CaseBuilder history(HistoryBuilder h) {
            this.history = h.build();
            return this;
        }

        Case build() {
            return new Case(id, new Complaint(regions, null, quality, severity, durationDays, onset, swelling), flags,
                    spots, history, person, List.of());
        }
    }

    static final class HistoryBuilder {
        private String method = "hold";
        private Integer intensity = 5;
        private Double minutes = 2.0;
        private Integer sessions = 3;
        private String tool = "thumb";
        private Boolean lightPressure = true;
        private Integer days = 3;
        private String outcome = "same";
        private Boolean negativeReactions = false;
        private String professionalStyle;

        HistoryBuilder method(String m) { method = m; return this; }
        HistoryBuilder intensity(Integer i) { intensity = i; return this; }
        HistoryBuilder minutes(Double m) { minutes = m; return this; }
        HistoryBuilder sessionsPerDay(Integer s) { sessions = s; return this; }
        HistoryBuilder tool(String t) { tool = t; return this; }
        HistoryBuilder lightPressure(Boolean l) { lightPressure = l; return this; }
        HistoryBuilder days(Integer d) { days = d; return this; }
        HistoryBuilder outcome(String o) { outcome = o; return this; }
        HistoryBuilder negativeReactions(Boolean n) { negativeReactions = n; return this; }
        HistoryBuilder professionalStyle(String p) { professionalStyle = p; return this; }

        History build() {
            return new History(method, intensity, minutes, sessions, tool, lightPressure, days, outcome,
                    negativeReactions, professionalStyle);
        }
    }
}
