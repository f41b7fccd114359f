package org.scmsim.crypto.crl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.scmsim.crypto.base.HashedId10;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.linkage.LaId;
import org.scmsim.crypto.linkage.LinkageFunctions;
import org.scmsim.crypto.linkage.LinkageSeed;
import org.scmsim.crypto.linkage.LinkageValue;
import org.scmsim.crypto.vectors.VectorFile;

/** The real CRLs revoke exactly the real certificates they name; the fast index agrees with the slow check. */
class RevocationCheckerTest {

    private final VectorFile lvFile = VectorFile.load("kr_bluetech_linkage_crl.txt");
    private final VectorFile hashFile = VectorFile.load("kr_bluetech_hash_crl.txt");

    private CrlContents linkageCrl() throws Exception {
        return CrlContentsCodec.decode(CrlContentsCodecTest.realContents("kr_bluetech_linkage_crl.txt", "lv_crl_down"));
    }

    private CrlContents hashCrl() throws Exception {
        return CrlContentsCodec.decode(CrlContentsCodecTest.realContents("kr_bluetech_hash_crl.txt", "hash_crl_down"));
    }

    private RevocationTarget realPseudonym(String certKey, String lvKey, int i) {
        return RevocationTarget.of(HashedId10.of(lvFile.hex(certKey)), i, LinkageValue.ofHex(lvFile.value(lvKey).toLowerCase()));
    }

    @Test
    void realLinkageCrlRevokesTheRealCertificatesOfBothWeeks() throws Exception {
        CrlContents crl = linkageCrl();
        RevocationVerdict a9 = RevocationChecker.check(crl,
                realPseudonym("PSEUDONYM_CERT_1A9_0_HEX", "lv_crl_pseudonym_cert_1A9_linkage_value", 0x1A9));
        RevocationVerdict aa = RevocationChecker.check(crl,
                realPseudonym("PSEUDONYM_CERT_1AA_0_HEX", "lv_crl_pseudonym_cert_1AA_linkage_value", 0x1AA));
        assertThat(a9.status()).isEqualTo(RevocationStatus.REVOKED);
        assertThat(aa.status()).isEqualTo(RevocationStatus.REVOKED);
        CrlMatch.ByLinkage m = (CrlMatch.ByLinkage) aa.match().orElseThrow();
        assertThat(m.i()).isEqualTo(0x1AA);
        assertThat(m.j()).isZero();
        assertThat(m.iMax()).isEqualTo(580);
    }

    @Test
    void allTwentyRealCertificatesOfWeek1A9AreRevokedAndAnotherDevicesAreNot() throws Exception {
        CrlContents crl = linkageCrl();
        VectorFile trace = VectorFile.load("kr_bluetech_pseudonym_provisioning.txt");
        CrlIndex index = CrlIndex.build(0x1A9, List.of(crl));
        for (int j = 0; j < 20; j++) {
            byte[] cert = trace.hex("CERT_" + j);
            // LinkageData sits at a fixed place in these 102-byte certificates: iCert (2) then the 9-byte value
            LinkageValue lv = new LinkageValue(java.util.Arrays.copyOfRange(cert, 17, 26));
            RevocationTarget t = RevocationTarget.of(HashedId10.of(cert), 0x1A9, lv);
            RevocationVerdict slow = RevocationChecker.check(crl, t);
            assertThat(slow.isRevoked()).as("j=%d", j).isTrue();
            assertThat(((CrlMatch.ByLinkage) slow.match().orElseThrow()).j()).isEqualTo(j);
            assertThat(index.check(t)).isEqualTo(slow);
        }
        LinkageValue other = LinkageFunctions.linkageValue(new LaId(0x2aa0), LinkageSeed.ofHex("00000000000000000000000000000001"),
                new LaId(0x0e7e), LinkageSeed.ofHex("00000000000000000000000000000002"), 0);
        RevocationTarget stranger = RevocationTarget.of(HashedId10.fromHex("00112233445566778899"), 0x1A9, other);
        assertThat(RevocationChecker.check(crl, stranger)).isEqualTo(RevocationVerdict.NOT_REVOKED);
        assertThat(index.check(stranger)).isEqualTo(RevocationVerdict.NOT_REVOKED);
    }

