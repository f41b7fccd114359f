package org.scmsim.crypto.coer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import org.scmsim.crypto.Vectors;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.cert.Ecqv;
import org.scmsim.crypto.data.MessageSigner;
import org.scmsim.crypto.data.SignedMessage;
import org.scmsim.crypto.data.Spdu;
import org.scmsim.crypto.ec.BcEcBackend;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.crypto.trust.ChainValidator;
import org.scmsim.crypto.trust.MessageValidator;
import org.scmsim.crypto.trust.TrustStore;
import org.scmsim.crypto.trust.Verdict;

/**
 * The malformed-input corpus: every truncation and every single-bit flip of every real vector.
 * Decoding either succeeds or throws our checked {@link DecodeException}, never anything else; a
 * truncation never decodes; and a flipped bit that still decodes never passes as the original:
 * signed structures then fail verification (or chain building), implicit certificates yield
 * another public key. The one kind of flip that may still verify changes only the encoding of the
 * same values: the rSig choice between x-only and compressed (r is the x-coordinate either way);
 * such a structure is the same certificate (same canonical HashedId8) or carries the same tbsData,
 * signer and (r, s) as the original, which the tests check.
 */
class MalformedInputTest {

    private static final Vectors CA = Vectors.load("kr_bluetech_ca_certs.txt");
    private static final Vectors PROV = Vectors.load("kr_bluetech_pseudonym_provisioning.txt");
    private static final Vectors SPDU = Vectors.load("kr_bluetech_signed_spdu_implicit.txt");
    private static final Vectors CAM = Vectors.load("vanetza_signed_cam_v3.txt");
    private static final Vectors ISS = Vectors.load("kr_dot2_butterfly_ecqv_realcerts.txt");
    private static final Time32 MARCH_1_2023 = Time32.of(Instant.parse("2023-03-01T12:00:00Z"));

    private final EcBackend backend = new BcEcBackend(Randomness.deterministic(5, "malformed"));

