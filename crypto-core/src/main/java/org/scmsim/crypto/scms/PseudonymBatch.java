package org.scmsim.crypto.scms;

import java.util.Collections;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scmsim.crypto.base.HashedId8;

/**
 * One week's download for one device: the PCA responses filed by j, named as in the CAMP download
 * zip {@code <requestHash>_<i hex>.zip} holding files {@code <i hex>_<j hex>}.
 */
public record PseudonymBatch(HashedId8 requestHash, int i, SortedMap<Integer, byte[]> responses) {

    public PseudonymBatch {
        responses = Collections.unmodifiableSortedMap(new TreeMap<>(responses));
    }

    /** {@code <i hex>_<j hex>}, upper-case hex as in the real downloads (e.g. {@code 1A9_A}). */
    public static String fileName(int i, int j) {
        return Integer.toHexString(i).toUpperCase(Locale.ROOT) + "_" + Integer.toHexString(j).toUpperCase(Locale.ROOT);
    }

    /** {@code <requestHash>_<i hex>.zip}. */
    public String zipName() {
        return requestHash.hex() + "_" + Integer.toHexString(i).toUpperCase(Locale.ROOT) + ".zip";
    }

    public int size() {
        return responses.size();
    }
}
