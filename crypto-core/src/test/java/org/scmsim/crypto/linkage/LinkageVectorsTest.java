package org.scmsim.crypto.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scmsim.crypto.vectors.VectorFile;

/** CAMP {@code lv.txt} and the real Korean linkage CRL's seeds against the real certificates. */
class LinkageVectorsTest {

    @Test
    void campLinkageValuesAndSeedEvolution() {
        VectorFile f = VectorFile.load("camp_lv.txt");
        LaId la1 = LaId.of(f.bytes("LA1 ID (16 bits)"));
        LaId la2 = LaId.of(f.bytes("LA2 ID (16 bits)"));
        VectorFile i0 = f.section("i = 0", 0);
        VectorFile i1 = f.section("i = 1", 0);
        long j0 = i0.integer("j (in range").longValueExact();
        long j1 = i1.integer("j (in range").longValueExact();
        LinkageSeed ls1 = new LinkageSeed(i0.bytes("ls1(0) = AES key"));
        LinkageSeed ls2 = new LinkageSeed(i0.bytes("ls2(0) = AES key"));

        assertThat(LinkageFunctions.preLinkageValue(la1, ls1, j0).bytes()).isEqualTo(i0.bytes("plv1(0,j) ="));
        assertThat(LinkageFunctions.preLinkageValue(la2, ls2, j0).bytes()).isEqualTo(i0.bytes("plv2(0,j) ="));
        assertThat(LinkageFunctions.linkageValue(la1, ls1, la2, ls2, j0).bytes()).isEqualTo(i0.bytes("lv(0,j) = plv1"));

        LinkageSeed ls1at1 = LinkageFunctions.nextSeed(la1, ls1);
        LinkageSeed ls2at1 = LinkageFunctions.nextSeed(la2, ls2);
        assertThat(ls1at1.bytes()).isEqualTo(i1.bytes("ls1(1) = AES key"));
        assertThat(ls2at1.bytes()).isEqualTo(i1.bytes("ls2(1) = AES key"));
        assertThat(LinkageFunctions.linkageValue(la1, ls1at1, la2, ls2at1, j1).bytes()).isEqualTo(i1.bytes("lv(1,j) = plv1"));
        assertThat(LinkageFunctions.evolve(la1, ls1, 1)).isEqualTo(ls1at1);
    }

    @Test
    void realCrlSeedsGiveTheRealCertificatesLinkageValues() {
        VectorFile f = VectorFile.load("kr_bluetech_linkage_crl.txt");
        LaId la1 = new LaId(Integer.decode(f.value("lv_crl_la1id")));
        LaId la2 = new LaId(Integer.decode(f.value("lv_crl_la2id")));
        LinkageSeed s1 = LinkageSeed.ofHex(f.value("lv_crl_linkage_seed_1"));
        LinkageSeed s2 = LinkageSeed.ofHex(f.value("lv_crl_linkage_seed_2"));
        assertThat(LinkageFunctions.linkageValue(la1, s1, la2, s2, 0))
                .isEqualTo(LinkageValue.ofHex(f.value("lv_crl_pseudonym_cert_1A9_linkage_value")));
        assertThat(LinkageFunctions.linkageValue(la1, LinkageFunctions.nextSeed(la1, s1), la2, LinkageFunctions.nextSeed(la2, s2), 0))
                .isEqualTo(LinkageValue.ofHex(f.value("lv_crl_pseudonym_cert_1AA_linkage_value").toLowerCase()));
    }

    @Test
    void batchPreLinkageValuesEqualSingleOnes() {
        LaId la = new LaId(0x1234);
        LinkageSeed s = LinkageSeed.ofHex("00112233445566778899aabbccddeeff");
        PreLinkageValue[] batch = LinkageFunctions.preLinkageValues(la, s, 0, 20);
        for (int j = 0; j < 20; j++) {
            assertThat(batch[j]).isEqualTo(LinkageFunctions.preLinkageValue(la, s, j));
        }
        assertThat(batch[0]).isNotEqualTo(batch[1]);
    }
}
