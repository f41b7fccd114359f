package org.scmsim.crypto.misbehavior;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.base.Time64;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.CertificateIssuer;
import org.scmsim.crypto.cert.CertificateTemplate;
import org.scmsim.crypto.cert.Durations;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.Randomness;

/** The COER SaeJ3287Mbr round-trips, has the layout of the ASN.1, and bad bytes fail naming the field. */
class MisbehaviorReportCodecTest {

    private static final Time64 GEN = new Time64(600_000_000_123_456L);
    private static final Certificate CERT = certificate();

    private static Certificate certificate() {
        EcBackend backend = EcBackends.create("bc", Randomness.deterministic(3, "mbr-codec"));
        EcKeyPair key = backend.generateKeyPair(EcCurve.NIST_P256);
        return new CertificateIssuer(backend).selfSigned(CertificateTemplate.create().name("sender.test")
                .validity(new Time32(0), Durations.years(1)).appPermission(0x20), key);
    }

    private static MisbehaviorReport full() {
        return new MisbehaviorReport(GEN, new ThreeDLocation(423_312_345, -831_234_567, 2_000), MisbehaviorReport.AID_BSM,
                List.of(new Observation(5, 4), new Observation(5, 2, new byte[] {7}), new Observation(1, 3), new Observation(5, 1)),
                List.of(new V2xPduStream(V2xPduStream.IEEE1609_DOT2_DATA, List.of(new byte[] {1, 2, 3}, new byte[200]), Optional.of(CERT), 1),
                        V2xPduStream.ofSignedMessages(List.of(new byte[] {9}))),
                List.of(new NonV2xPduEvidenceItem(4, new byte[] {0x55, 0x66})));
    }

    @Test
    void aFullReportRoundTripsAndSaeJ3287DataWrapsIt() throws Exception {
        MisbehaviorReport r = full();
        byte[] enc = r.encode();
        assertThat(MisbehaviorReport.decode(enc)).isEqualTo(r);
        SaeJ3287Data plain = new SaeJ3287Data(SaeJ3287Data.ContentType.PLAINTEXT, enc);
        byte[] outer = plain.encode();
        assertThat(outer[0]).isEqualTo((byte) 1);
        assertThat(outer[1]).isEqualTo((byte) 0x80);
        assertThat(SaeJ3287Data.decode(outer)).isEqualTo(plain);
    }

    @Test
    void layoutFollowsTheAsn1() throws Exception {
        MisbehaviorReport r = new MisbehaviorReport(new Time32(0x12345678L), 0x20, List.of(new Observation(5, 4)),
                List.of(new byte[] {(byte) 0xAB}));
        String hex = HexFormat.of().formatHex(r.encode());
        String expected = String.format("%016x", 0x12345678L * 1_000_000L) // generationTime Time64
                + "35a4e901" + "6b49d201" + "0000"                           // latitude, longitude unknown, elevation 0
                + "0120"                                                     // aid: Psid 32
                + "13"                                                       // content: open type of 19 octets
                + "0101" + "05" + "0101" + "02" + "0400"                     // observations: 1 target 5, 1 open type: obs 4 (NULL)
                + "0101" + "00" + "02" + "0101" + "01ab" + "00"              // 1 stream: no cert, type 2, 1 PDU, subject 0
                + "0100";                                                    // no non-V2X evidence
        assertThat(hex).isEqualTo(expected);
    }

