package org.scmsim.crypto.crl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.linkage.LaId;

/**
 * The CRL generator: assembles CRL contents, full or delta (linkage entries grouped by jmax, LA
 * pair and iMax as 1609.2 requires, group entries; hash entries) and signs them.
 */
public final class CrlGenerator {

    private final EcBackend backend;
    private final SigningCredential credential;

    public CrlGenerator(EcBackend backend, SigningCredential credential) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.credential = Objects.requireNonNull(credential, "credential");
    }

    public SigningCredential credential() {
        return credential;
    }

    /** A full linkage CRL for period {@code iRev} (the seeds in {@code entries} are those of iRev). */
    public CrlContents linkageCrl(int crlSeries, Time32 issueDate, Time32 nextCrl, int iRev, int indexWithinI,
            List<LinkedRevocation> entries) {
        return linkageCrl(CrlKind.FULL, crlSeries, issueDate, nextCrl, iRev, indexWithinI, entries, List.of());
    }

    /**
     * A full or delta linkage CRL for period {@code iRev}: individual entries (seeds at iRev) grouped
     * by jmax, LA pair and iMax, and group entries (group seeds at iRev). {@code indexWithinI} counts
     * the CRLs (full or delta) of this series already issued with the same iRev.
     */
    public CrlContents linkageCrl(CrlKind kind, int crlSeries, Time32 issueDate, Time32 nextCrl, int iRev, int indexWithinI,
            List<LinkedRevocation> entries, List<GroupCrlEntry> groups) {
        Map<Integer, Map<List<LaId>, Map<Integer, List<IndividualRevocation>>>> grouped = new LinkedHashMap<>();
        for (LinkedRevocation e : entries) {
            grouped.computeIfAbsent(e.jmax(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(List.of(e.la1(), e.la2()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(e.iMax(), k -> new ArrayList<>())
                    .add(new IndividualRevocation(e.seed1(), e.seed2()));
        }
        List<JMaxGroup> individual = new ArrayList<>();
        grouped.forEach((jmax, byLa) -> {
            List<LaGroup> las = new ArrayList<>();
            byLa.forEach((pair, byIMax) -> {
                List<IMaxGroup> imaxes = new ArrayList<>();
                byIMax.forEach((iMax, revs) -> imaxes.add(new IMaxGroup(iMax, revs)));
                las.add(new LaGroup(pair.get(0), pair.get(1), imaxes));
            });
            individual.add(new JMaxGroup(jmax, las));
        });
        return new CrlContents(crlSeries, credential.certificate().hashedId8(), issueDate, nextCrl, OptionalInt.of(0),
                new ToBeSignedLinkageValueCrl(kind == CrlKind.DELTA, iRev, indexWithinI, individual, groups));
    }

    /** A full hash CRL. */
    public CrlContents hashCrl(int crlSeries, Time32 issueDate, Time32 nextCrl, long crlSerial, List<HashBasedRevocationInfo> entries) {
        return hashCrl(CrlKind.FULL, crlSeries, issueDate, nextCrl, crlSerial, entries);
    }

    /**
     * A full or delta hash CRL; {@code crlSerial} goes up by one with every CRL (full or delta) of
     * the series.
     */
    public CrlContents hashCrl(CrlKind kind, int crlSeries, Time32 issueDate, Time32 nextCrl, long crlSerial,
            List<HashBasedRevocationInfo> entries) {
        return new CrlContents(crlSeries, credential.certificate().hashedId8(), issueDate, nextCrl, OptionalInt.of(0),
                new ToBeSignedHashIdCrl(kind == CrlKind.DELTA, crlSerial, entries));
    }

    /** The signed SecuredCrl of {@code contents}. */
    public byte[] sign(CrlContents contents) {
        return SecuredCrl.sign(backend, contents, credential);
    }
}
