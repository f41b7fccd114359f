package org.scmsim.crypto.crl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.scmsim.crypto.base.HashedId10;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.linkage.LaId;
import org.scmsim.crypto.linkage.LinkageSeed;
import org.scmsim.crypto.vectors.VectorFile;

/** Decoding and re-encoding the real Korean CRL contents, and round trips of generated ones. */
class CrlContentsCodecTest {

    /** The CrlContents inside the real download: wrapper 00 01 01, then 03 81 00 40 03 80 len. */
    static byte[] realContents(String file, String key) {
        byte[] download = VectorFile.load(file).hex(key);
        int len = download[9] & 0xFF;
        return Arrays.copyOfRange(download, 10, 10 + len);
    }

    @Test
    void realLinkageCrlDecodesAsPublishedAndReencodesByteForByte() throws Exception {
        byte[] bytes = realContents("kr_bluetech_linkage_crl.txt", "lv_crl_down");
        CrlContents c = CrlContentsCodec.decode(bytes);
        VectorFile f = VectorFile.load("kr_bluetech_linkage_crl.txt");
        assertThat(c.crlSeries()).isEqualTo(1);
        assertThat(c.crlCraca()).isEqualTo(HashedId8.fromHex("22217322023a8435"));
        assertThat(c.issueDate().value()).isEqualTo(Long.parseLong(f.value("lv_crl_issue_date")));
        assertThat(c.nextCrl().value()).isEqualTo(Long.parseLong(f.value("lv_crl_next_crl")));
        assertThat(c.priority()).hasValue(0);
        ToBeSignedLinkageValueCrl l = (ToBeSignedLinkageValueCrl) c.typeSpecific();
        assertThat(l.delta()).isFalse();
        assertThat(l.iRev()).isEqualTo(0x1A9);
        assertThat(l.indexWithinI()).isZero();
        assertThat(l.groups()).isEmpty();
        JMaxGroup jg = l.individual().get(0);
        assertThat(jg.jmax()).isEqualTo(20);
        LaGroup la = jg.contents().get(0);
        assertThat(la.la1Id()).isEqualTo(new LaId(0x2aa0));
        assertThat(la.la2Id()).isEqualTo(new LaId(0x0e7e));
        IMaxGroup im = la.contents().get(0);
        assertThat(im.iMax()).isEqualTo(580);
        assertThat(im.contents()).containsExactly(new IndividualRevocation(
                LinkageSeed.ofHex(f.value("lv_crl_linkage_seed_1")), LinkageSeed.ofHex(f.value("lv_crl_linkage_seed_2"))));
        assertThat(c.entryCount()).isEqualTo(1);
        assertThat(CrlContentsCodec.encode(c)).isEqualTo(bytes);
    }

    @Test
    void realHashCrlDecodesAsPublishedAndReencodesByteForByte() throws Exception {
        byte[] bytes = realContents("kr_bluetech_hash_crl.txt", "hash_crl_down");
        CrlContents c = CrlContentsCodec.decode(bytes);
        VectorFile f = VectorFile.load("kr_bluetech_hash_crl.txt");
        assertThat(c.crlSeries()).isEqualTo(3);
        ToBeSignedHashIdCrl h = (ToBeSignedHashIdCrl) c.typeSpecific();
        assertThat(h.crlSerial()).isZero();
        assertThat(h.entries()).containsExactly(new HashBasedRevocationInfo(
                HashedId10.fromHex(f.value("hash_crl_app_cert_h10")), new Time32(Long.parseLong(f.value("hash_crl_expiry")))));
        assertThat(CrlContentsCodec.encode(c)).isEqualTo(bytes);
    }

    @Test
    void truncatedOrExtendedInputIsADecodeExceptionWithTheOffset() {
        byte[] bytes = realContents("kr_bluetech_linkage_crl.txt", "lv_crl_down");
        for (int cut = 0; cut < bytes.length; cut++) {
            byte[] shorter = Arrays.copyOf(bytes, cut);
            assertThatThrownBy(() -> CrlContentsCodec.decode(shorter)).isInstanceOf(DecodeException.class);
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> CrlContentsCodec.decode(longer)).isInstanceOf(DecodeException.class)
                .hasMessageContaining("trailing");
        byte[] badTag = bytes.clone();
        badTag[21] = (byte) 0x87;
        assertThatThrownBy(() -> CrlContentsCodec.decode(badTag)).isInstanceOf(DecodeException.class)
                .hasMessageContaining("choice tag 0x87").hasMessageContaining("offset 21");
    }

    /** A hash CRL with priority 0 and one entry: CrlPriorityInfo preamble at 19, entries' quantity count at 28. */
    private static CrlContents oneEntryHashCrl() {
        return new CrlContents(3, HashedId8.fromHex("0011223344556677"), new Time32(600_000_000L), new Time32(600_086_400L),
                OptionalInt.of(0), new ToBeSignedHashIdCrl(false, 7, java.util.List.of(new HashBasedRevocationInfo(
                        HashedId10.fromHex("00112233445566778899"), new Time32(700_000_000L)))));
    }

