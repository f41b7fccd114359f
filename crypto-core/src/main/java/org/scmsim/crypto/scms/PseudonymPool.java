package org.scmsim.crypto.scms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** A device's opened pseudonym certificates, stored by (i, j). */
public final class PseudonymPool {

    private final TreeMap<Long, OpenedPseudonym> byIndex = new TreeMap<>();

    private static long key(int i, int j) {
        return ((long) i << 32) | (j & 0xFFFF_FFFFL);
    }

    public void store(OpenedPseudonym p) {
        byIndex.put(key(p.i(), p.j()), p);
    }

    public Optional<OpenedPseudonym> get(int i, int j) {
        return Optional.ofNullable(byIndex.get(key(i, j)));
    }

    /** The certificates of week i, by j. */
    public List<OpenedPseudonym> forPeriod(int i) {
        return new ArrayList<>(byIndex.subMap(key(i, 0), true, key(i, -1), true).values());
    }

    public int size() {
        return byIndex.size();
    }
}
