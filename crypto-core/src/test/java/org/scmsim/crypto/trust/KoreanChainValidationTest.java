package org.scmsim.crypto.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.scmsim.crypto.Vectors;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.data.Spdu;
import org.scmsim.crypto.ec.BcEcBackend;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.Randomness;

/** Chain validation on the real Korean SCMS hierarchy (vectors/kr_bluetech_*.txt). */
class KoreanChainValidationTest {

    private static final Vectors CA = Vectors.load("kr_bluetech_ca_certs.txt");
    private static final Vectors PROV = Vectors.load("kr_bluetech_pseudonym_provisioning.txt");
    private static final Time32 MARCH_1_2023 = Time32.of(Instant.parse("2023-03-01T12:00:00Z"));

    private final Certificate rca = cert(CA.hex("RCA_CERT_HEX"));
    private final Certificate ica = cert(CA.hex("ICA_CERT_HEX"));
    private final Certificate pca = cert(CA.hex("PCA_CERT_HEX"));
    private final ChainValidator validator = new ChainValidator(new BcEcBackend(Randomness.deterministic(1, "t")), TrustStore.of(rca));

    private static Certificate cert(byte[] b) {
        try {
            return Certificates.decode(b);
        } catch (DecodeException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void pseudonymCertificateIsValidInItsWeekAndItsKeyIsReconstructed() {
        for (int j = 0; j < 20; j++) {
            Certificate c = cert(PROV.hex("CERT_" + j));
            ChainValidation v = validator.validate(c, List.of(pca, ica), MARCH_1_2023);
            assertThat(v.verdict()).as(v.reason()).isEqualTo(Verdict.VALID);
            assertThat(v.path()).containsExactly(c, pca, ica, rca);
            assertThat(v.publicKey()).contains(EcCurve.NIST_P256.multiplyGenerator(PROV.integer("PRIV_" + j)));
        }
    }

    @Test
    void everyCaCertificateIsValid() {
        for (String n : new String[]{"ICA", "PCA", "ECA", "RA", "CRLG"}) {
            ChainValidation v = validator.validate(cert(CA.hex(n + "_CERT_HEX")), List.of(ica), MARCH_1_2023);
            assertThat(v.verdict()).as(n + ": " + v.reason()).isEqualTo(Verdict.VALID);
        }
        assertThat(validator.validate(rca, List.of(), MARCH_1_2023).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void outsideTheWeekTheVerdictSaysWhy() {
        Certificate c = cert(PROV.hex("CERT_0"));
        assertThat(validator.validate(c, List.of(pca, ica), Time32.of(Instant.parse("2023-03-08T12:00:00Z"))).verdict())
                .isEqualTo(Verdict.EXPIRED);
        assertThat(validator.validate(c, List.of(pca, ica), Time32.of(Instant.parse("2023-02-27T12:00:00Z"))).verdict())
                .isEqualTo(Verdict.NOT_YET_VALID);
    }

    @Test
    void missingIntermediateOrUntrustedRoot() {
        Certificate c = cert(PROV.hex("CERT_0"));
        assertThat(validator.validate(c, List.of(pca), MARCH_1_2023).verdict()).isEqualTo(Verdict.UNKNOWN_ISSUER);
        Certificate eca = cert(CA.hex("ECA_CERT_HEX"));
        ChainValidator noRoots = new ChainValidator(validator.backend(), TrustStore.of(List.of()));
        assertThat(noRoots.validate(c, List.of(pca, ica, rca), MARCH_1_2023).verdict()).isEqualTo(Verdict.UNTRUSTED_ROOT);
        assertThat(noRoots.validate(eca, List.of(ica), MARCH_1_2023).verdict()).isEqualTo(Verdict.UNKNOWN_ISSUER);
    }

    @Test
    void aFlippedBitInTheIntermediateSignatureIsABadSignature() throws DecodeException {
        byte[] bad = CA.hex("PCA_CERT_HEX");
        bad[bad.length - 1] ^= 0x01;
        Certificate badPca = Certificates.decode(bad);
        ChainValidator fresh = new ChainValidator(validator.backend(), TrustStore.of(rca));
        ChainValidation v = fresh.validate(badPca, List.of(ica), MARCH_1_2023);
        assertThat(v.verdict()).isEqualTo(Verdict.BAD_SIGNATURE);
        assertThat(v.reason()).contains(badPca.hashedId8().hex());
    }

    @Test
    void realSpdusValidateAgainstTheTrustStore() throws DecodeException {
        MessageValidator messages = new MessageValidator(validator);
        Vectors spdus = Vectors.load("kr_bluetech_signed_spdu_implicit.txt");
        Certificate signer = cert(PROV.hex("CERT_11"));
        for (String name : new String[]{"PSEUDONYM_SPDU", "PSEUDONYM_DIGEST_SPDU"}) {
            MessageValidation v = messages.validate(Spdu.decode(spdus.hex(name)), List.of(pca, ica, signer), Optional.of(MARCH_1_2023));
            assertThat(v.verdict()).as(name + ": " + v.reason()).isEqualTo(Verdict.VALID);
            assertThat(v.signer()).contains(signer);
        }
        MessageValidation unknown = messages.validate(Spdu.decode(spdus.hex("PSEUDONYM_DIGEST_SPDU")), List.of(pca, ica),
                Optional.of(MARCH_1_2023));
        assertThat(unknown.verdict()).isEqualTo(Verdict.UNKNOWN_SIGNER);
        byte[] flipped = spdus.hex("PSEUDONYM_SPDU");
        flipped[10] ^= 0x04; // inside the signed payload
        MessageValidation bad = messages.validate(Spdu.decode(flipped), List.of(pca, ica), Optional.of(MARCH_1_2023));
        assertThat(bad.verdict()).isEqualTo(Verdict.BAD_SIGNATURE);
    }
}
