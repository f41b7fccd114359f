package org.scmsim.crypto.crl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.scmsim.crypto.base.HashedId10;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.CertificateIssuer;
import org.scmsim.crypto.cert.CertificateTemplate;
import org.scmsim.crypto.cert.Durations;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.crypto.linkage.LaId;
import org.scmsim.crypto.linkage.LinkageFunctions;
import org.scmsim.crypto.linkage.LinkageSeed;

/** A receiver merges a full CRL and its deltas into one view, and refuses what does not belong to the chain. */
class CrlStoreTest {

    private static final Time32 T0 = new Time32(700_000_000L);
    private static final long DAY = 86_400;
    private static final LaId LA1 = new LaId(0x0101);
    private static final LaId LA2 = new LaId(0x0202);

    private final EcBackend backend = EcBackends.create("bc", Randomness.deterministic(5, "crl-store"));
    private final SigningCredential crlgCredential = credential("crlg.test");
    private final CrlGenerator gen = new CrlGenerator(backend, crlgCredential);

    private SigningCredential credential(String name) {
        EcKeyPair key = backend.generateKeyPair(EcCurve.NIST_P256);
        Certificate c = new CertificateIssuer(backend).selfSigned(CertificateTemplate.create().name(name)
                .validity(new Time32(0), Durations.years(100)).issuePermission(1, 0, 0x80, 0x23), key);
        return new SigningCredential(c, key);
    }

    private CrlStore store() {
        return new CrlStore(backend, crlgCredential.certificate(), crlgCredential.keyPair().publicKey(), 7);
    }

    private static HashedId10 id(int n) {
        return HashedId10.fromHex(String.format("%020x", n));
    }

    private static HashBasedRevocationInfo entry(int n, Time32 expiry) {
        return new HashBasedRevocationInfo(id(n), expiry);
    }

    private SecuredCrl hash(CrlKind kind, long serial, int day, int... ids) throws Exception {
        List<HashBasedRevocationInfo> entries = new ArrayList<>();
        for (int n : ids) {
            entries.add(entry(n, T0.plusSeconds(100 * DAY)));
        }
        return SecuredCrl.decode(gen.sign(gen.hashCrl(kind, 7, T0.plusSeconds(day * DAY), T0.plusSeconds((day + 1) * DAY), serial,
                entries)));
    }

    private static boolean revoked(RevocationView v, int n) {
        return v.check(RevocationTarget.ofHash(id(n))).isRevoked();
    }

    @Test
    void hashDeltasAreAddedInOrderAndANewFullCrlReplacesThem() throws Exception {
        CrlStore s = store();
        Time32 now = T0.plusSeconds(30 * DAY);
        assertThat(s.accept(hash(CrlKind.DELTA, 10, 0, 1), now)).isEqualTo(CrlAcceptance.DELTA_WITHOUT_FULL);
        assertThat(s.accept(hash(CrlKind.FULL, 10, 0, 1), now)).isEqualTo(CrlAcceptance.ACCEPTED_FULL);
        assertThat(s.accept(hash(CrlKind.DELTA, 11, 1, 2), now)).isEqualTo(CrlAcceptance.ACCEPTED_DELTA);
        assertThat(s.accept(hash(CrlKind.DELTA, 13, 3, 4), now)).isEqualTo(CrlAcceptance.OUT_OF_ORDER);
        assertThat(s.accept(hash(CrlKind.DELTA, 11, 1, 2), now)).isEqualTo(CrlAcceptance.STALE);
        assertThat(s.accept(hash(CrlKind.FULL, 9, 0, 9), now)).isEqualTo(CrlAcceptance.STALE);
        assertThat(s.accept(hash(CrlKind.DELTA, 12, 2, 3), now)).isEqualTo(CrlAcceptance.ACCEPTED_DELTA);
        RevocationView v = s.view();
        assertThat(revoked(v, 1)).isTrue();
        assertThat(revoked(v, 2)).isTrue();
        assertThat(revoked(v, 3)).isTrue();
        assertThat(revoked(v, 4)).isFalse();
        assertThat(v.entryCount()).isEqualTo(3);
        assertThat(v.index(0).check(RevocationTarget.ofHash(id(2))).isRevoked()).isTrue();

        // certificate 1 expired and left the list: the next full CRL no longer names it
        assertThat(s.accept(hash(CrlKind.FULL, 13, 3, 2, 3), now)).isEqualTo(CrlAcceptance.ACCEPTED_FULL);
        RevocationView after = s.view();
        assertThat(revoked(after, 1)).isFalse();
        assertThat(revoked(after, 2)).isTrue();
        assertThat(revoked(after, 3)).isTrue();
        // the earlier view is a snapshot and did not change
        assertThat(revoked(v, 1)).isTrue();
        // a delta going back in time is out of order even with the next serial
        assertThat(s.accept(hash(CrlKind.DELTA, 14, 2, 5), now)).isEqualTo(CrlAcceptance.OUT_OF_ORDER);
        assertThat(s.accept(hash(CrlKind.DELTA, 14, 4, 5), now)).isEqualTo(CrlAcceptance.ACCEPTED_DELTA);
    }

