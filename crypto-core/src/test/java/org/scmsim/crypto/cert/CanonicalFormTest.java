package org.scmsim.crypto.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.oer.its.ieee1609dot2.CertificateBase;
import org.bouncycastle.oer.its.ieee1609dot2.ToBeSignedCertificate;
import org.bouncycastle.oer.its.ieee1609dot2.VerificationKeyIndicator;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.EccP256CurvePoint;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.EcdsaP256Signature;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.PublicVerificationKey;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Signature;
import org.junit.jupiter.api.Test;
import org.scmsim.crypto.Vectors;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.ec.BcEcBackend;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.crypto.trust.ChainValidator;
import org.scmsim.crypto.trust.TrustStore;
import org.scmsim.crypto.trust.Verdict;

/**
 * IEEE 1609.2 hashes certificates in canonical form (compressed points, x-only rSig): the same
 * real certificate re-encoded with an uncompressed key and a compressed rSig keeps its HashedId8
 * and its signature, and issues the same children.
 */
class CanonicalFormTest {

    private static final Vectors CA = Vectors.load("kr_bluetech_ca_certs.txt");
    private final EcBackend backend = new BcEcBackend(Randomness.deterministic(1, "canon"));

    @Test
    void nonCanonicalReencodingKeepsIdentityAndSignature() throws DecodeException {
        Certificate rca = Certificates.decode(CA.hex("RCA_CERT_HEX"));
        Certificate ica = Certificates.decode(CA.hex("ICA_CERT_HEX"));
        ECPoint key = ica.verificationKey().orElseThrow();
        ToBeSignedCertificate tbs = new ToBeSignedCertificate.Builder(ica.toBeSigned())
                .setVerifyKeyIndicator(VerificationKeyIndicator.verificationKey(PublicVerificationKey.ecdsaNistP256(
                        EccP256CurvePoint.uncompressedP256(key.getAffineXCoord().toBigInteger(), key.getAffineYCoord().toBigInteger()))))
                .createToBeSignedCertificate();
        EcdsaP256Signature sig = EcdsaP256Signature.getInstance(ica.signatureAsn1().orElseThrow().getSignature());
        byte[] x = ((DEROctetString) DEROctetString.getInstance(sig.getRSig().getEccp256CurvePoint())).getOctets();
        Signature compressedR = Signature.ecdsaNistP256Signature(new EcdsaP256Signature(EccP256CurvePoint.compressedY1(x), sig.getSSig()));
        CertificateBase variant = new CertificateBase(ica.asn1().getVersion(), ica.asn1().getType(), ica.asn1().getIssuer(), tbs, compressedR);
        Certificate v = Certificates.of(variant);

        assertThat(v.encoded()).hasSize(ica.length() + 32).isNotEqualTo(ica.encoded());
        Certificate decoded = Certificates.decode(v.encoded());
        assertThat(decoded.hashedId8()).isEqualTo(ica.hashedId8());
        assertThat(decoded.tbsEncoded()).isEqualTo(ica.tbsEncoded());
        assertThat(decoded.verificationKey()).contains(key);
        assertThat(Certificates.verifySignature(backend, decoded, rca, rca.verificationKey().orElseThrow())).isTrue();
        Certificate pca = Certificates.decode(CA.hex("PCA_CERT_HEX"));
        assertThat(new ChainValidator(backend, TrustStore.of(rca)).validate(pca, List.of(decoded),
                org.scmsim.crypto.base.Time32.of(java.time.Instant.parse("2023-03-01T00:00:00Z"))).verdict()).isEqualTo(Verdict.VALID);
        assertThat(EcCurve.NIST_P256.decodePoint(key.getEncoded(false))).isEqualTo(key);
    }
}
