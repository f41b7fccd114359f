package org.scmsim.crypto.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;

import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scmsim.crypto.Vectors;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.cert.Ecqv;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.ec.BcEcBackend;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.Randomness;

/** Real signed SPDUs: a VW Golf 8 CAM (vanetza) and Korean SCMS messages and CRLs (see vectors/README.md). */
class RealSignedMessagesTest {

    private static final Vectors CAM = Vectors.load("vanetza_signed_cam_v3.txt");
    private static final Vectors KR = Vectors.load("kr_bluetech_signed_spdu_implicit.txt");
    private static final Vectors CA = Vectors.load("kr_bluetech_ca_certs.txt");
    private final EcBackend backend = new BcEcBackend(Randomness.deterministic(1, "test"));
    private final MessageSigner signer = new MessageSigner(backend);

    @Test
    void vanetzaCamDecodesReencodesAndVerifiesWithItsEnclosedCertificate() throws DecodeException {
        byte[] bytes = CAM.hex("FULL_MESSAGE_HEX");
        Spdu spdu = Spdu.decode(bytes);
        assertThat(spdu.encoded()).isEqualTo(bytes);
        assertThat(spdu.contentType()).isEqualTo(ContentType.SIGNED_DATA);
        SignedMessage m = spdu.signed().orElseThrow();
        assertThat(m.psid()).isEqualTo(36);
        assertThat(m.signerType()).isEqualTo(SignerType.CERTIFICATE);
        Certificate cert = m.signerCertificates().get(0);
        assertThat(cert.encoded()).isEqualTo(Arrays.copyOfRange(bytes, 107, 255));
        assertThat(cert.sha256()).isEqualTo(CAM.hex("EXPECTED_CERT_SHA256"));
        assertThat(cert.hashedId8().hex()).isEqualTo(CAM.text("EXPECTED_CERT_HASHEDID8"));
        assertThat(cert.issuerId()).contains(HashedId8.fromHex("56dfd6d627a362dc"));
        assertThat(m.tbsEncoded()).isEqualTo(CAM.hex("TBSDATA_HEX"));
        assertThat(m.payloadBytes().orElseThrow()).hasSize(86);
        assertThat(signer.verify(m, cert, cert.verificationKey().orElseThrow())).isTrue();
        // generated inside the certificate's validity, around the time vanetza's test verifies it (2019-11-21)
        Instant gen = m.generationTime().orElseThrow().toInstant();
        assertThat(gen).isBetween(Instant.parse("2019-11-01T00:00:00Z"), Instant.parse("2019-12-01T00:00:00Z"));
        assertThat(cert.isValidAt(m.generationTime().orElseThrow().toTime32())).isTrue();
    }

    @Test
    void vanetzaDigestSignedCamDecodes() throws DecodeException {
        byte[] bytes = CAM.hex("DESERIALIZE_ONLY_MESSAGE_HEX");
        SignedMessage m = Spdu.decode(bytes).signed().orElseThrow();
        assertThat(m.signerType()).isEqualTo(SignerType.DIGEST);
        assertThat(Spdu.decode(bytes).encoded()).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PSEUDONYM_SPDU", "PSEUDONYM_DIGEST_SPDU", "APP_CERT_SPDU"})
    void koreanSpdusSignedWithImplicitCertificatesVerify(String name) throws DecodeException {
        Certificate pca = Certificates.decode(CA.hex("PCA_CERT_HEX"));
        Certificate signerCert = name.startsWith("APP") ? Certificates.decode(Vectors.load("kr_bluetech_hash_crl.txt")
                .hex("app_cert_down_cert")) : pseudonymCert();
        byte[] bytes = KR.hex(name);
        Spdu spdu = Spdu.decode(bytes);
        assertThat(spdu.encoded()).isEqualTo(bytes);
        SignedMessage m = spdu.signed().orElseThrow();
        assertThat(m.signerId()).contains(signerCert.hashedId8());
        ECPoint key = Ecqv.reconstructPublicKey(backend, signerCert, pca, pca.verificationKey().orElseThrow());
        assertThat(signer.verify(m, signerCert, key)).isTrue();
    }

    private static Certificate pseudonymCert() throws DecodeException {
        byte[] spdu = KR.hex("PSEUDONYM_SPDU");
        return Spdu.decode(spdu).signed().orElseThrow().signerCertificates().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kr_bluetech_hash_crl.txt:hash_crl_down", "kr_bluetech_linkage_crl.txt:lv_crl_down"})
    void realCrlsInsideTheDownloadWrapperDecodeAndVerifyUnderTheCrlGenerator(String ref) throws DecodeException {
        String[] fileKey = ref.split(":");
        byte[] download = Vectors.load(fileKey[0]).hex(fileKey[1]);
        byte[] inner = Arrays.copyOfRange(download, 3, download.length - 4);
        Spdu crl = Spdu.decode(inner);
        SignedMessage m = crl.signed().orElseThrow();
        Certificate crlg = Certificates.decode(CA.hex("CRLG_CERT_HEX"));
        assertThat(m.signerType()).isEqualTo(SignerType.DIGEST);
        assertThat(m.signerId()).contains(crlg.hashedId8());
        assertThat(m.psid()).isEqualTo(0x23); // the Korean SCMS signs CRLs with PSID 0x23 (see the vector header)
        assertThat(signer.verify(m, crlg, crlg.verificationKey().orElseThrow())).isTrue();
    }

    @Test
    void realEncryptedProvisioningRequestAndPcaResponsesDecode() throws DecodeException {
        Vectors prov = Vectors.load("kr_bluetech_pseudonym_provisioning.txt");
        Spdu req = Spdu.decode(prov.hex("SECURED_PSEUDONYM_CERT_PROVISIONING_REQUEST"));
        EncryptedMessage e = req.encrypted().orElseThrow();
        assertThat(e.recipients()).hasSize(1);
        assertThat(e.recipients().get(0).kind()).isEqualTo(RecipientKind.CERTIFICATE);
        assertThat(e.recipients().get(0).recipientId().hex()).isEqualTo(CA.text("RA_HASHEDID8"));
        assertThat(e.nonce()).hasSize(12);
        assertThat(HashedId8.of(req.encoded()).hex()).isEqualTo(prov.text("REQUEST_HASH"));

        Spdu resp = Spdu.decode(prov.hex("RESP_0"));
        SignedMessage signed = resp.signed().orElseThrow();
        Certificate pca = Certificates.decode(CA.hex("PCA_CERT_HEX"));
        assertThat(signed.signerId()).contains(pca.hashedId8());
        assertThat(signer.verify(signed, pca, pca.verificationKey().orElseThrow())).isTrue();
        // the payload is a 1609.2.1 response in unsecuredData whose encrypted certificate starts at byte 12
        byte[] payload = signed.payloadBytes().orElseThrow();
        EncryptedMessage inner = Spdu.decode(Arrays.copyOfRange(payload, 12, payload.length)).encrypted().orElseThrow();
        assertThat(inner.recipients().get(0).kind()).isEqualTo(RecipientKind.RESPONSE_ENCRYPTION_KEY);
        assertThat(inner.recipients().get(0).recipientId().hex()).isEqualTo(CA.text("RA_HASHEDID8"));
    }
}
