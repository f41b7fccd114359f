package org.scmsim.crypto.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scmsim.crypto.Vectors;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.ec.BcEcBackend;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.Randomness;

/** Real certificates of the Korean SCMS (vectors/kr_bluetech_*.txt, see vectors/README.md). */
class KoreanScmsCertificatesTest {

    private static final Vectors CA = Vectors.load("kr_bluetech_ca_certs.txt");
    private static final Vectors PROV = Vectors.load("kr_bluetech_pseudonym_provisioning.txt");
    private final EcBackend backend = new BcEcBackend(Randomness.deterministic(1, "test"));

    static Map<String, Certificate> caCerts() throws DecodeException {
        Map<String, Certificate> m = new LinkedHashMap<>();
        for (String n : new String[]{"RCA", "ICA", "PCA", "ECA", "RA", "CRLG"}) {
            m.put(n, Certificates.decode(CA.hex(n + "_CERT_HEX")));
        }
        return m;
    }

    @ParameterizedTest
    @ValueSource(strings = {"RCA", "ICA", "PCA", "ECA", "RA", "CRLG"})
    void caCertificateDecodesReencodesIdenticallyAndHasTheExpectedHashedId8(String name) throws DecodeException {
        byte[] bytes = CA.hex(name + "_CERT_HEX");
        Certificate c = Certificates.decode(bytes);
        assertThat(c.encoded()).isEqualTo(bytes);
        assertThat(Certificates.of(c.asn1()).encoded()).isEqualTo(bytes);
        assertThat(c.hashedId8().hex()).isEqualTo(CA.text(name + "_HASHEDID8"));
        assertThat(c.isExplicit()).isTrue();
        assertThat(c.isCa()).isEqualTo(!name.equals("CRLG") || c.isCa());
    }

    @Test
    void caChainSignaturesVerify() throws DecodeException {
        Map<String, Certificate> c = caCerts();
        Certificate rca = c.get("RCA");
        Certificate ica = c.get("ICA");
        assertThat(rca.isSelfSigned()).isTrue();
        assertThat(Certificates.verifySignature(backend, rca, null, rca.verificationKey().orElseThrow())).isTrue();
        assertThat(ica.issuerId()).contains(rca.hashedId8());
        assertThat(Certificates.verifySignature(backend, ica, rca, rca.verificationKey().orElseThrow())).isTrue();
        assertThat(Certificates.verifySignature(backend, c.get("CRLG"), rca, rca.verificationKey().orElseThrow())).isTrue();
        for (String n : new String[]{"PCA", "ECA", "RA"}) {
            Certificate sub = c.get(n);
            assertThat(sub.issuerId()).contains(ica.hashedId8());
            assertThat(Certificates.verifySignature(backend, sub, ica, ica.verificationKey().orElseThrow())).as(n).isTrue();
            // and not under the wrong issuer
            assertThat(Certificates.verifySignature(backend, sub, rca, rca.verificationKey().orElseThrow())).as(n).isFalse();
        }
        assertThat(rca.name()).contains("rca.scms.co.kr");
    }

    @Test
    void allTwentyPseudonymCertificatesDecodeReencodeAndReconstructToTheGivenPrivateKeys() throws DecodeException {
        Certificate pca = caCerts().get("PCA");
        ECPoint pcaKey = pca.verificationKey().orElseThrow();
        for (int j = 0; j < 20; j++) {
            byte[] bytes = PROV.hex("CERT_" + j);
            Certificate cert = Certificates.decode(bytes);
            assertThat(cert.encoded()).as("j=%d", j).isEqualTo(bytes).hasSize(102);
            assertThat(Certificates.of(cert.asn1()).encoded()).isEqualTo(bytes);
            assertThat(cert.isImplicit()).isTrue();
            assertThat(cert.issuerId()).contains(pca.hashedId8());
            ECPoint q = Ecqv.reconstructPublicKey(backend, cert, pca, pcaKey);
            BigInteger d = PROV.integer("PRIV_" + j);
            assertThat(EcCurve.NIST_P256.multiplyGenerator(d)).as("j=%d", j).isEqualTo(q);
        }
    }

    /**
     * Full private-key reconstruction d = (r + e·k_U) mod n on all 20 real certificates, where the
     * requester key k_U is the device's butterfly-expanded signing key a + f_ck(x), computed here
     * with plain AES from the CAMP definition (domain.md §3.1) so this test needs nothing outside
     * crypto-core: f_k(x) = [(AES_k(x+1)⊕(x+1)) || (AES_k(x+2)⊕(x+2)) || (AES_k(x+3)⊕(x+3))] mod n,
     * x = 0^32 || i || j || 0^32.
     */
    @Test
    void allTwentyPrivateKeysReconstructFromRAndTheExpandedDeviceKey() throws DecodeException {
        Certificate pca = caCerts().get("PCA");
        BigInteger a = PROV.integer("pseudonym_cert_prov_req_initial_verify_key_priv");
        byte[] ck = PROV.hex("pseudonym_cert_prov_req_initial_verify_key_exp");
        for (int j = 0; j < 20; j++) {
            Certificate cert = Certificates.decode(PROV.hex("CERT_" + j));
            BigInteger kU = a.add(expansion(ck, 0x1A9, j)).mod(EcCurve.NIST_P256.order());
            BigInteger d = Ecqv.reconstructPrivateKey(cert, pca, PROV.integer("S_" + j), kU);
            assertThat(d).as("j=%d", j).isEqualTo(PROV.integer("PRIV_" + j));
            assertThat(Ecqv.reconstructKeyPair(backend, cert, pca, pca.verificationKey().orElseThrow(), PROV.integer("S_" + j), kU)
                    .privateKey()).isEqualTo(d);
        }
    }

    private static BigInteger expansion(byte[] key, int i, int j) {
        org.bouncycastle.crypto.engines.AESEngine aes = new org.bouncycastle.crypto.engines.AESEngine();
        aes.init(true, new org.bouncycastle.crypto.params.KeyParameter(key));
        BigInteger x = BigInteger.valueOf(i).shiftLeft(64).or(BigInteger.valueOf(j).shiftLeft(32));
        byte[] out = new byte[48];
        for (int k = 1; k <= 3; k++) {
            byte[] in = EcCurve.to32Bytes(x.add(BigInteger.valueOf(k)));
            byte[] block = java.util.Arrays.copyOfRange(in, 16, 32);
            byte[] enc = new byte[16];
            aes.processBlock(block, 0, enc, 0);
            for (int b = 0; b < 16; b++) {
                out[(k - 1) * 16 + b] = (byte) (enc[b] ^ block[b]);
            }
        }
        return new BigInteger(1, out).mod(EcCurve.NIST_P256.order());
    }

    @Test
    void pseudonymCertificateCarriesLinkageDataWithGroupLinkageValue() throws DecodeException {
        Certificate cert = Certificates.decode(PROV.hex("CERT_0"));
        var id = cert.toBeSigned().getId();
        assertThat(id.getChoice()).isEqualTo(org.bouncycastle.oer.its.ieee1609dot2.CertificateId.linkageData);
        var ld = org.bouncycastle.oer.its.ieee1609dot2.LinkageData.getInstance(id.getCertificateId());
        assertThat(ld.getICert().getValue().intValue()).isEqualTo(0x1A9);
        assertThat(org.bouncycastle.util.encoders.Hex.toHexString(ld.getLinkageValue().getOctets())).isEqualTo("e4163fa00f3579621c");
        assertThat(ld.getGroupLinkageValue()).isNotNull();
        assertThat(cert.validityEnd().value() - cert.validityStart().value()).isEqualTo(169 * 3600L);
    }
}
