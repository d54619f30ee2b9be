package org.knotwise.workbench.report;

/** The results for one group of cases (one pain region, one severity): how many, and what came of them. */
public final class Slice implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private long cases;
    private long errors;
    private final Tally outcomes = new Tally(16);
    private final Tally urgency = new Tally(16);
    private final Tally topSites = new Tally(64);

    void add(OutputFacts a) {
        cases++;
        if (a.isError()) {
            errors++;
            return;
        }
        outcomes.add(Outcome.of(a).key());
        urgency.add(Summary.urgencyKey(a));
        if (a.topSite() != null) {
            topSites.add(a.topSite().region());
        }
    }

    void merge(Slice other) {
        cases += other.cases;
        errors += other.errors;
        outcomes.merge(other.outcomes);
        urgency.merge(other.urgency);
        topSites.merge(other.topSites);
    }

    public long cases() {
        return cases;
    }

    public long errors() {
        return errors;
    }

    public Tally outcomes() {
        return outcomes;
    }

    public Tally urgency() {
        return urgency;
    }

    public Tally topSites() {
        return topSites;
    }
}
