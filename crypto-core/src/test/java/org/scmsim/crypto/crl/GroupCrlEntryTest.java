package org.scmsim.crypto.crl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.scmsim.crypto.base.HashedId10;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.CertificateIssuer;
import org.scmsim.crypto.cert.CertificateTemplate;
import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.cert.Durations;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.crypto.linkage.GroupLinkageValue;
import org.scmsim.crypto.linkage.LaId;
import org.scmsim.crypto.linkage.LinkageFunctions;
import org.scmsim.crypto.linkage.LinkageSeed;
import org.scmsim.crypto.linkage.LinkageValue;
import org.scmsim.crypto.scms.PseudonymCertificates;

/**
 * Group entries of linkage CRLs we make revoke the certificates whose group linkage value their
 * group seeds reproduce, from iRev to iMax, and nothing else; the per-week index agrees.
 */
class GroupCrlEntryTest {

    private static final LaId LA1 = new LaId(0x8e09);
    private static final LaId LA2 = new LaId(0x59ce);
    private static final int I_REV = 400;
    private static final Time32 START = new Time32(600_000_000L);

    private final EcBackend backend = EcBackends.create("bc", Randomness.deterministic(4, "group-crl"));
    private final SigningCredential pca = credential("pca.test");
    private final CrlGenerator crlg = new CrlGenerator(backend, credential("crlg.test"));

    private SigningCredential credential(String name) {
        EcKeyPair key = backend.generateKeyPair(EcCurve.NIST_P256);
        Certificate c = new CertificateIssuer(backend).selfSigned(CertificateTemplate.create().name(name)
                .validity(new Time32(0), Durations.years(100)).issuePermission(1, 0, 0x80, 0x20, 0x23), key);
        return new SigningCredential(c, key);
    }

    /** One group: its two group seeds at iRev. */
    private record Group(LinkageSeed gs1, LinkageSeed gs2) {
        static Group random(Random r) {
            byte[] a = new byte[16];
            byte[] b = new byte[16];
            r.nextBytes(a);
            r.nextBytes(b);
            return new Group(new LinkageSeed(a), new LinkageSeed(b));
        }

        GroupLinkageValue valueAt(int i, long jValue) {
            return LinkageFunctions.groupLinkageValue(LA1, LinkageFunctions.evolve(LA1, gs1, i - I_REV), LA2,
                    LinkageFunctions.evolve(LA2, gs2, i - I_REV), jValue);
        }

        GroupCrlEntry entry(int iMax) {
            return new GroupCrlEntry(iMax, LA1, gs1, LA2, gs2);
        }
    }

    /** A pseudonym certificate of period i with an unrelated individual value and, if given, a group value. */
    private Certificate pseudonym(int i, GroupLinkageValue group, Random r) throws Exception {
        byte[] lv = new byte[9];
        r.nextBytes(lv);
        CertificateTemplate t = CertificateTemplate.create()
                .linkage(i, lv, group == null ? null : group.jValueOctets(), group == null ? null : group.value().bytes())
                .validity(START, Durations.hours(169)).appPermission(0x20);
        Certificate c = new CertificateIssuer(backend).issueExplicit(t, EcCurve.NIST_P256,
                backend.generateKeyPair(EcCurve.NIST_P256).publicKey(), pca);
        return Certificates.decode(c.encoded());
    }

    /** The CRL as a receiver sees it: signed, then decoded. */
    private CrlContents received(CrlContents c) throws Exception {
        return SecuredCrl.decode(crlg.sign(c)).contents();
    }

    @Test
    void aGroupEntryRevokesEveryMemberOfThatGroupAndNoOtherCertificate() throws Exception {
        Random r = new Random(11);
        Group revoked = Group.random(r);
        Group other = Group.random(r);
        int iMax = I_REV + 3;
        CrlContents crl = received(crlg.linkageCrl(CrlKind.FULL, 1, START, START.plusSeconds(86_400), I_REV, 0, List.of(),
                List.of(revoked.entry(iMax))));
        assertThat(((ToBeSignedLinkageValueCrl) crl.typeSpecific()).groups()).containsExactly(revoked.entry(iMax));

        List<Certificate> members = new ArrayList<>();
        List<Certificate> outsiders = new ArrayList<>();
        for (int i = I_REV; i <= iMax; i++) {
            for (long j : new long[] {0, 1, 0x4840ED22L, 0xFFFFFFFFL}) {
                members.add(pseudonym(i, revoked.valueAt(i, j), r));
                outsiders.add(pseudonym(i, other.valueAt(i, j), r));
            }
            outsiders.add(pseudonym(i, null, r));
        }
        outsiders.add(pseudonym(I_REV - 1, LinkageFunctions.groupLinkageValue(LA1, revoked.gs1(), LA2, revoked.gs2(), 7), r));
        outsiders.add(pseudonym(iMax + 1, revoked.valueAt(iMax + 1, 7), r));
        // the right group value claimed with another jValue
        GroupLinkageValue right = revoked.valueAt(I_REV, 5);
        outsiders.add(pseudonym(I_REV, new GroupLinkageValue(6, right.value()), r));

        for (Certificate c : members) {
            RevocationTarget t = PseudonymCertificates.revocationTarget(c);
            assertThat(t.linkage().orElseThrow().group()).isPresent();
            RevocationVerdict v = RevocationChecker.check(crl, t);
            assertThat(v.isRevoked()).as("member %s", c).isTrue();
            CrlMatch.ByGroup m = (CrlMatch.ByGroup) v.match().orElseThrow();
            assertThat(m.jValue()).isEqualTo(t.linkage().get().group().get().jValue());
            assertThat(m.i()).isEqualTo(t.linkage().get().iCert());
            assertThat(CrlIndex.build(t.linkage().get().iCert(), List.of(crl)).check(t)).isEqualTo(v);
        }
        for (Certificate c : outsiders) {
            RevocationTarget t = PseudonymCertificates.revocationTarget(c);
            assertThat(RevocationChecker.check(crl, t)).as("outsider %s", c).isEqualTo(RevocationVerdict.NOT_REVOKED);
            assertThat(CrlIndex.build(t.linkage().orElseThrow().iCert(), List.of(crl)).check(t)).isEqualTo(RevocationVerdict.NOT_REVOKED);
        }
        assertThat(CrlIndex.build(iMax, List.of(crl)).groupEntryCount()).isEqualTo(1);
        assertThat(CrlIndex.build(iMax + 1, List.of(crl)).groupEntryCount()).isZero();
    }

