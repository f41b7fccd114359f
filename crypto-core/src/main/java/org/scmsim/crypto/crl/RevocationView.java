package org.scmsim.crypto.crl;

import java.util.List;
import java.util.Optional;
import org.scmsim.crypto.base.Time32;

/**
 * A series' revocation information merged from a full CRL and its deltas (see {@link CrlStore}):
 * answers certificate checks and builds the per-week {@link CrlIndex}. Immutable.
 */
public final class RevocationView {

    private final int crlSeries;
    private final List<CrlContents> merged;
    private final Optional<CrlContents> lastHashCrl;
    private final Optional<CrlContents> lastLinkageCrl;

    RevocationView(int crlSeries, List<CrlContents> merged, CrlContents lastHashCrl, CrlContents lastLinkageCrl) {
        this.crlSeries = crlSeries;
        this.merged = List.copyOf(merged);
        this.lastHashCrl = Optional.ofNullable(lastHashCrl);
        this.lastLinkageCrl = Optional.ofNullable(lastLinkageCrl);
    }

    public int crlSeries() {
        return crlSeries;
    }

    /**
     * The merged contents: at most one hash CRL holding every hash entry, then one linkage part per
     * full or delta linkage CRL (each with its own iRev).
     */
    public List<CrlContents> contents() {
        return merged;
    }

    /** The last hash CRL accepted (full or delta), if any. */
    public Optional<CrlContents> lastHashCrl() {
        return lastHashCrl;
    }

    /** The last linkage CRL accepted (full or delta), if any. */
    public Optional<CrlContents> lastLinkageCrl() {
        return lastLinkageCrl;
    }

    public boolean isEmpty() {
        return merged.isEmpty();
    }

    /** Checks a certificate against every merged entry. */
    public RevocationVerdict check(RevocationTarget cert) {
        for (CrlContents c : merged) {
            RevocationVerdict v = RevocationChecker.check(c, cert);
            if (v.isRevoked()) {
                return v;
            }
        }
        return RevocationVerdict.NOT_REVOKED;
    }

    /** The fast index of the merged entries for certificates of period {@code i}. */
    public CrlIndex index(int i) {
        return CrlIndex.build(i, merged);
    }

    /** Number of revocation entries (hash, individual and group). */
    public int entryCount() {
        return merged.stream().mapToInt(CrlContents::entryCount).sum();
    }

    /**
     * Whether the view is up to date at {@code now}: OVERDUE if the nextCrl of either chain's last
     * CRL has passed (a newer CRL should have arrived), or if the view holds nothing at all.
     */
    public CrlTimeliness timelinessAt(Time32 now) {
        if (lastHashCrl.isEmpty() && lastLinkageCrl.isEmpty()) {
            return CrlTimeliness.OVERDUE;
        }
        List<CrlTimeliness> each = java.util.stream.Stream.of(lastHashCrl, lastLinkageCrl).flatMap(Optional::stream)
                .map(c -> c.timelinessAt(now)).toList();
        if (each.contains(CrlTimeliness.OVERDUE)) {
            return CrlTimeliness.OVERDUE;
        }
        return each.contains(CrlTimeliness.NOT_YET_ISSUED) ? CrlTimeliness.NOT_YET_ISSUED : CrlTimeliness.CURRENT;
    }
}
