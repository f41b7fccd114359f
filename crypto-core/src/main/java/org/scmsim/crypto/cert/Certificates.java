package org.scmsim.crypto.cert;

import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.oer.its.ieee1609dot2.CertificateBase;
import org.bouncycastle.oer.its.ieee1609dot2.VerificationKeyIndicator;
import org.scmsim.crypto.base.Sha256;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.coer.EcOer;
import org.scmsim.crypto.coer.Ieee1609Dot2Schema;
import org.scmsim.crypto.coer.Oer;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcdsaSignature;

/** Decoding, encoding and signature checking of IEEE 1609.2 certificates. */
public final class Certificates {

    private Certificates() {
    }

    /**
     * Decodes a COER {@code Certificate}, checking also what the OER schema alone does not:
     * version 3; an explicit certificate has a verification key and a signature, an implicit one a
     * reconstruction value and no signature; every key is a valid curve point.
     *
     * @throws DecodeException naming what is wrong and at which byte offset
     */
    public static Certificate decode(byte[] bytes) throws DecodeException {
        CertificateBase base = Oer.decode(bytes, Ieee1609Dot2Schema.CERTIFICATE_ELEMENT, "Certificate",
                org.bouncycastle.oer.its.ieee1609dot2.Certificate::getInstance);
        return wrap(bytes.clone(), base);
    }

    /**
     * Encodes a BouncyCastle certificate structure and wraps it; throws
     * {@link IllegalArgumentException} if the structure is not a consistent certificate.
     */
    public static Certificate of(CertificateBase base) {
        byte[] enc = Oer.encode(base, Ieee1609Dot2Schema.CERTIFICATE_ELEMENT);
        try {
            return wrap(enc, base);
        } catch (DecodeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static Certificate wrap(byte[] enc, CertificateBase base) throws DecodeException {
        int version = base.getVersion().getValue().intValue();
        if (version != 3) {
            throw new DecodeException("Certificate", 1, "version " + version + ", expected 3");
        }
        int type = base.getType().getValue().intValue();
        if (type != 0 && type != 1) {
            throw new DecodeException("Certificate", 2, "unknown certificate type " + type);
        }
        int vki = base.getToBeSigned().getVerifyKeyIndicator().getChoice();
        if (type == 0) {
            if (base.getSignature() == null) {
                throw new DecodeException("Certificate", -1, "explicit certificate without a signature");
            }
            if (vki != VerificationKeyIndicator.verificationKey) {
                throw new DecodeException("Certificate", -1, "explicit certificate without a verification key");
            }
        } else {
            if (base.getSignature() != null) {
                throw new DecodeException("Certificate", -1, "implicit certificate with a signature");
            }
            if (vki != VerificationKeyIndicator.reconstructionValue) {
                throw new DecodeException("Certificate", -1, "implicit certificate without a reconstruction value");
            }
        }
        EcCurve[] curve = new EcCurve[1];
        ECPoint key;
        try {
            key = Certificate.keyOf(base.getToBeSigned(), curve);
            if (base.getSignature() != null) {
                EcOer.ecdsa(base.getSignature());
            }
        } catch (RuntimeException e) {
            throw new DecodeException("Certificate", -1, "invalid key or signature: " + e.getMessage(), e);
        }
        byte[] tbs = Oer.encode(base.getToBeSigned(), Ieee1609Dot2Schema.TO_BE_SIGNED_CERTIFICATE_ELEMENT);
        return new Certificate(enc, base, tbs, key, curve[0]);
    }

    /**
     * Checks an explicit certificate's signature: ECDSA over
     * {@code SHA-256(SHA-256(tbs) || SHA-256(issuer))}, with SHA-256("") as the second input for a
     * self-signed certificate ({@code issuer} null). {@code issuerKey} is the issuer's public key
     * (for a self-signed one, the certificate's own key).
     */
    public static boolean verifySignature(EcBackend backend, Certificate cert, Certificate issuer, ECPoint issuerKey) {
        if (!cert.isExplicit()) {
            return false;
        }
        EcdsaSignature sig = cert.signature().orElseThrow();
        EcCurve curve = EcOer.curveOf(cert.signatureAsn1().orElseThrow());
        byte[] h = Sha256.signingHash(cert.tbsEncoded(), issuer == null ? null : issuer.encoded());
        return backend.verify(curve, issuerKey, h, sig);
    }
}
