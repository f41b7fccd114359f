package org.scmsim.crypto.crl;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.bouncycastle.math.ec.ECPoint;
import org.scmsim.crypto.base.HashedId10;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.ec.EcBackend;

/**
 * A receiver's CRLs of one series: the full CRL and the delta CRLs issued after it, merged into
 * one {@link RevocationView}. Follows 1609.2's {@code CrlContents} rules:
 * <ul>
 *   <li>Every CRL offered must verify with the store's CRL generator certificate, name it as
 *       crlCraca, belong to the store's crlSeries and be issued by the time it is offered.</li>
 *   <li>Hash CRLs: {@code crlSerial} goes up by one with every CRL (full or delta) of the series.
 *       A full hash CRL with a higher serial replaces the hash entries; a delta is added only if its
 *       serial is the last one plus one.</li>
 *   <li>Linkage CRLs: {@code indexWithinI} counts the CRLs issued with the same iRev and restarts
 *       at 0 when iRev moves on. A full linkage CRL later in (iRev, indexWithinI) order replaces the
 *       linkage entries; a delta is added only if it is the next one: same iRev and index + 1, or a
 *       later iRev with index 0. (A CRL missed at the end of an iRev cannot be told from the
 *       fields, so that gap is not detected.) Each delta keeps its own iRev: its seeds are those of
 *       its iRev.</li>
 *   <li>Hash and linkage CRLs of the series form two independent chains.</li>
 * </ul>
 * Anything else is refused with a {@link CrlAcceptance} saying why, and the store is unchanged.
 * Thread-safe; {@link #view()} is an immutable snapshot.
 */
public final class CrlStore {

    private final EcBackend backend;
    private final Certificate crlGenerator;
    private final ECPoint crlGeneratorKey;
    private final int crlSeries;
    private HashChain hash;
    private LinkageChain linkage;

    /** The store's hash entries and where its chain stands. */
    private static final class HashChain {
        long serial;
        CrlContents last;
        final Map<HashedId10, HashBasedRevocationInfo> entries = new LinkedHashMap<>();
    }

    /** The store's linkage parts (the full CRL's, then each delta's) and where its chain stands. */
    private static final class LinkageChain {
        int iRev;
        int index;
        CrlContents last;
        final List<ToBeSignedLinkageValueCrl> parts = new ArrayList<>();
    }