    private SecuredCrl linked(CrlKind kind, int iRev, int index, int day, LinkedRevocation... entries) throws Exception {
        return SecuredCrl.decode(gen.sign(gen.linkageCrl(kind, 7, T0.plusSeconds(day * DAY), T0.plusSeconds((day + 7) * DAY), iRev,
                index, List.of(entries), List.of())));
    }

    /** A device: its two seeds at week {@code at}. */
    private record Device(LinkageSeed s1, LinkageSeed s2, int at) {
        LinkedRevocation revokedAt(int iRev, int iMax) {
            return new LinkedRevocation(20, LA1, LA2, iMax, LinkageFunctions.evolve(LA1, s1, iRev - at),
                    LinkageFunctions.evolve(LA2, s2, iRev - at));
        }

        RevocationTarget certificate(int i, int j) {
            return RevocationTarget.of(HashedId10.fromHex("00000000000000000000"), i, LinkageFunctions.linkageValue(LA1,
                    LinkageFunctions.evolve(LA1, s1, i - at), LA2, LinkageFunctions.evolve(LA2, s2, i - at), j));
        }
    }

    private static Device device(int n) {
        return new Device(LinkageSeed.ofHex(String.format("%032x", n)), LinkageSeed.ofHex(String.format("%032x", 1000 + n)), 300);
    }

    @Test
    void linkageDeltasFollowIndexWithinIAndKeepTheirOwnIRev() throws Exception {
        CrlStore s = store();
        Time32 now = T0.plusSeconds(60 * DAY);
        Device d1 = device(1);
        Device d2 = device(2);
        Device d3 = device(3);
        assertThat(s.accept(linked(CrlKind.FULL, 400, 0, 0, d1.revokedAt(400, 450)), now)).isEqualTo(CrlAcceptance.ACCEPTED_FULL);
        assertThat(s.accept(linked(CrlKind.DELTA, 400, 1, 1, d2.revokedAt(400, 450)), now)).isEqualTo(CrlAcceptance.ACCEPTED_DELTA);
        assertThat(s.accept(linked(CrlKind.DELTA, 400, 3, 3, d3.revokedAt(400, 450)), now)).isEqualTo(CrlAcceptance.OUT_OF_ORDER);
        assertThat(s.accept(linked(CrlKind.DELTA, 401, 1, 8, d3.revokedAt(401, 450)), now)).isEqualTo(CrlAcceptance.OUT_OF_ORDER);
        assertThat(s.accept(linked(CrlKind.DELTA, 400, 1, 1, d2.revokedAt(400, 450)), now)).isEqualTo(CrlAcceptance.STALE);
        assertThat(s.accept(linked(CrlKind.DELTA, 401, 0, 8, d3.revokedAt(401, 450)), now)).isEqualTo(CrlAcceptance.ACCEPTED_DELTA);

        RevocationView v = s.view();
        assertThat(v.contents()).hasSize(3);
        for (Device d : List.of(d1, d2, d3)) {
            assertThat(v.check(d.certificate(402, 5)).isRevoked()).isTrue();
            assertThat(v.index(402).check(d.certificate(402, 5)).isRevoked()).isTrue();
        }
        // d3's entry holds its seeds of week 401: its week-400 certificates stay valid
        assertThat(v.check(d3.certificate(400, 0)).isRevoked()).isFalse();
        assertThat(v.check(d1.certificate(400, 0)).isRevoked()).isTrue();
        assertThat(v.check(device(4).certificate(402, 0)).isRevoked()).isFalse();

        // a new full CRL for iRev 402 lists d2 and d3 only (d1 no longer needs revoking)
        assertThat(s.accept(linked(CrlKind.FULL, 402, 0, 15, d2.revokedAt(402, 450), d3.revokedAt(402, 450)), now))
                .isEqualTo(CrlAcceptance.ACCEPTED_FULL);
        RevocationView w = s.view();
        assertThat(w.check(d1.certificate(403, 0)).isRevoked()).isFalse();
        assertThat(w.check(d2.certificate(403, 0)).isRevoked()).isTrue();
        assertThat(s.accept(linked(CrlKind.FULL, 401, 4, 14, d1.revokedAt(401, 450)), now)).isEqualTo(CrlAcceptance.STALE);
    }

