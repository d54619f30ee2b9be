package org.knotwise.engine.batch;

/**
 * The case ids seen so far in a batch, kept as 64-bit hashes in an open-addressing table of
 * primitive longs: 8 bytes a slot, at most 3/4 full, so 11 to 21 bytes per distinct id (16 MB at
 * most for a million cases), whatever the ids' length.
 *
 * <p>Two different ids share a hash with probability about n²/2⁶⁵ for n ids (one in 37 million for
 * a batch of a million, one in 370,000 for ten million); the second would then be reported as a
 * DUPLICATE_ID. That risk is accepted in exchange for flat memory. Not thread-safe.
 */
final class IdSet {
    private long[] slots = new long[1024];
    private int size;
    private boolean hasZero; // 0 marks an empty slot, so the hash 0 is kept apart

    /** Adds a hash; false when it was already there. */
    boolean add(long hash) {
        if (hash == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        int mask = slots.length - 1;
        int i = (int) mix(hash) & mask;
        while (slots[i] != 0) {
            if (slots[i] == hash) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = hash;
        if (++size * 4L > slots.length * 3L) {
            grow();
        }
        return true;
    }

    int size() {
        return size + (hasZero ? 1 : 0);
    }

    /** Slots allocated, for tests of the memory bound. */
    int capacity() {
        return slots.length;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long h : old) {
            if (h != 0) {
                int i = (int) mix(h) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = h;
            }
        }
    }

    /** A 64-bit hash of an id: FNV-1a over its UTF-16 units, finished with MurmurHash3's mixer. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L ^ id.length();
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001b3L;
        }
        return mix(h);
    }

    /** MurmurHash3's fmix64: every input bit reaches every output bit. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
