package org.scmsim.crypto.butterfly;

import java.util.List;

/**
 * The public half of a device's caterpillar keys, as it travels to the RA in an
 * {@code EeRaCertRequest}; the RA expands it into cocoon keys.
 */
public sealed interface ButterflyParams permits OriginalButterflyParams, UnifiedButterflyParams {

    ButterflyVariant variant();

    /** The cocoon keys for one (i, j). */
    CocoonKeys expand(long i, long j);

    /**
     * The cocoon keys for j = 0 .. count-1 of i-period {@code i}, computed with one key schedule per
     * expansion key and one batch normalisation.
     */
    List<CocoonKeys> expandWeek(long i, int count);
}
