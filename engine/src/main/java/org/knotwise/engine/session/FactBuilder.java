package org.knotwise.engine.session;

import org.knotwise.engine.facts.MassageHistory;
import org.knotwise.engine.facts.PainComplaint;
import org.knotwise.engine.facts.PainRegion;
import org.knotwise.engine.facts.Person;
import org.knotwise.engine.facts.PressedSpot;
import org.knotwise.engine.facts.RedFlag;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.Spot;
import org.knotwise.kb.KnowledgeBase;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Turns a validated case into the facts the rules match, placing each spot relative to the pain. */
public final class FactBuilder {

    private FactBuilder() {
    }

    public static List<Object> facts(Case c, KnowledgeBase kb) {
        List<Object> facts = new ArrayList<>();
        List<String> painRegions = new ArrayList<>(new LinkedHashSet<>(c.complaint().regions()));
        for (String region : painRegions) {
            facts.add(new PainRegion(region, kb.isWide(region), kb.referralsTo(region).size(), kb.region(region).area()));
        }
        for (String flag : new LinkedHashSet<>(c.redFlags())) {
            facts.add(new RedFlag(flag));
        }
        for (int i = 0; i < c.spots().size(); i++) {
            Spot s = c.spots().get(i);
            facts.add(new PressedSpot(i, s.region(), s.tender(), s.goodPain(), s.relevant(), s.bumpOrTwitch(),
                    s.fibreDirectionKnown(), painRegions.contains(s.region()),
                    stepsFromNearestPain(s.region(), painRegions, kb)));
        }
        facts.add(new PainComplaint(c.complaint().quality(), c.complaint().severity(), c.complaint().durationDays(),
                c.complaint().onset(), c.complaint().swelling()));
        facts.add(new Person(c.person().age(), c.person().anticoagulants(), c.person().pregnant()));
        if (c.history() != null) {
            facts.add(new MassageHistory(c.history()));
        }
        return facts;
    }

    /** Steps toward the centre from the pain region nearest to the spot (the first one on a tie). */
    private static int stepsFromNearestPain(String spot, List<String> painRegions, KnowledgeBase kb) {
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