    @Test
    void individualAndGroupEntriesOnOneCrlEachRevokeTheirOwn() throws Exception {
        Random r = new Random(12);
        Group g = Group.random(r);
        LinkageSeed s1 = LinkageSeed.ofHex("00112233445566778899aabbccddeeff");
        LinkageSeed s2 = LinkageSeed.ofHex("ffeeddccbbaa99887766554433221100");
        CrlContents crl = received(crlg.linkageCrl(CrlKind.FULL, 1, START, START.plusSeconds(86_400), I_REV, 0,
                List.of(new LinkedRevocation(20, LA1, LA2, I_REV + 10, s1, s2)), List.of(g.entry(I_REV + 10))));
        int i = I_REV + 2;
        LinkageValue individual = LinkageFunctions.linkageValue(LA1, LinkageFunctions.evolve(LA1, s1, 2), LA2,
                LinkageFunctions.evolve(LA2, s2, 2), 3);
        RevocationTarget byIndividual = RevocationTarget.of(HashedId10.fromHex("00000000000000000001"), i, individual);
        RevocationTarget byGroup = RevocationTarget.of(HashedId10.fromHex("00000000000000000002"), i,
                new LinkageValue(new byte[9]), g.valueAt(i, 99));
        CrlIndex index = CrlIndex.build(i, List.of(crl));
        assertThat(RevocationChecker.check(crl, byIndividual).match().orElseThrow()).isInstanceOf(CrlMatch.ByLinkage.class);
        assertThat(RevocationChecker.check(crl, byGroup).match().orElseThrow()).isInstanceOf(CrlMatch.ByGroup.class);
        assertThat(index.check(byIndividual)).isEqualTo(RevocationChecker.check(crl, byIndividual));
        assertThat(index.check(byGroup)).isEqualTo(RevocationChecker.check(crl, byGroup));
    }

    @Test
    void theIndexGivesTheSameAnswersFromSeveralThreads() throws Exception {
        Random r = new Random(13);
        List<Group> groups = List.of(Group.random(r), Group.random(r), Group.random(r));
        int i = I_REV + 1;
        CrlContents crl = received(crlg.linkageCrl(CrlKind.FULL, 1, START, START.plusSeconds(86_400), I_REV, 0, List.of(),
                List.of(groups.get(0).entry(I_REV + 5), groups.get(2).entry(I_REV + 5))));
        List<RevocationTarget> targets = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            targets.add(RevocationTarget.of(HashedId10.fromHex("00000000000000000003"), i, new LinkageValue(new byte[9]),
                    groups.get(k % 3).valueAt(i, r.nextInt() & 0xFFFF_FFFFL)));
        }
        List<RevocationVerdict> expected = targets.stream().map(t -> RevocationChecker.check(crl, t)).toList();
        assertThat(expected.stream().filter(RevocationVerdict::isRevoked).count()).isEqualTo(40);
        CrlIndex index = CrlIndex.build(i, List.of(crl));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<RevocationVerdict>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> targets.stream().map(index::check).toList()));
            }
            for (java.util.concurrent.Future<List<RevocationVerdict>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * For any group seeds, jValue and week: a member is revoked exactly when its week lies in
     * [iRev, iMax], a non-member never; the index and the entry-by-entry check agree.
     */
    @Property(tries = 40)
    void membersAreRevokedExactlyWithinIRevToIMax(@ForAll long seed, @ForAll @IntRange(min = 0, max = 0x7FFF_FFFF) int jValue,
                                                  @ForAll @IntRange(min = 0, max = 6) int weeksAfterIRev,
                                                  @ForAll @IntRange(min = 0, max = 4) int iMaxAfterIRev) throws Exception {
        Random r = new Random(seed);
        Group g = Group.random(r);
        Group stranger = Group.random(r);
        long j = jValue * 2L + (seed & 1);
        CrlContents crl = received(crlg.linkageCrl(CrlKind.FULL, 1, START, START.plusSeconds(86_400), I_REV, 0, List.of(),
                List.of(g.entry(I_REV + iMaxAfterIRev))));
        int i = I_REV + weeksAfterIRev;
        HashedId10 id = HashedId10.fromHex("0102030405060708090a");
        RevocationTarget member = RevocationTarget.of(id, i, new LinkageValue(new byte[9]), g.valueAt(i, j));
        RevocationTarget nonMember = RevocationTarget.of(id, i, new LinkageValue(new byte[9]), stranger.valueAt(i, j));
        CrlIndex index = CrlIndex.build(i, List.of(crl));
        boolean expected = weeksAfterIRev <= iMaxAfterIRev;
        assertThat(RevocationChecker.check(crl, member).isRevoked()).isEqualTo(expected);
        assertThat(index.check(member)).isEqualTo(RevocationChecker.check(crl, member));
        assertThat(RevocationChecker.check(crl, nonMember).isRevoked()).isFalse();
        assertThat(index.check(nonMember).isRevoked()).isFalse();
    }
}