    @Test
    void badBytesFailWithTheFieldNamed() {
        byte[] enc = full().encode();
        assertThatThrownBy(() -> MisbehaviorReport.decode(Arrays.copyOf(enc, 5))).isInstanceOf(DecodeException.class)
                .hasMessageContaining("generationTime");
        byte[] lat = enc.clone();
        lat[8] = 0x7f; // latitude far above 90 degrees
        assertThatThrownBy(() -> MisbehaviorReport.decode(lat)).isInstanceOf(DecodeException.class)
                .hasMessageContaining("observationLocation.latitude");
        byte[] trailing = Arrays.copyOf(enc, enc.length + 1);
        assertThatThrownBy(() -> MisbehaviorReport.decode(trailing)).hasMessageContaining("trailing");

        MisbehaviorReport small = new MisbehaviorReport(new Time32(1), 0x20, List.of(new Observation(1, 1)), List.of(new byte[] {1}));
        byte[] s = small.encode();
        byte[] subject = s.clone();
        subject[subject.length - 3] = 1; // subjectPduIndex 1 of a single PDU
        assertThatThrownBy(() -> MisbehaviorReport.decode(subject)).isInstanceOf(DecodeException.class)
                .hasMessageContaining("v2xPduEvidence[0].subjectPduIndex");
        byte[] padding = s.clone();
        padding[s.length - 9] = 0x40; // the stream preamble with a padding bit
        assertThatThrownBy(() -> MisbehaviorReport.decode(padding)).hasMessageContaining("v2xPduEvidence[0]")
                .hasMessageContaining("padding");
        assertThatThrownBy(() -> SaeJ3287Data.decode(new byte[] {2, (byte) 0x80, 0})).hasMessageContaining("version");
        assertThatThrownBy(() -> SaeJ3287Data.decode(new byte[] {1, (byte) 0x83, 0})).hasMessageContaining("content");
        assertThatThrownBy(() -> new MisbehaviorReport(new Time32(1), 0x20, List.of(new Observation(1, 1)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("v2xPduEvidence");
        assertThatThrownBy(() -> new MisbehaviorReport(new Time32(1), 0x20, List.of(), List.of(new byte[] {1})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("observations");
        byte[] inner = s.clone();
        inner[26] = 3; // the MbSingleObservation open type (after 18 + 2 + 1 + 2 + 1 + 2 octets) claims 3 octets, 1 too many
        assertThatThrownBy(() -> MisbehaviorReport.decode(inner)).isInstanceOf(DecodeException.class)
                .hasMessageContaining("observations[0]");
    }

    /** Every truncation and every single bit flip either decodes or fails with a DecodeException. */
    @Test
    void corruptedReportsFailOnlyWithDecodeException() {
        byte[] enc = full().encode();
        for (int n = 0; n < enc.length; n++) {
            byte[] cut = Arrays.copyOf(enc, n);
            assertThatThrownBy(() -> MisbehaviorReport.decode(cut)).isInstanceOf(DecodeException.class);
        }
        for (int bit = 0; bit < enc.length * 8; bit++) {
            byte[] flipped = enc.clone();
            flipped[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
            try {
                MisbehaviorReport.decode(flipped);
            } catch (DecodeException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    @Provide
    Arbitrary<MisbehaviorReport> reports() {
        Arbitrary<Observation> obs = Combinators.combine(Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 255),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(4)).as(Observation::new);
        Arbitrary<byte[]> pdu = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(300);
        Arbitrary<V2xPduStream> stream = Combinators.combine(Arbitraries.integers().between(0, 255), pdu.list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(true, false)).as((t, p, c) -> new V2xPduStream(t, p, c ? Optional.of(CERT) : Optional.empty(), p.size() - 1));
        Arbitrary<NonV2xPduEvidenceItem> item = Combinators.combine(Arbitraries.integers().between(0, 255),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(20)).as(NonV2xPduEvidenceItem::new);
        Arbitrary<ThreeDLocation> loc = Combinators.combine(Arbitraries.integers().between(-900_000_000, 900_000_001),
                Arbitraries.integers().between(-1_799_999_999, 1_800_000_001), Arbitraries.integers().between(0, 65535)).as(ThreeDLocation::new);
        return Combinators.combine(Arbitraries.longs().between(0, Long.MAX_VALUE), loc, Arbitraries.longs().between(0, Long.MAX_VALUE),
                obs.list().ofMinSize(1).ofMaxSize(5), stream.list().ofMinSize(1).ofMaxSize(3), item.list().ofMaxSize(2))
                .as((g, l, aid, o, s, i) -> new MisbehaviorReport(new Time64(g), l, aid, o, s, i));
    }

    @Property(tries = 200)
    void anyReportRoundTrips(@ForAll("reports") MisbehaviorReport r) throws DecodeException {
        assertThat(MisbehaviorReport.decode(r.encode())).isEqualTo(r);
    }

    @Property(tries = 100)
    void truncatedReportsAreRefused(@ForAll("reports") MisbehaviorReport r, @ForAll @IntRange(min = 1, max = 1000) int cut) {
        byte[] enc = r.encode();
        byte[] shorter = Arrays.copyOf(enc, Math.max(0, enc.length - cut));
        assertThatThrownBy(() -> MisbehaviorReport.decode(shorter)).isInstanceOf(DecodeException.class);
    }

}
