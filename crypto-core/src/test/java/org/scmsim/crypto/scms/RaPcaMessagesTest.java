package org.scmsim.crypto.scms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.oer.its.ieee1609dot2.CertificateId;
import org.bouncycastle.oer.its.ieee1609dot2.LinkageData;
import org.bouncycastle.oer.its.ieee1609dot2.ToBeSignedCertificate;
import org.bouncycastle.oer.its.ieee1609dot2.VerificationKeyIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.butterfly.ButterflySecrets;
import org.scmsim.crypto.butterfly.ButterflyVariant;
import org.scmsim.crypto.butterfly.CaterpillarKeys;
import org.scmsim.crypto.butterfly.UnifiedCaterpillarKey;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.coer.Ieee1609Dot2Schema;
import org.scmsim.crypto.coer.Oer;
import org.scmsim.crypto.data.EncryptedMessage;
import org.scmsim.crypto.ecies.Ecies;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.Randomness;

/**
 * The RA→PCA request ({@link RaAcaCertRequestSpdu}) and the PCA→RA response
 * ({@link AcaRaCertResponse}) as COER octets: encode → decode → verify, every truncation and
 * tampering refused with the field named, and a request not signed by the RA refused.
 */
class RaPcaMessagesTest {

    private static final PseudonymProfile PROFILE = PseudonymProfile.campDefaults();
    private static final int WEEK = 700;

    private record Setup(EcBackend backend, ScmsHierarchy scms, ButterflySecrets secrets, ProvisioningHandle handle, Time32 now,
            List<RaAcaCertRequestSpdu> requests) {
    }

    private static Setup setup(ButterflyVariant variant, CertificateFormat format) throws Exception {
        EcBackend backend = EcBackends.create("bc", Randomness.deterministic(5, "messages"));
        Time32 now = PROFILE.periodStart(WEEK);
        ScmsHierarchy scms = ScmsHierarchy.create(backend, PROFILE, now, Randomness.deterministic(5, "ra"),
                Randomness.deterministic(5, "la"));
        ButterflySecrets secrets = variant == ButterflyVariant.ORIGINAL
                ? CaterpillarKeys.generate(Randomness.deterministic(5, "device").random())
                : UnifiedCaterpillarKey.generate(Randomness.deterministic(5, "device").random());
        byte[] request = PseudonymRequester.request(backend, secrets, format, scms.enrollDevice(now), PROFILE, now);
        ProvisioningHandle h = scms.ra().accept(request, WEEK, now);
        return new Setup(backend, scms, secrets, h, now, scms.ra().prepareWeek(h, WEEK, now));
    }

    @ParameterizedTest
    @EnumSource(ButterflyVariant.class)
    void requestsEncodeDecodeAndVerifyWithTheRaCertificate(ButterflyVariant variant) throws Exception {
        for (CertificateFormat format : CertificateFormat.values()) {
            Setup s = setup(variant, format);
            Set<ECPoint> expectedB = new HashSet<>();
            Set<ECPoint> expectedQ = new HashSet<>();
            for (int j = 0; j < PROFILE.certificatesPerPeriod(); j++) {
                expectedB.add(EcCurve.NIST_P256.multiplyGenerator(s.secrets().signingPrivate(WEEK, j)).normalize());
                expectedQ.add(EcCurve.NIST_P256.multiplyGenerator(s.secrets().encryptionPrivate(WEEK, j)).normalize());
            }
            Set<ECPoint> seenB = new HashSet<>();
            for (RaAcaCertRequestSpdu spdu : s.requests()) {
                RaAcaCertRequestSpdu.Decoded d = RaAcaCertRequestSpdu.of(spdu.encoded()).decode();
                assertThat(d.verify(s.backend(), s.scms().raCredential().certificate(), s.scms().raCredential().keyPair().publicKey()))
                        .isTrue();
                assertThat(d.signer().hashedId8()).isEqualTo(s.scms().raCredential().certificate().hashedId8());
                RaAcaCertRequest r = d.request();
                assertThat(r.encode()).as("re-encodes to the signed tbsRequest").isEqualTo(d.tbsRequest());
                assertThat(RaAcaCertRequest.decode(d.tbsRequest()).encode()).isEqualTo(d.tbsRequest());
                assertThat(r.type()).isEqualTo(format);
                assertThat(r.variant()).isEqualTo(variant);
                assertThat(r.iCert()).isEqualTo(WEEK);
                assertThat(r.generationTime()).isEqualTo(s.now());
                assertThat(r.plv1().laId()).isEqualTo(ScmsHierarchy.LA1_ID);
                assertThat(r.plv2().laId()).isEqualTo(ScmsHierarchy.LA2_ID);
                assertThat(expectedB).contains(r.signingKey().normalize());
                seenB.add(r.signingKey().normalize());
                if (variant == ButterflyVariant.ORIGINAL) {
                    assertThat(expectedQ).contains(r.certEncKey().orElseThrow().normalize());
                } else {
                    assertThat(r.certEncKey()).isEmpty();
                }
                ToBeSignedCertificate tbs = Oer.decode(r.tbsCert(), Ieee1609Dot2Schema.TO_BE_SIGNED_CERTIFICATE_ELEMENT, "tbsCert",
                        ToBeSignedCertificate::getInstance);
                assertThat(tbs.getCracaId().getHashBytes()).containsExactly(0, 0, 0);
                assertThat(tbs.getCrlSeries().getValue().intValue()).isZero();
                assertThat(LinkageData.getInstance(tbs.getId().getCertificateId()).getLinkageValue().getOctets()).containsOnly(0);
                assertThat(tbs.getId().getChoice()).isEqualTo(CertificateId.linkageData);
                assertThat(tbs.getVerifyKeyIndicator().getChoice()).isEqualTo(format == CertificateFormat.EXPLICIT
                        ? VerificationKeyIndicator.verificationKey : VerificationKeyIndicator.reconstructionValue);
            }
            assertThat(seenB).as("one request per j").isEqualTo(expectedB);
        }
    }

