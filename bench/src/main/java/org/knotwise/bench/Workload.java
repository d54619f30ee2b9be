package org.knotwise.bench;

import org.knotwise.workbench.generate.CaseGenerator;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.Spot;
import org.knotwise.kb.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Generated cases, made once before measuring so generation never counts. */
final class Workload {
    /** A power of two, so the cursor wraps with a mask. */
    static final int SIZE = 4096;

    private Workload() {
    }

    static Case[] cases(long seed) {
        CaseGenerator generator = new CaseGenerator(seed);
        Case[] cases = new Case[SIZE];
        for (int i = 0; i < SIZE; i++) {
            cases[i] = generator.nextCase();
        }
        return cases;
    }

    /** The same cases with exactly {@code n} pressed spots each, half of them at the pain. */
    static Case[] withSpots(Case[] cases, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> regions = Vocabulary.REGIONS;
        Case[] out = new Case[cases.length];
        for (int i = 0; i < cases.length; i++) {
            Case c = cases[i];
            List<Spot> spots = new ArrayList<>(n);
            for (int s = 0; s < n; s++) {
                String region = random.nextBoolean() ? c.complaint().regions().get(0) : regions.get(random.nextInt(regions.size()));
                spots.add(new Spot(region, random.nextDouble() < 0.7, random.nextBoolean(), random.nextDouble() < 0.6,
                        random.nextDouble() < 0.2, random.nextDouble() < 0.2));
            }
            out[i] = new Case(c.id(), c.complaint(), c.redFlags(), spots, c.history());
        }
        return out;
    }
}