    @Test
    void linkageEntriesRevokeNothingBeforeIRevOrAfterIMax() throws Exception {
        CrlContents crl = linkageCrl();
        LaId la1 = new LaId(0x2aa0);
        LaId la2 = new LaId(0x0e7e);
        LinkageSeed s1 = LinkageSeed.ofHex(lvFile.value("lv_crl_linkage_seed_1"));
        LinkageSeed s2 = LinkageSeed.ofHex(lvFile.value("lv_crl_linkage_seed_2"));
        int iMax = 580;
        LinkageValue atIMax = LinkageFunctions.linkageValue(la1, LinkageFunctions.evolve(la1, s1, iMax - 0x1A9), la2,
                LinkageFunctions.evolve(la2, s2, iMax - 0x1A9), 19);
        assertThat(RevocationChecker.check(crl, RevocationTarget.of(HashedId10.fromHex("00000000000000000000"), iMax, atIMax)).isRevoked())
                .isTrue();
        LinkageValue after = LinkageFunctions.linkageValue(la1, LinkageFunctions.evolve(la1, s1, iMax + 1 - 0x1A9), la2,
                LinkageFunctions.evolve(la2, s2, iMax + 1 - 0x1A9), 0);
        assertThat(RevocationChecker.check(crl, RevocationTarget.of(HashedId10.fromHex("00000000000000000000"), iMax + 1, after)))
                .isEqualTo(RevocationVerdict.NOT_REVOKED);
        // j = jmax is not covered
        LinkageValue jmax = LinkageFunctions.linkageValue(la1, s1, la2, s2, 20);
        assertThat(RevocationChecker.check(crl, RevocationTarget.of(HashedId10.fromHex("00000000000000000000"), 0x1A9, jmax)))
                .isEqualTo(RevocationVerdict.NOT_REVOKED);
        // the same seeds claimed for an earlier week do not revoke it
        LinkageValue a9 = LinkageFunctions.linkageValue(la1, s1, la2, s2, 0);
        assertThat(RevocationChecker.check(crl, RevocationTarget.of(HashedId10.fromHex("00000000000000000000"), 0x1A8, a9)))
                .isEqualTo(RevocationVerdict.NOT_REVOKED);
    }

    @Test
    void realHashCrlRevokesItsCertificateOnly() throws Exception {
        CrlContents crl = hashCrl();
        byte[] appCert = hashFile.hex("app_cert_down_cert");
        RevocationVerdict v = RevocationChecker.check(crl, RevocationTarget.ofHash(HashedId10.of(appCert)));
        assertThat(v.status()).isEqualTo(RevocationStatus.REVOKED);
        assertThat(v.match().orElseThrow()).isInstanceOf(CrlMatch.ByHash.class);
        byte[] pseudonym = lvFile.hex("PSEUDONYM_CERT_1A9_0_HEX");
        assertThat(RevocationChecker.check(crl, RevocationTarget.ofHash(HashedId10.of(pseudonym))).isRevoked()).isFalse();
        CrlIndex index = CrlIndex.build(0x1A9, List.of(crl, linkageCrl()));
        assertThat(index.check(RevocationTarget.ofHash(HashedId10.of(appCert))).isRevoked()).isTrue();
        assertThat(index.hashEntryCount()).isEqualTo(1);
        assertThat(index.linkageValueCount()).isEqualTo(20);
    }

    @Test
    void indexFallsBackToTheSlowCheckForOtherWeeks() throws Exception {
        CrlIndex index = CrlIndex.build(0x1A9, List.of(linkageCrl()));
        RevocationTarget aa = realPseudonym("PSEUDONYM_CERT_1AA_0_HEX", "lv_crl_pseudonym_cert_1AA_linkage_value", 0x1AA);
        assertThat(index.check(aa).isRevoked()).isTrue();
    }

    @Test
    void timeliness() {
        CrlContents c = new CrlContents(1, HashedId8.fromHex("0001020304050607"), new Time32(100), new Time32(200),
                OptionalInt.empty(), new ToBeSignedHashIdCrl(false, 0, List.of()));
        assertThat(c.timelinessAt(new Time32(99))).isEqualTo(CrlTimeliness.NOT_YET_ISSUED);
        assertThat(c.timelinessAt(new Time32(150))).isEqualTo(CrlTimeliness.CURRENT);
        assertThat(c.timelinessAt(new Time32(201))).isEqualTo(CrlTimeliness.OVERDUE);
    }
}