    @Test
    void thePcasTemplateMemoryReadsRequestsExactlyAsAFullDecode() throws Exception {
        for (CertificateFormat format : CertificateFormat.values()) {
            Setup s = setup(ButterflyVariant.ORIGINAL, format);
            TbsCertCache cache = new TbsCertCache();
            for (RaAcaCertRequestSpdu spdu : s.requests()) {
                RaAcaCertRequest full = spdu.decode().request();
                RaAcaCertRequest cached = spdu.decode(s.scms().raCredential().certificate(), cache).request();
                assertThat(cached.tbsCert()).isEqualTo(full.tbsCert());
                assertThat(cached.iCert()).isEqualTo(full.iCert());
                assertThat(cached.signingKey()).isEqualTo(full.signingKey());
                assertThat(cached.encode()).isEqualTo(full.encode());
            }
            for (int k : new int[] {5, 20, 40}) {
                byte[] other = s.requests().get(0).encoded();
                byte[] tbs = s.requests().get(0).decode().request().tbsCert();
                int at = TbsTemplate.indexOf(other, tbs);
                other[at + k] ^= 0x01; // inside the template: not the remembered one, so read in full
                tbs[k] ^= 0x01;
                try {
                    RaAcaCertRequest viaCache = RaAcaCertRequestSpdu.of(other).decode(s.scms().raCredential().certificate(), cache)
                            .request();
                    assertThat(viaCache.tbsCert()).isEqualTo(tbs);
                    assertThat(viaCache.iCert()).isEqualTo(RaAcaCertRequestSpdu.of(other).decode().request().iCert());
                } catch (DecodeException e) {
                    assertThat(e.getMessage()).contains("RaAcaCertRequestSpdu");
                }
            }
        }
    }