    private static Map<String, byte[]> certificates() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (String n : new String[]{"RCA", "ICA", "PCA", "ECA", "RA", "CRLG"}) {
            m.put(n, CA.hex(n + "_CERT_HEX"));
        }
        for (int j = 0; j < 20; j++) {
            m.put("pseudonym " + j, PROV.hex("CERT_" + j));
        }
        byte[] cam = CAM.hex("FULL_MESSAGE_HEX");
        m.put("vanetza AT", Arrays.copyOfRange(cam, 107, 255));
        m.put("ISS PCA", ISS.hex("tv_issuer_3"));
        m.put("ISS RSU", ISS.hex("tv_key_recon_cert_0"));
        return m;
    }

    private static Map<String, byte[]> messages() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("vanetza CAM", CAM.hex("FULL_MESSAGE_HEX"));
        m.put("vanetza digest CAM", CAM.hex("DESERIALIZE_ONLY_MESSAGE_HEX"));
        for (String n : new String[]{"PSEUDONYM_SPDU", "PSEUDONYM_DIGEST_SPDU", "APP_CERT_SPDU"}) {
            m.put(n, SPDU.hex(n));
        }
        m.put("provisioning request", PROV.hex("SECURED_PSEUDONYM_CERT_PROVISIONING_REQUEST"));
        m.put("PCA response 0", PROV.hex("RESP_0"));
        return m;
    }

    /** Decodes, turning anything but success or DecodeException into a test failure. */
    private static Optional<Certificate> decodeCertificate(String what, byte[] b) {
        try {
            return Optional.of(Certificates.decode(b));
        } catch (DecodeException e) {
            assertThat(e.getMessage()).startsWith(e.what());
            assertThat(e.getMessage()).as("%s: a reader's message, no exception class", what)
                    .doesNotContainPattern("[A-Z][A-Za-z]*(Exception|Error)\\b");
            return Optional.empty();
        } catch (Throwable t) {
            return fail(what + ": decode threw " + t, t);
        }
    }

    private static Optional<Spdu> decodeSpdu(String what, byte[] b) {
        try {
            return Optional.of(Spdu.decode(b));
        } catch (DecodeException e) {
            assertThat(e.getMessage()).as("%s: a reader's message, no exception class", what)
                    .doesNotContainPattern("[A-Z][A-Za-z]*(Exception|Error)\\b");
            return Optional.empty();
        } catch (Throwable t) {
            return fail(what + ": decode threw " + t, t);
        }
    }

    @Test
    void everyTruncationIsRejectedWithADecodeException() {
        for (Map.Entry<String, byte[]> e : certificates().entrySet()) {
            for (int n = 0; n < e.getValue().length; n++) {
                assertThat(decodeCertificate(e.getKey(), Arrays.copyOf(e.getValue(), n))).as("%s cut to %d", e.getKey(), n).isEmpty();
            }
        }
        for (Map.Entry<String, byte[]> e : messages().entrySet()) {
            for (int n = 0; n < e.getValue().length; n++) {
                assertThat(decodeSpdu(e.getKey(), Arrays.copyOf(e.getValue(), n))).as("%s cut to %d", e.getKey(), n).isEmpty();
            }
        }
    }

    @Test
    void trailingBytesAndEmptyInputAreRejected() {
        byte[] rca = CA.hex("RCA_CERT_HEX");
        byte[] longer = Arrays.copyOf(rca, rca.length + 1);
        assertThatThrownBy(() -> Certificates.decode(longer)).isInstanceOf(DecodeException.class)
                .hasMessageContaining("trailing").extracting(e -> ((DecodeException) e).offset()).isEqualTo((long) rca.length);
        assertThatThrownBy(() -> Certificates.decode(new byte[0])).isInstanceOf(DecodeException.class);
        assertThatThrownBy(() -> Spdu.decode(new byte[]{3, (byte) 0x80, (byte) 0x84, (byte) 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff}))
                .isInstanceOf(DecodeException.class);
    }

    @Test
    void errorsNameWhatAndWhere() {
        byte[] rca = CA.hex("RCA_CERT_HEX");
        byte[] badChoice = rca.clone();
        badChoice[3] = (byte) 0x85; // IssuerIdentifier has no 6th alternative
        assertThatThrownBy(() -> Certificates.decode(badChoice)).isInstanceOf(DecodeException.class)
                .hasMessageStartingWith("Certificate at byte offset 4:").hasMessageContaining("CHOICE tag 5");
        assertThatThrownBy(() -> Certificates.decode(Arrays.copyOf(rca, 100))).isInstanceOf(DecodeException.class)
                .hasMessage("Certificate at byte offset 100: truncated: input ends after 100 bytes");
        byte[] version2 = rca.clone();
        version2[1] = 2;
        assertThatThrownBy(() -> Certificates.decode(version2)).isInstanceOf(DecodeException.class)
                .hasMessage("Certificate at byte offset 1: version 2, expected 3");
    }

    @Test
    void flippedBitsInExplicitCertificatesNeverValidate() throws DecodeException {
        Certificate rca = Certificates.decode(CA.hex("RCA_CERT_HEX"));
        Certificate ica = Certificates.decode(CA.hex("ICA_CERT_HEX"));
        ChainValidator validator = new ChainValidator(backend, TrustStore.of(rca));
        for (String n : new String[]{"ICA", "PCA", "CRLG"}) {
            byte[] original = CA.hex(n + "_CERT_HEX");
            Certificate orig = Certificates.decode(original);
            for (int bit = 0; bit < original.length * 8; bit++) {
                byte[] b = original.clone();
                b[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
                Optional<Certificate> c = decodeCertificate(n, b);
                if (c.isPresent()) {
                    assertThat(c.get().encoded()).isEqualTo(b);
                    Verdict v = validator.validate(c.get(), List.of(ica), MARCH_1_2023).verdict();
                    if (v == Verdict.VALID) { // only a re-encoding of the same certificate may pass
                        assertThat(c.get().hashedId8()).as("%s with bit %d flipped", n, bit).isEqualTo(orig.hashedId8());
                        assertThat(c.get().signature()).isEqualTo(orig.signature());
                    }
                }
            }
        }
    }

    @Test
    void flippedBitsInImplicitCertificatesNeverReconstructTheOriginalKey() throws DecodeException {
        Certificate pca = Certificates.decode(CA.hex("PCA_CERT_HEX"));
        ECPoint pcaKey = pca.verificationKey().orElseThrow();
        byte[] original = PROV.hex("CERT_0");
        ECPoint key = Ecqv.reconstructPublicKey(backend, Certificates.decode(original), pca, pcaKey);
        int decoded = 0;
        for (int bit = 0; bit < original.length * 8; bit++) {
            byte[] b = original.clone();
            b[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
            Optional<Certificate> c = decodeCertificate("pseudonym", b);
            if (c.isPresent() && c.get().issuerId().equals(Optional.of(pca.hashedId8())) && c.get().isImplicit()) {
                decoded++;
                assertThat(Ecqv.reconstructPublicKey(backend, c.get(), pca, pcaKey)).as("bit %d", bit).isNotEqualTo(key);
            }
        }
        assertThat(decoded).isGreaterThan(original.length * 4); // most flips (keys, linkage values, times) still decode
    }

    @Test
    void flippedBitsInSignedMessagesAlwaysFailVerification() throws DecodeException {
        Certificate rca = Certificates.decode(CA.hex("RCA_CERT_HEX"));
        Certificate ica = Certificates.decode(CA.hex("ICA_CERT_HEX"));
        Certificate pca = Certificates.decode(CA.hex("PCA_CERT_HEX"));
        MessageValidator validator = new MessageValidator(new ChainValidator(backend, TrustStore.of(rca)));
        byte[] spdu = SPDU.hex("PSEUDONYM_SPDU");
        SignedMessage original = Spdu.decode(spdu).signed().orElseThrow();
        assertThat(validator.validate(Spdu.decode(spdu), List.of(pca, ica), Optional.of(MARCH_1_2023)).verdict()).isEqualTo(Verdict.VALID);
        for (int bit = 0; bit < spdu.length * 8; bit++) {
            byte[] b = spdu.clone();
            b[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
            Optional<Spdu> s = decodeSpdu("PSEUDONYM_SPDU", b);
            if (s.isPresent()) {
                assertThat(s.get().encoded()).isEqualTo(b);
                Verdict v = validator.validate(s.get(), List.of(pca, ica), Optional.of(MARCH_1_2023)).verdict();
                if (v == Verdict.VALID) {
                    assertSameSignedContent(s.get().signed().orElseThrow(), original, bit);
                }
            }
        }
        // the vanetza CAM (explicit signer, enclosed): every flip that decodes fails the signature under the original key
        byte[] cam = CAM.hex("FULL_MESSAGE_HEX");
        SignedMessage orig = Spdu.decode(cam).signed().orElseThrow();
        Certificate signer = orig.signerCertificates().get(0);
        ECPoint key = signer.verificationKey().orElseThrow();
        MessageSigner signatures = new MessageSigner(backend);
        List<Integer> passed = new ArrayList<>();
        for (int bit = 0; bit < cam.length * 8; bit++) {
            byte[] b = cam.clone();
            b[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
            Optional<Spdu> s = decodeSpdu("CAM", b);
            if (s.isPresent() && s.get().signed().isPresent()) {
                SignedMessage m = s.get().signed().get();
                if (signatures.verify(m, m.signerCertificates().get(0), key)) {
                    assertSameSignedContent(m, orig, bit);
                    passed.add(bit);
                }
            }
        }
        // the message's and the enclosed certificate's rSig choice bytes: x-only <-> compressed
        assertThat(passed).isNotEmpty().hasSizeLessThan(8);
    }

    private static void assertSameSignedContent(SignedMessage m, SignedMessage original, int bit) {
        assertThat(m.tbsEncoded()).as("bit %d: tbsData", bit).isEqualTo(original.tbsEncoded());
        assertThat(m.signature()).as("bit %d: (r, s)", bit).isEqualTo(original.signature());
        assertThat(m.signerId()).as("bit %d: signer", bit).isEqualTo(original.signerId());
    }

    /**
     * Decode-only flips of the vectors the verification tests above do not already flip (and of 4
     * of the 20 pseudonym certificates, which all have the same structure), to keep the run short.
     */
    @Test
    void everyFlipOfEveryVectorDecodesOrFailsCleanly() {
        java.util.Set<String> flippedElsewhere = java.util.Set.of("ICA", "PCA", "CRLG", "pseudonym 0", "PSEUDONYM_SPDU", "vanetza CAM");
        for (Map.Entry<String, byte[]> e : certificates().entrySet()) {
            if (flippedElsewhere.contains(e.getKey()) || (e.getKey().startsWith("pseudonym ")
                    && Integer.parseInt(e.getKey().substring(10)) % 5 != 0)) {
                continue;
            }
            byte[] o = e.getValue();
            for (int bit = 0; bit < o.length * 8; bit++) {
                byte[] b = o.clone();
                b[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
                decodeCertificate(e.getKey(), b).ifPresent(c -> assertThat(c.encoded()).isEqualTo(b));
            }
        }
        for (Map.Entry<String, byte[]> e : messages().entrySet()) {
            if (flippedElsewhere.contains(e.getKey())) {
                continue;
            }
            byte[] o = e.getValue();
            for (int bit = 0; bit < o.length * 8; bit++) {
                byte[] b = o.clone();
                b[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
                decodeSpdu(e.getKey(), b).ifPresent(s -> assertThat(s.encoded()).isEqualTo(b));
            }
        }
    }
}
