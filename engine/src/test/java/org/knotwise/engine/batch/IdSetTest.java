package org.knotwise.engine.batch;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class IdSetTest {

    @Test
    void remembersEveryIdAndRefusesItTwiceAcrossGrowth() {
        IdSet set = new IdSet();
        for (int i = 0; i < 100_000; i++) {
            assertThat(set.add(IdSet.hash("case-" + i))).isTrue();
        }
        for (int i = 0; i < 100_000; i += 7) {
            assertThat(set.add(IdSet.hash("case-" + i))).isFalse();
        }
        assertThat(set.size()).isEqualTo(100_000);
    }

    @Test
    void keepsTheZeroHashApartFromEmptySlots() {
        IdSet set = new IdSet();
        assertThat(set.add(0)).isTrue();
        assertThat(set.add(0)).isFalse();
        assertThat(set.add(1)).isTrue();
        assertThat(set.size()).isEqualTo(2);
    }

    @Test
    void usesAtMostTwentyOneBytesAnId() {
        IdSet set = new IdSet();
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 200_000; i++) {
            set.add(random.nextLong());
        }
        assertThat(set.capacity() * 8L / set.size()).isLessThanOrEqualTo(21);
    }

    @Test
    void similarIdsGetDistinctHashes() {
        Set<Long> hashes = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            hashes.add(IdSet.hash("gen-" + i));
            hashes.add(IdSet.hash("GEN-" + i));
        }
        hashes.add(IdSet.hash(""));
        assertThat(hashes).hasSize(400_001);
    }
}