    @Test
    void responsesEncodeDecodeAndNameTheirRequest() throws Exception {
        for (ButterflyVariant variant : ButterflyVariant.values()) {
            Setup s = setup(variant, CertificateFormat.IMPLICIT);
            RaAcaCertRequestSpdu spdu = s.requests().get(0);
            AcaRaCertResponse sent = s.scms().pca().issuePseudonym(spdu, s.now());
            AcaRaCertResponse got = AcaRaCertResponse.decode(sent.encoded());
            assertThat(got.requestHash()).isEqualTo(spdu.requestHash());
            assertThat(got.generationTime()).isEqualTo(s.now());
            assertThat(got.kind()).isEqualTo(variant == ButterflyVariant.ORIGINAL ? AcaResponseKind.PRIVATE : AcaResponseKind.CUBK);
            assertThat(got.eeResponse()).isEqualTo(sent.eeResponse());
            assertThat(got.encoded()).isEqualTo(sent.encoded());
            s.scms().ra().deliver(got);
            int j = s.scms().ra().batch(s.handle(), WEEK).responses().keySet().iterator().next();
            PseudonymOpener opener = new PseudonymOpener(s.backend(), s.secrets(), s.scms().pcaCertificate(), s.scms().pcaKey());
            assertThat(opener.open(WEEK, j, got.eeResponse()).outcome()).isEqualTo(OpenOutcome.OK);
            assertThatThrownBy(() -> s.scms().ra().deliver(got)).as("delivered twice").isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aUnifiedResponseCarriesA1609Dot2Dot1AcaEeCertResponse() throws Exception {
        Setup s = setup(ButterflyVariant.UNIFIED, CertificateFormat.IMPLICIT);
        for (RaAcaCertRequestSpdu r : s.requests()) {
            s.scms().ra().deliver(s.scms().pca().issuePseudonym(r, s.now()));
        }
        var responses = s.scms().ra().batch(s.handle(), WEEK).responses();
        for (var e : responses.entrySet()) {
            byte[] plaintext = EncryptedMessage.decode(e.getValue(), "cubk response")
                    .decrypt(s.backend(), s.secrets().encryptionPrivate(WEEK, e.getKey()), Ecies.p1Empty());
            AcaEeCertResponse a = AcaEeCertResponse.decode(plaintext);
            assertThat(a.generationTime()).isEqualTo(s.now());
            assertThat(a.privateKeyInfo()).isPresent();
            assertThat(a.certificate().issuerId()).contains(s.scms().pcaCertificate().hashedId8());
            assertThat(a.encode()).isEqualTo(plaintext);
            String cut = decodeEeError(Arrays.copyOf(plaintext, plaintext.length - 40));
            assertThat(cut).contains("acaEeCertResponse.certificate");
            byte[] ext = plaintext.clone();
            ext[3] = (byte) 0xC0;
            assertThat(decodeEeError(ext)).contains("acaEeCertResponse").contains("extensions");
        }
    }

    @ParameterizedTest
    @EnumSource(CertificateFormat.class)
    void theRaSendsTheCocoonKeysUncompressedAndThePcaStillReadsCompressedOnes(CertificateFormat format) throws Exception {
        Setup s = setup(ButterflyVariant.ORIGINAL, format);
        for (int k = 0; k < 3; k++) {
            RaAcaCertRequestSpdu spdu = s.requests().get(k);
            RaAcaCertRequest r = spdu.decode().request();
            ECPoint q = r.certEncKey().orElseThrow();
            ECPoint b = r.signingKey();
            byte[] encoded = spdu.encoded();
            assertThat(indexOf(encoded, concat(new byte[] {(byte) 0x84}, coordinates(q)))).as("certEncKey uncompressedP256").isPositive();
            byte[] tbs = r.tbsCert();
            assertThat(Arrays.copyOfRange(tbs, tbs.length - 65, tbs.length)).as("tbsCert key uncompressedP256")
                    .isEqualTo(concat(new byte[] {(byte) 0x84}, coordinates(b)));

            // the same request with both keys compressed (a valid EccP256CurvePoint choice too)
            byte[] compressedTbs = concat(Arrays.copyOf(tbs, tbs.length - 65), compressed(b));
            RaAcaCertRequest small = RaAcaCertRequest.create(r.generationTime(), r.type(), r.variant(), r.plv1(), r.plv2(), q,
                    compressedTbs, r.iCert(), b, PointEncoding.COMPRESSED);
            RaAcaCertRequestSpdu smallSpdu = RaAcaCertRequestSpdu.sign(s.backend(), small, s.scms().raCredential());
            assertThat(smallSpdu.length()).isEqualTo(spdu.length() - 64);
            RaAcaCertRequest back = smallSpdu.decode().request();
            assertThat(back.certEncKey().orElseThrow()).isEqualTo(q);
            assertThat(back.signingKey()).isEqualTo(b);
            assertThat(back.encode()).isEqualTo(small.encode());
            // the PCA (its template memory now holding the uncompressed form's prefix) issues for either form
            s.scms().ra().deliver(s.scms().pca().issuePseudonym(spdu, s.now()));
            AcaRaCertResponse fromSmall = s.scms().pca().issuePseudonym(smallSpdu, s.now());
            assertThat(fromSmall.requestHash()).isEqualTo(smallSpdu.requestHash());
            EcBackend b2 = s.backend();
            byte[] ee = fromSmall.eeResponse();
            int opened = 0;
            for (int j = 0; j < PROFILE.certificatesPerPeriod(); j++) {
                PseudonymOpener opener = new PseudonymOpener(b2, s.secrets(), s.scms().pcaCertificate(), s.scms().pcaKey());
                if (opener.open(WEEK, j, ee).outcome() == OpenOutcome.OK) {
                    opened++;
                }
            }
            assertThat(opened).as("the response to the compressed request opens for exactly its j").isEqualTo(1);
        }
    }

    @Test
    void anUncompressedKeyOffTheCurveIsRefusedNamingTheFieldAndTheReason() throws Exception {
        Setup s = setup(ButterflyVariant.ORIGINAL, CertificateFormat.IMPLICIT);
        RaAcaCertRequest r = s.requests().get(0).decode().request();
        ECPoint q = r.certEncKey().orElseThrow();
        byte[] tbs = r.tbsCert();
        byte[] encoded = s.requests().get(0).encoded();
        int qAt = indexOf(encoded, concat(new byte[] {(byte) 0x84}, coordinates(q)));
        byte[] offCurve = encoded.clone();
        offCurve[qAt + 64] ^= 0x01; // last octet of y
        PcaRejectedException e = refusal(s, offCurve);
        assertThat(e.reason()).isEqualTo(PcaRejection.MALFORMED);
        assertThat(e.getMessage()).contains("certEncKey.publicKey.eciesNistP256.uncompressedP256").contains("not on the curve");
        byte[] xTooLarge = encoded.clone();
        Arrays.fill(xTooLarge, qAt + 1, qAt + 33, (byte) 0xFF);
        assertThat(refusal(s, xTooLarge).getMessage()).contains("x-coordinate is not below the field prime");
        // the tbsCert's key, read through the PCA's template memory and in full
        s.scms().pca().issuePseudonym(s.requests().get(1), s.now());
        int bAt = indexOf(encoded, tbs) + tbs.length - 65;
        byte[] badB = encoded.clone();
        badB[bAt + 40] ^= 0x01;
        assertThat(refusal(s, badB).getMessage()).contains("tbsCert.verifyKeyIndicator.uncompressedP256").contains("not on the curve");
        assertThatThrownBy(() -> RaAcaCertRequestSpdu.of(badB).decode()).isInstanceOf(DecodeException.class)
                .hasMessageContaining("tbsCert").hasMessageContaining("not on the curve");
        byte[] xOnly = encoded.clone();
        xOnly[qAt] = (byte) 0x80;
        assertThat(refusal(s, xOnly).getMessage()).contains("choice 0x80");
        assertThat(s.scms().pca().issuedCount()).isEqualTo(1);
    }

    private static PcaRejectedException refusal(Setup s, byte[] spdu) {
        try {
            s.scms().pca().issuePseudonym(RaAcaCertRequestSpdu.of(spdu), s.now());
            throw new AssertionError("issued");
        } catch (PcaRejectedException e) {
            return e;
        }
    }

    private static byte[] coordinates(ECPoint p) {
        byte[] enc = p.normalize().getEncoded(false);
        return Arrays.copyOfRange(enc, 1, 65);
    }

    private static byte[] compressed(ECPoint p) {
        byte[] enc = p.normalize().getEncoded(true);
        byte[] out = enc.clone();
        out[0] = (byte) (enc[0] == 0x02 ? 0x82 : 0x83);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void everyTruncationOfARequestIsADecodeExceptionNamingTheField() throws Exception {
        Setup s = setup(ButterflyVariant.ORIGINAL, CertificateFormat.IMPLICIT);
        byte[] full = s.requests().get(0).encoded();
        RaAcaCertRequestSpdu.Decoded d = s.requests().get(0).decode();
        int tbsStart = indexOf(full, d.tbsRequest());
        int plv1 = tbsStart + 3 + 1 + 1 + 4 + 1 + 1 + 1;
        int tbsCert = indexOf(full, d.request().tbsCert());
        for (int n = 0; n < full.length; n++) {
            RaAcaCertRequestSpdu cut = RaAcaCertRequestSpdu.of(Arrays.copyOf(full, n));
            assertThatThrownBy(cut::decode).as("length %d", n).isInstanceOf(DecodeException.class)
                    .hasMessageContaining("RaAcaCertRequestSpdu");
        }
        // a consistent outer length with the content cut short: the field where it ends is named
        assertThat(decodeError(withBodyCut(full, plv1 + 40))).contains("linkageInfo.encPlv1");
        assertThat(decodeError(withBodyCut(full, tbsCert + 10))).contains("tbsCert");
        assertThat(decodeError(withBodyCut(full, full.length - 10))).contains("signature");
    }

    @Test
    void tamperedRequestsAreRefusedAndNeverIssued() throws Exception {
        Setup s = setup(ButterflyVariant.ORIGINAL, CertificateFormat.IMPLICIT);
        byte[] full = s.requests().get(0).encoded();
        Set<PcaRejection> seen = new HashSet<>();
        for (int k = 0; k < full.length; k++) {
            byte[] t = full.clone();
            t[k] ^= 0x01;
            try {
                s.scms().pca().issuePseudonym(RaAcaCertRequestSpdu.of(t), s.now());
                throw new AssertionError("byte " + k + " altered, yet a certificate was issued");
            } catch (PcaRejectedException e) {
                seen.add(e.reason());
                if (e.reason() == PcaRejection.MALFORMED) {
                    assertThat(e.getMessage()).as("byte %d", k).contains("RaAcaCertRequestSpdu");
                }
            }
        }
        assertThat(seen).contains(PcaRejection.MALFORMED, PcaRejection.BAD_SIGNATURE);
        assertThat(s.scms().pca().issuedCount()).isZero();
    }

    @Test
    void thePcaRefusesARequestNotSignedByItsRa() throws Exception {
        Setup s = setup(ButterflyVariant.ORIGINAL, CertificateFormat.IMPLICIT);
        RaAcaCertRequest r = s.requests().get(0).decode().request();
        RaAcaCertRequestSpdu byEca = RaAcaCertRequestSpdu.sign(s.backend(), r, s.scms().ecaCredential());
        assertThatThrownBy(() -> s.scms().pca().issuePseudonym(byEca, s.now())).isInstanceOf(PcaRejectedException.class)
                .satisfies(e -> assertThat(((PcaRejectedException) e).reason()).isEqualTo(PcaRejection.NOT_FROM_RA));
        SigningCredential forged = new SigningCredential(s.scms().raCredential().certificate(),
                s.backend().generateKeyPair(EcCurve.NIST_P256));
        RaAcaCertRequestSpdu wrongKey = RaAcaCertRequestSpdu.sign(s.backend(), r, forged);
        assertThatThrownBy(() -> s.scms().pca().issuePseudonym(wrongKey, s.now())).isInstanceOf(PcaRejectedException.class)
                .satisfies(e -> assertThat(((PcaRejectedException) e).reason()).isEqualTo(PcaRejection.BAD_SIGNATURE));
        RaAcaCertRequestSpdu genuine = RaAcaCertRequestSpdu.sign(s.backend(), r, s.scms().raCredential());
        assertThat(s.scms().pca().issuePseudonym(genuine, s.now()).requestHash()).isEqualTo(genuine.requestHash());
        assertThat(s.scms().pca().issuedCount()).isEqualTo(1);
    }

    @Test
    void thePcaRefusesPreLinkageValuesItCannotDecrypt() throws Exception {
        Setup s = setup(ButterflyVariant.ORIGINAL, CertificateFormat.IMPLICIT);
        RaAcaCertRequest r = s.requests().get(0).decode().request();
        java.util.Random random = new java.util.Random(3);
        org.scmsim.crypto.linkage.PreLinkageValue plv = org.scmsim.crypto.linkage.PreLinkageValue.ofHex("000102030405060708");
        EncryptedPlv foreignLa = EncryptedPlv.encrypt(new org.scmsim.crypto.linkage.LaId(0x1234), new byte[16], plv, random);
        EncryptedPlv wrongKey = EncryptedPlv.encrypt(ScmsHierarchy.LA1_ID, new byte[16], plv, random);
        for (EncryptedPlv bad : List.of(foreignLa, wrongKey)) {
            RaAcaCertRequest altered = RaAcaCertRequest.create(r.generationTime(), r.type(), r.variant(), bad, r.plv2(),
                    r.certEncKey().orElseThrow(), r.tbsCert(), r.iCert(), r.signingKey());
            RaAcaCertRequestSpdu spdu = RaAcaCertRequestSpdu.sign(s.backend(), altered, s.scms().raCredential());
            PcaRejection expected = bad == foreignLa ? PcaRejection.UNKNOWN_LA : PcaRejection.PLV_NOT_DECRYPTABLE;
            assertThatThrownBy(() -> s.scms().pca().issuePseudonym(spdu, s.now())).isInstanceOf(PcaRejectedException.class)
                    .satisfies(e -> assertThat(((PcaRejectedException) e).reason()).isEqualTo(expected));
        }
        assertThat(s.scms().pca().issuedCount()).isZero();
    }

    @Test
    void thePcaRefusesATemplateOutsideItsPolicy() throws Exception {
        Setup s = setup(ButterflyVariant.ORIGINAL, CertificateFormat.IMPLICIT);
        RaAcaCertRequest r = s.requests().get(0).decode().request();
        s.scms().pca().issuePseudonym(s.requests().get(1), s.now()); // the PCA now knows this week's template
        // the request's tbsCert claims period WEEK + 1 in its LinkageData but keeps WEEK's validity
        byte[] tbs = r.tbsCert();
        byte[] linkage = new byte[11]; // iCert (Uint16) and the 9-octet dummy linkage value
        linkage[0] = (byte) (WEEK >> 8);
        linkage[1] = (byte) WEEK;
        int at = indexOf(tbs, linkage);
        tbs[at + 1] = (byte) (WEEK + 1);
        RaAcaCertRequest moved = RaAcaCertRequest.create(r.generationTime(), r.type(), r.variant(), r.plv1(), r.plv2(),
                r.certEncKey().orElseThrow(), tbs, WEEK + 1, r.signingKey());
        RaAcaCertRequestSpdu spdu = RaAcaCertRequestSpdu.sign(s.backend(), moved, s.scms().raCredential());
        assertThatThrownBy(() -> s.scms().pca().issuePseudonym(spdu, s.now())).isInstanceOf(PcaRejectedException.class)
                .satisfies(e -> assertThat(((PcaRejectedException) e).reason()).isEqualTo(PcaRejection.OUTSIDE_POLICY))
                .hasMessageContaining("validityPeriod");
    }

    @Test
    void truncatedOrAlteredResponsesNameTheField() throws Exception {
        Setup s = setup(ButterflyVariant.ORIGINAL, CertificateFormat.IMPLICIT);
        byte[] full = s.scms().pca().issuePseudonym(s.requests().get(0), s.now()).encoded();
        assertThat(decodeResponseError(Arrays.copyOf(full, 10))).contains("requestHash");
        assertThat(decodeResponseError(Arrays.copyOf(full, 17))).contains("acaResponse");
        byte[] badChoice = full.clone();
        badChoice[17] = (byte) 0x85;
        assertThat(decodeResponseError(badChoice)).contains("acaResponse").contains("0x85");
        byte[] notSigned = full.clone();
        notSigned[19] = (byte) 0x82;
        assertThat(decodeResponseError(notSigned)).contains("acaResponse.private.content");
        byte[] version = full.clone();
        version[0] = 3;
        assertThat(decodeResponseError(version)).contains("ScmsPdu.version");
    }

    /** A decoder under test. */
    @FunctionalInterface
    private interface Decoder {
        void decode(byte[] bytes) throws DecodeException;
    }

    /** The message of the DecodeException {@code decoder} throws on {@code bytes}. */
    private static String errorOf(Decoder decoder, byte[] bytes) {
        try {
            decoder.decode(bytes);
            throw new AssertionError("decoded");
        } catch (DecodeException e) {
            return e.getMessage();
        }
    }

    private static String decodeError(byte[] spdu) {
        return errorOf(b -> RaAcaCertRequestSpdu.of(b).decode(), spdu);
    }

    private static String decodeResponseError(byte[] bytes) {
        return errorOf(AcaRaCertResponse::decode, bytes);
    }

    private static String decodeEeError(byte[] bytes) {
        return errorOf(AcaEeCertResponse::decode, bytes);
    }

    /** The SPDU with its SignedCertificateRequest cut to end at {@code end}, outer length adjusted. */
    private static byte[] withBodyCut(byte[] spdu, int end) {
        int headerLength = (spdu[2] & 0x80) == 0 ? 3 : 3 + (spdu[2] & 0x7F);
        byte[] body = Arrays.copyOfRange(spdu, headerLength, end);
        org.scmsim.crypto.coer.CoerOutput out = new org.scmsim.crypto.coer.CoerOutput(end);
        return out.write(3).write(0x83).octets(body).toByteArray();
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        int at = TbsTemplate.indexOf(hay, needle);
        assertThat(at).as("found").isNotNegative();
        return at;
    }
}