    @Test
    void extensionAdditionsOfANewerVersionAreSkipped() throws Exception {
        CrlContents c = oneEntryHashCrl();
        byte[] plain = CrlContentsCodec.encode(c);
        assertThat(plain[19]).isEqualTo((byte) 0x40);
        // preamble with the extension bit, priority 0, then a bitmap (7 unused bits, one addition) and the addition
        byte[] extended = new byte[plain.length + 5];
        System.arraycopy(plain, 0, extended, 0, 21);
        extended[19] = (byte) 0xC0;
        System.arraycopy(new byte[] {0x02, 0x07, (byte) 0x80, 0x01, 0x05}, 0, extended, 21, 5);
        System.arraycopy(plain, 21, extended, 26, plain.length - 21);
        assertThat(CrlContentsCodec.decode(extended)).isEqualTo(c);
        byte[] cut = Arrays.copyOf(extended, 25); // the addition (at 25) is missing
        assertThatThrownBy(() -> CrlContentsCodec.decode(cut)).isInstanceOf(DecodeException.class)
                .hasMessageContaining("CrlContents.CrlPriorityInfo.extension").hasMessageContaining("offset 25");
    }

    @Test
    void aCountLargerThanTheOctetsLeftIsRefusedBeforeReadingTheEntries() throws Exception {
        byte[] bytes = CrlContentsCodec.encode(oneEntryHashCrl());
        assertThat(bytes[27]).isEqualTo((byte) 0x01);
        assertThat(bytes[28]).isEqualTo((byte) 0x01);
        bytes[28] = 0x7F;
        assertThatThrownBy(() -> CrlContentsCodec.decode(bytes)).isInstanceOf(DecodeException.class)
                .hasMessageContaining("CrlContents.entries at byte offset 29")
                .hasMessageContaining("127 elements cannot fit in the 14 bytes left");
    }

    @Property(tries = 60)
    void generatedCrlsRoundTrip(@ForAll("crls") CrlContents c) throws Exception {
        byte[] enc = CrlContentsCodec.encode(c);
        CrlContents back = CrlContentsCodec.decode(enc);
        assertThat(back).isEqualTo(c);
        assertThat(CrlContentsCodec.encode(back)).isEqualTo(enc);
    }

    @Provide
    Arbitrary<CrlContents> crls() {
        Arbitrary<LinkageSeed> seed = Arbitraries.bytes().array(byte[].class).ofSize(16).map(LinkageSeed::new);
        Arbitrary<LaId> la = Arbitraries.integers().between(0, 0xFFFF).map(LaId::new);
        Arbitrary<IMaxGroup> imax = Combinators.combine(Arbitraries.integers().between(0, 0xFFFF),
                Combinators.combine(seed, seed).as(IndividualRevocation::new).list().ofMaxSize(3)).as(IMaxGroup::new);
        Arbitrary<LaGroup> lag = Combinators.combine(la, la, imax.list().ofMaxSize(2)).as(LaGroup::new);
        Arbitrary<JMaxGroup> jg = Combinators.combine(Arbitraries.integers().between(0, 255), lag.list().ofMaxSize(2)).as(JMaxGroup::new);
        Arbitrary<GroupCrlEntry> group = Combinators.combine(Arbitraries.integers().between(0, 0xFFFF), la, seed, la, seed)
                .as(GroupCrlEntry::new);
        Arbitrary<TypeSpecificCrlContents> linked = Combinators.combine(Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 0xFFFF), Arbitraries.integers().between(0, 255), jg.list().ofMaxSize(3),
                group.list().ofMaxSize(2)).as(ToBeSignedLinkageValueCrl::new);
        Arbitrary<HashBasedRevocationInfo> hashEntry = Combinators.combine(
                Arbitraries.bytes().array(byte[].class).ofSize(10).map(HashedId10::new),
                Arbitraries.longs().between(0, 0xFFFF_FFFFL).map(Time32::new)).as(HashBasedRevocationInfo::new);
        Arbitrary<TypeSpecificCrlContents> hashed = Combinators.combine(Arbitraries.of(true, false),
                Arbitraries.longs().between(0, 0xFFFF_FFFFL), hashEntry.list().ofMaxSize(200)).as(ToBeSignedHashIdCrl::new);
        return Combinators.combine(Arbitraries.integers().between(0, 0xFFFF),
                Arbitraries.bytes().array(byte[].class).ofSize(8).map(HashedId8::new),
                Arbitraries.longs().between(0, 1_000_000_000L), Arbitraries.longs().between(0, 1_000_000L),
                Arbitraries.integers().between(-1, 255), Arbitraries.oneOf(linked, hashed))
                .as((series, craca, issue, span, prio, type) -> new CrlContents(series, craca, new Time32(issue),
                        new Time32(issue + span), prio < 0 ? OptionalInt.empty() : OptionalInt.of(prio), type));
    }
}