    @Test
    void unverifiedForeignAndFutureCrlsAreRefusedAndChangeNothing() throws Exception {
        CrlStore s = store();
        Time32 now = T0.plusSeconds(30 * DAY);
        assertThat(s.accept(hash(CrlKind.FULL, 1, 0, 1), now)).isEqualTo(CrlAcceptance.ACCEPTED_FULL);

        CrlGenerator other = new CrlGenerator(backend, credential("other-crlg.test"));
        SecuredCrl foreign = SecuredCrl.decode(other.sign(other.hashCrl(CrlKind.DELTA, 7, T0.plusSeconds(DAY), T0.plusSeconds(2 * DAY),
                2, List.of(entry(2, T0.plusSeconds(DAY))))));
        assertThat(s.accept(foreign, now)).isEqualTo(CrlAcceptance.WRONG_CRACA);

        byte[] signed = gen.sign(gen.hashCrl(CrlKind.DELTA, 7, T0.plusSeconds(DAY), T0.plusSeconds(2 * DAY), 2,
                List.of(entry(2, T0.plusSeconds(DAY)))));
        byte[] tampered = signed.clone();
        tampered[tampered.length - 80] ^= 0x01; // the last entry's expiry (signer digest and signature are the last 75 bytes)
        assertThat(s.accept(SecuredCrl.decode(tampered), now)).isEqualTo(CrlAcceptance.BAD_SIGNATURE);

        SecuredCrl otherSeries = SecuredCrl.decode(gen.sign(gen.hashCrl(CrlKind.DELTA, 8, T0.plusSeconds(DAY),
                T0.plusSeconds(2 * DAY), 2, List.of(entry(2, T0.plusSeconds(DAY))))));
        assertThat(s.accept(otherSeries, now)).isEqualTo(CrlAcceptance.WRONG_SERIES);
        assertThat(s.accept(hash(CrlKind.DELTA, 2, 40, 2), now)).isEqualTo(CrlAcceptance.NOT_YET_ISSUED);

        RevocationView v = s.view();
        assertThat(v.entryCount()).isEqualTo(1);
        assertThat(revoked(v, 2)).isFalse();
        assertThat(s.accept(SecuredCrl.decode(signed), now)).isEqualTo(CrlAcceptance.ACCEPTED_DELTA);
    }

    @Test
    void expiredEntriesAreDroppedAndAStaleViewIsOverdue() throws Exception {
        CrlStore s = store();
        Time32 now = T0.plusSeconds(DAY / 2);
        s.accept(SecuredCrl.decode(gen.sign(gen.hashCrl(CrlKind.FULL, 7, T0, T0.plusSeconds(DAY), 1,
                List.of(entry(1, T0.plusSeconds(2 * DAY)), entry(2, T0.plusSeconds(20 * DAY)))))), now);
        s.accept(linked(CrlKind.FULL, 400, 0, 0, device(1).revokedAt(400, 401), device(2).revokedAt(400, 500)), now);
        assertThat(s.view().entryCount()).isEqualTo(4);
        assertThat(s.view().timelinessAt(now)).isEqualTo(CrlTimeliness.CURRENT);
        assertThat(s.view().timelinessAt(T0.plusSeconds(2 * DAY))).isEqualTo(CrlTimeliness.OVERDUE);
        assertThat(store().view().timelinessAt(now)).isEqualTo(CrlTimeliness.OVERDUE);

        assertThat(s.dropExpired(T0.plusSeconds(3 * DAY), 402)).isEqualTo(2);
        RevocationView v = s.view();
        assertThat(revoked(v, 1)).isFalse();
        assertThat(revoked(v, 2)).isTrue();
        assertThat(v.check(device(2).certificate(402, 0)).isRevoked()).isTrue();
        assertThat(v.entryCount()).isEqualTo(2);
    }

