package org.scmsim.crypto.crl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scmsim.crypto.base.HashedId10;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.CertificateIssuer;
import org.scmsim.crypto.cert.CertificateTemplate;
import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.cert.Durations;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.crypto.linkage.LaId;
import org.scmsim.crypto.linkage.LinkageSeed;
import org.scmsim.crypto.vectors.VectorFile;

/** The real Korean CRLs verify with the real CRLG certificate; our signed CRLs round-trip and verify. */
class SecuredCrlTest {

    static Stream<EcBackend> backends() {
        return EcBackends.providers().values().stream().map(p -> p.create(Randomness.deterministic(5, "crl")));
    }

    private static Certificate crlg() throws DecodeException {
        return Certificates.decode(VectorFile.load("kr_bluetech_ca_certs.txt").hex("CRLG_CERT_HEX (172 bytes)"));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void realCrlsVerifyWithTheRealCrlgCertificateAndNotWithAnother(EcBackend backend) throws Exception {
        Certificate crlg = crlg();
        Certificate pca = Certificates.decode(VectorFile.load("kr_bluetech_ca_certs.txt").hex("PCA_CERT_HEX (200 bytes)"));
        for (String[] f : new String[][] {{"kr_bluetech_linkage_crl.txt", "lv_crl_down"}, {"kr_bluetech_hash_crl.txt", "hash_crl_down"}}) {
            byte[] download = VectorFile.load(f[0]).hex(f[1]);
            SecuredCrl crl = SecuredCrl.decode(download);
            assertThat(crl.wasWrapped()).isTrue();
            assertThat(crl.verify(backend, crlg, crlg.verificationKey().orElseThrow())).isEqualTo(CrlVerification.VALID);
            assertThat(crl.verify(backend, pca, pca.verificationKey().orElseThrow())).isEqualTo(CrlVerification.WRONG_CRACA);
            byte[] bare = Arrays.copyOfRange(download, 3, download.length - 4);
            assertThat(SecuredCrl.decode(bare).contents()).isEqualTo(crl.contents());
            byte[] altered = bare.clone();
            altered[40] ^= 1;
            SecuredCrl tampered = SecuredCrl.decode(altered);
            assertThat(tampered.verify(backend, crlg, crlg.verificationKey().orElseThrow())).isEqualTo(CrlVerification.BAD_SIGNATURE);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void generatedCrlsSignDecodeAndVerify(EcBackend backend) throws Exception {
        CertificateIssuer issuer = new CertificateIssuer(backend);
        Time32 start = new Time32(600_000_000L);
        EcKeyPair key = backend.generateKeyPair(EcCurve.NIST_P256);
        Certificate cert = issuer.selfSigned(CertificateTemplate.create().name("crlg.test").validity(start, Durations.years(20))
                .issuePermission(1, 0, 0x80, 0x23), key);
        CrlGenerator gen = new CrlGenerator(backend, new SigningCredential(cert, key));
        LinkageSeed s = LinkageSeed.ofHex("000102030405060708090a0b0c0d0e0f");
        CrlContents linked = gen.linkageCrl(1, start, start.plusSeconds(86_400), 500, 0, List.of(
                new LinkedRevocation(20, new LaId(1), new LaId(2), 600, s, s),
                new LinkedRevocation(20, new LaId(1), new LaId(2), 600, LinkageSeed.ofHex("ff0102030405060708090a0b0c0d0e0f"), s),
                new LinkedRevocation(10, new LaId(1), new LaId(2), 700, s, s)));
        assertThat(linked.entryCount()).isEqualTo(3);
        ToBeSignedLinkageValueCrl l = (ToBeSignedLinkageValueCrl) linked.typeSpecific();
        assertThat(l.individual()).hasSize(2);
        assertThat(l.individual().get(0).contents().get(0).contents().get(0).contents()).hasSize(2);
        CrlContents hashed = gen.hashCrl(3, start, start.plusSeconds(86_400), 7,
                List.of(new HashBasedRevocationInfo(HashedId10.fromHex("00112233445566778899"), start.plusSeconds(1000))));
        for (CrlContents c : List.of(linked, hashed)) {
            byte[] signed = gen.sign(c);
            SecuredCrl back = SecuredCrl.decode(signed);
            assertThat(back.contents()).isEqualTo(c);
            assertThat(back.wasWrapped()).isFalse();
            assertThat(back.verify(backend, cert, key.publicKey())).isEqualTo(CrlVerification.VALID);
        }
        assertThatThrownBy(() -> SecuredCrl.decode(new byte[] {3, (byte) 0x81, 0})).isInstanceOf(DecodeException.class);
    }
}
