package org.scmsim.crypto.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scmsim.crypto.vectors.VectorFile;

/** CAMP {@code glv.txt}: group pre-linkage values and group linkage values, with group seed evolution. */
class GroupLinkageVectorsTest {

    @Test
    void campGroupLinkageValuesForA32BitJAndTheEvolvedGroupSeeds() {
        VectorFile f = VectorFile.load("camp_glv.txt");
        LaId la1 = LaId.of(f.bytes("LA1 ID (16 bits)"));
        LaId la2 = LaId.of(f.bytes("LA2 ID (16 bits)"));
        VectorFile i0 = f.section("i = 0", 0);
        VectorFile i1 = f.section("i = 1", 0);
        long j0 = i0.integer("j (32 bits)").longValueExact();
        long j1 = i1.integer("j (32 bits)").longValueExact();
        LinkageSeed gs1 = new LinkageSeed(i0.bytes("gs1(0) = AES key"));
        LinkageSeed gs2 = new LinkageSeed(i0.bytes("gs2(0) = AES key"));

        assertThat(LinkageFunctions.preLinkageValue(la1, gs1, j0).bytes()).isEqualTo(i0.bytes("gplv1(0,j) ="));
        assertThat(LinkageFunctions.preLinkageValue(la2, gs2, j0).bytes()).isEqualTo(i0.bytes("gplv2(0,j) ="));
        GroupLinkageValue glv0 = LinkageFunctions.groupLinkageValue(la1, gs1, la2, gs2, j0);
        assertThat(glv0.value().bytes()).isEqualTo(i0.bytes("glv(0,j) = gplv1"));
        assertThat(glv0.jValue()).isEqualTo(j0);

        LinkageSeed gs1at1 = LinkageFunctions.nextSeed(la1, gs1);
        LinkageSeed gs2at1 = LinkageFunctions.nextSeed(la2, gs2);
        assertThat(gs1at1.bytes()).isEqualTo(i1.bytes("gs1(1) = AES key"));
        assertThat(gs2at1.bytes()).isEqualTo(i1.bytes("gs2(1) = AES key"));
        assertThat(LinkageFunctions.groupLinkageValue(la1, gs1at1, la2, gs2at1, j1).value().bytes())
                .isEqualTo(i1.bytes("glv(1,j) = gplv1"));
    }

    @Test
    void jValueOctetsAreTheBigEndianNumber() {
        GroupLinkageValue g = GroupLinkageValue.of(new byte[] {(byte) 0x84, 0x40, (byte) 0xED, 0x22}, new byte[9]);
        assertThat(g.jValue()).isEqualTo(0x8440ED22L);
        assertThat(g.jValueOctets()).containsExactly((byte) 0x84, 0x40, (byte) 0xED, 0x22);
    }
}