    @Test
    void theRealKoreanCrlsEnterAStoreOfTheirSeriesAndRevokeTheirCertificates() throws Exception {
        org.scmsim.crypto.vectors.VectorFile ca = org.scmsim.crypto.vectors.VectorFile.load("kr_bluetech_ca_certs.txt");
        Certificate realCrlg = org.scmsim.crypto.cert.Certificates.decode(ca.hex("CRLG_CERT_HEX (172 bytes)"));
        org.scmsim.crypto.vectors.VectorFile lv = org.scmsim.crypto.vectors.VectorFile.load("kr_bluetech_linkage_crl.txt");
        org.scmsim.crypto.vectors.VectorFile hashed = org.scmsim.crypto.vectors.VectorFile.load("kr_bluetech_hash_crl.txt");
        SecuredCrl linkageCrl = SecuredCrl.decode(lv.hex("lv_crl_down"));
        SecuredCrl hashCrl = SecuredCrl.decode(hashed.hex("hash_crl_down"));
        RevocationTarget pseudonym = RevocationTarget.of(HashedId10.of(lv.hex("PSEUDONYM_CERT_1AA_0_HEX")), 0x1AA,
                org.scmsim.crypto.linkage.LinkageValue.ofHex(lv.value("lv_crl_pseudonym_cert_1AA_linkage_value").toLowerCase()));
        RevocationTarget rsu = RevocationTarget.ofHash(HashedId10.of(hashed.hex("app_cert_down_cert")));
        for (SecuredCrl real : List.of(linkageCrl, hashCrl)) {
            Time32 now = real.contents().issueDate().plusSeconds(60);
            CrlStore s = new CrlStore(backend, realCrlg, realCrlg.verificationKey().orElseThrow(), real.contents().crlSeries());
            assertThat(s.accept(real, real.contents().issueDate().plusSeconds(-1))).isEqualTo(CrlAcceptance.NOT_YET_ISSUED);
            assertThat(s.accept(real, now)).isEqualTo(CrlAcceptance.ACCEPTED_FULL);
            assertThat(s.accept(real, now)).isEqualTo(CrlAcceptance.STALE);
            RevocationView v = s.view();
            assertThat(v.check(real == linkageCrl ? pseudonym : rsu).isRevoked()).isTrue();
            assertThat(v.check(real == linkageCrl ? rsu : pseudonym).isRevoked()).isFalse();
            // our own CRL generator cannot add to the real series
            assertThat(s.accept(hash(CrlKind.DELTA, 1, 0, 1), now)).isIn(CrlAcceptance.WRONG_CRACA);
        }
    }

    /**
     * Whatever order a full CRL and its deltas arrive in, the store holds exactly the entries of
     * the CRLs it accepted, those form the chain from the full CRL without a gap, and offering the
     * rest again in order completes it.
     */
    @Property(tries = 25)
    void anyArrivalOrderYieldsAGaplessPrefixOfTheChain(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int deltas)
            throws Exception {
        List<SecuredCrl> chain = new ArrayList<>();
        chain.add(hash(CrlKind.FULL, 100, 0, 0));
        for (int k = 1; k <= deltas; k++) {
            chain.add(hash(CrlKind.DELTA, 100 + k, k, k));
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k <= deltas; k++) {
            order.add(k);
        }
        Collections.shuffle(order, new Random(seed));
        CrlStore s = store();
        Time32 now = T0.plusSeconds(365 * DAY);
        Set<Integer> accepted = new HashSet<>();
        for (int k : order) {
            if (s.accept(chain.get(k), now).isAccepted()) {
                accepted.add(k);
            }
        }
        int prefix = 0;
        while (accepted.contains(prefix)) {
            prefix++;
        }
        assertThat(accepted).hasSize(prefix);
        RevocationView v = s.view();
        for (int k = 0; k <= deltas; k++) {
            assertThat(revoked(v, k)).isEqualTo(k < prefix);
        }
        for (SecuredCrl c : chain) {
            s.accept(c, now);
        }
        for (int k = 0; k <= deltas; k++) {
            assertThat(revoked(s.view(), k)).isTrue();
        }
    }
}