    /**
     * @param crlGenerator the CRL generator certificate (explicit) whose CRLs this store accepts
     * @param crlGeneratorKey its verification key
     * @param crlSeries the series
     */
    public CrlStore(EcBackend backend, Certificate crlGenerator, ECPoint crlGeneratorKey, int crlSeries) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.crlGenerator = Objects.requireNonNull(crlGenerator, "crlGenerator");
        this.crlGeneratorKey = Objects.requireNonNull(crlGeneratorKey, "crlGeneratorKey");
        if (crlSeries < 0 || crlSeries > 0xFFFF) {
            throw new IllegalArgumentException("crlSeries is a Uint16, not " + crlSeries);
        }
        this.crlSeries = crlSeries;
    }

    public int crlSeries() {
        return crlSeries;
    }

    /** Verifies {@code crl} and, if it is the next one of its chain, merges it. */
    public synchronized CrlAcceptance accept(SecuredCrl crl, Time32 now) {
        CrlVerification v = crl.verify(backend, crlGenerator, crlGeneratorKey);
        if (v == CrlVerification.WRONG_CRACA) {
            return CrlAcceptance.WRONG_CRACA;
        }
        if (v != CrlVerification.VALID) {
            return CrlAcceptance.BAD_SIGNATURE;
        }
        CrlContents c = crl.contents();
        if (c.crlSeries() != crlSeries) {
            return CrlAcceptance.WRONG_SERIES;
        }
        if (c.timelinessAt(now) == CrlTimeliness.NOT_YET_ISSUED) {
            return CrlAcceptance.NOT_YET_ISSUED;
        }
        return c.typeSpecific() instanceof ToBeSignedHashIdCrl h ? acceptHash(c, h) : acceptLinkage(c,
                (ToBeSignedLinkageValueCrl) c.typeSpecific());
    }

    private CrlAcceptance acceptHash(CrlContents c, ToBeSignedHashIdCrl h) {
        if (!h.delta()) {
            if (hash != null && h.crlSerial() <= hash.serial) {
                return CrlAcceptance.STALE;
            }
            if (hash != null && c.issueDate().isBefore(hash.last.issueDate())) {
                return CrlAcceptance.OUT_OF_ORDER;
            }
            hash = new HashChain();
            put(h);
            hash.serial = h.crlSerial();
            hash.last = c;
            return CrlAcceptance.ACCEPTED_FULL;
        }
        if (hash == null) {
            return CrlAcceptance.DELTA_WITHOUT_FULL;
        }
        if (h.crlSerial() <= hash.serial) {
            return CrlAcceptance.STALE;
        }
        if (h.crlSerial() != hash.serial + 1 || c.issueDate().isBefore(hash.last.issueDate())) {
            return CrlAcceptance.OUT_OF_ORDER;
        }
        put(h);
        hash.serial = h.crlSerial();
        hash.last = c;
        return CrlAcceptance.ACCEPTED_DELTA;
    }

    private void put(ToBeSignedHashIdCrl h) {
        for (HashBasedRevocationInfo e : h.entries()) {
            hash.entries.putIfAbsent(e.id(), e);
        }
    }

    private CrlAcceptance acceptLinkage(CrlContents c, ToBeSignedLinkageValueCrl l) {
        if (!l.delta()) {
            if (linkage != null && !after(l.iRev(), l.indexWithinI(), linkage.iRev, linkage.index)) {
                return CrlAcceptance.STALE;
            }
            if (linkage != null && c.issueDate().isBefore(linkage.last.issueDate())) {
                return CrlAcceptance.OUT_OF_ORDER;
            }
            linkage = new LinkageChain();
            advance(c, l);
            return CrlAcceptance.ACCEPTED_FULL;
        }
        if (linkage == null) {
            return CrlAcceptance.DELTA_WITHOUT_FULL;
        }
        if (!after(l.iRev(), l.indexWithinI(), linkage.iRev, linkage.index)) {
            return CrlAcceptance.STALE;
        }
        boolean next = l.iRev() == linkage.iRev ? l.indexWithinI() == linkage.index + 1 : l.indexWithinI() == 0;
        if (!next || c.issueDate().isBefore(linkage.last.issueDate())) {
            return CrlAcceptance.OUT_OF_ORDER;
        }
        advance(c, l);
        return CrlAcceptance.ACCEPTED_DELTA;
    }

    private void advance(CrlContents c, ToBeSignedLinkageValueCrl l) {
        linkage.parts.add(l);
        linkage.iRev = l.iRev();
        linkage.index = l.indexWithinI();
        linkage.last = c;
    }

    /** (iRev, index) strictly after (lastIRev, lastIndex). */
    private static boolean after(int iRev, int index, int lastIRev, int lastIndex) {
        return iRev > lastIRev || (iRev == lastIRev && index > lastIndex);
    }

    /**
     * Drops what can no longer revoke a valid certificate: hash entries whose certificate expired
     * before {@code now}, linkage and group entries whose iMax is before {@code currentI}.
     *
     * @return the number of entries dropped
     */
    public synchronized int dropExpired(Time32 now, int currentI) {
        int dropped = 0;
        if (hash != null) {
            Iterator<HashBasedRevocationInfo> it = hash.entries.values().iterator();
            while (it.hasNext()) {
                if (it.next().expiry().isBefore(now)) {
                    it.remove();
                    dropped++;
                }
            }
        }
        if (linkage != null) {
            for (int k = 0; k < linkage.parts.size(); k++) {
                ToBeSignedLinkageValueCrl p = linkage.parts.get(k);
                ToBeSignedLinkageValueCrl kept = withoutEntriesBefore(p, currentI);
                dropped += p.entryCount() - kept.entryCount();
                linkage.parts.set(k, kept);
            }
        }
        return dropped;
    }

    private static ToBeSignedLinkageValueCrl withoutEntriesBefore(ToBeSignedLinkageValueCrl p, int currentI) {
        List<JMaxGroup> individual = new ArrayList<>();
        for (JMaxGroup jg : p.individual()) {
            List<LaGroup> las = new ArrayList<>();
            for (LaGroup la : jg.contents()) {
                List<IMaxGroup> kept = la.contents().stream().filter(im -> im.iMax() >= currentI).toList();
                if (!kept.isEmpty()) {
                    las.add(new LaGroup(la.la1Id(), la.la2Id(), kept));
                }
            }
            if (!las.isEmpty()) {
                individual.add(new JMaxGroup(jg.jmax(), las));
            }
        }
        List<GroupCrlEntry> groups = p.groups().stream().filter(g -> g.iMax() >= currentI).toList();
        return new ToBeSignedLinkageValueCrl(p.delta(), p.iRev(), p.indexWithinI(), individual, groups);
    }

    /** The merged revocation information as it stands now. */
    public synchronized RevocationView view() {
        List<CrlContents> merged = new ArrayList<>();
        if (hash != null) {
            CrlContents h = hash.last;
            merged.add(new CrlContents(crlSeries, h.crlCraca(), h.issueDate(), h.nextCrl(), OptionalInt.empty(),
                    new ToBeSignedHashIdCrl(false, hash.serial, List.copyOf(hash.entries.values()))));
        }
        if (linkage != null) {
            CrlContents l = linkage.last;
            for (ToBeSignedLinkageValueCrl p : linkage.parts) {
                merged.add(new CrlContents(crlSeries, l.crlCraca(), l.issueDate(), l.nextCrl(), OptionalInt.empty(), p));
            }
        }
        return new RevocationView(crlSeries, merged, hash == null ? null : hash.last, linkage == null ? null : linkage.last);
    }
}
