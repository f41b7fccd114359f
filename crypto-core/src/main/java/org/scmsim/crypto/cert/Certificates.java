package org.scmsim.crypto.cert;

import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.oer.its.ieee1609dot2.CertificateBase;
import org.bouncycastle.oer.its.ieee1609dot2.ToBeSignedCertificate;
import org.bouncycastle.oer.its.ieee1609dot2.VerificationKeyIndicator;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.BasePublicEncryptionKey;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.EccP256CurvePoint;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.EcdsaP256Signature;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.PublicEncryptionKey;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.PublicVerificationKey;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Signature;
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
        CertificateBase canonical;
        byte[] canonicalEnc;
        byte[] tbs;
        try {
            key = Certificate.keyOf(base.getToBeSigned(), curve);
            if (base.getSignature() != null) {
                EcOer.ecdsa(base.getSignature());
            }
            PublicEncryptionKey ek = base.getToBeSigned().getEncryptionKey();
            if (ek != null) {
                BasePublicEncryptionKey bk = ek.getPublicKey();
                EcCurve c = bk.getChoice() == BasePublicEncryptionKey.eciesNistP256 ? EcCurve.NIST_P256 : EcCurve.BRAINPOOL_P256R1;
                EcOer.toPoint(c, EccP256CurvePoint.getInstance(bk.getBasePublicEncryptionKey()));
            }
            checkRanges(base.getToBeSigned());
            canonical = canonical(base);
            canonicalEnc = canonical == base ? enc : Oer.encode(canonical, Ieee1609Dot2Schema.CERTIFICATE_ELEMENT);
            tbs = canonical == base ? tbsSlice(enc, base) : null;
            if (tbs == null) {
                tbs = Oer.encode(canonical.getToBeSigned(), Ieee1609Dot2Schema.TO_BE_SIGNED_CERTIFICATE_ELEMENT);
            }
        } catch (RuntimeException e) {
            throw new DecodeException("Certificate", -1, "invalid key, encryption key or signature: " + e.getMessage(), e);
        }
        return new Certificate(enc, base, tbs, canonicalEnc, key, curve[0]);
    }

    /**
     * Values this library handles as Java numbers must fit them: PSIDs in 63 bits, chain lengths in
     * an int (OER allows arbitrarily large INTEGERs).
     */
    private static void checkRanges(ToBeSignedCertificate tbs) {
        if (tbs.getAppPermissions() != null) {
            for (org.bouncycastle.oer.its.ieee1609dot2.basetypes.PsidSsp ps : tbs.getAppPermissions().getPsidSsps()) {
                psidFits(ps.getPsid().getPsid());
            }
        }
        for (org.bouncycastle.oer.its.ieee1609dot2.SequenceOfPsidGroupPermissions seq
                : new org.bouncycastle.oer.its.ieee1609dot2.SequenceOfPsidGroupPermissions[]{tbs.getCertIssuePermissions(), tbs.getCertRequestPermissions()}) {
            if (seq == null) {
                continue;
            }
            for (org.bouncycastle.oer.its.ieee1609dot2.PsidGroupPermissions g : seq.getPsidGroupPermissions()) {
                if (g.getMinChainLength() != null) {
                    g.getMinChainLength().intValueExact();
                }
                if (g.getChainLengthRange() != null) {
                    g.getChainLengthRange().intValueExact();
                }
                if (g.getSubjectPermissions().getChoice() == org.bouncycastle.oer.its.ieee1609dot2.SubjectPermissions.explicit) {
                    for (org.bouncycastle.oer.its.ieee1609dot2.basetypes.PsidSspRange r
                            : org.bouncycastle.oer.its.ieee1609dot2.basetypes.SequenceOfPsidSspRange.getInstance(
                                    g.getSubjectPermissions().getSubjectPermissions()).getPsidSspRanges()) {
                        psidFits(r.getPsid().getPsid());
                    }
                }
            }
        }
    }

    private static void psidFits(java.math.BigInteger psid) {
        if (psid.bitLength() > 63) {
            throw new IllegalArgumentException("PSID " + psid + " is out of range");
        }
    }

    /**
     * The toBeSigned bytes cut out of a canonical encoding, saving a re-encode: after the preamble,
     * version and type octets comes the issuer (sha256AndDigest: tag + 8 octets; self: tag + 1
     * enumerated octet), then toBeSigned, then for an explicit certificate the 66-octet canonical
     * signature (choice tag, x-only rSig tag + 32, sSig 32). Null for other layouts.
     */
    private static byte[] tbsSlice(byte[] enc, CertificateBase base) {
        int issuerTag = enc[3] & 0xFF;
        int start = issuerTag == 0x80 ? 12 : issuerTag == 0x81 ? 5 : -1;
        int end = enc.length - (base.getSignature() == null ? 0 : 66);
        if (start < 0 || end <= start) {
            return null;
        }
        return java.util.Arrays.copyOfRange(enc, start, end);
    }

    /**
     * The canonical form of a certificate (IEEE 1609.2 §6.4.3): every EccP256CurvePoint compressed
     * and the signature's rSig x-only. Returns {@code base} itself when it is already canonical.
     */
    static CertificateBase canonical(CertificateBase base) {
        ToBeSignedCertificate tbs = base.getToBeSigned();
        VerificationKeyIndicator vki = tbs.getVerifyKeyIndicator();
        EccP256CurvePoint keyPoint = vki.getChoice() == VerificationKeyIndicator.verificationKey
                ? EccP256CurvePoint.getInstance(PublicVerificationKey.getInstance(vki.getVerificationKeyIndicator()).getPublicVerificationKey())
                : EccP256CurvePoint.getInstance(vki.getVerificationKeyIndicator());
        PublicEncryptionKey encKey = tbs.getEncryptionKey();
        EccP256CurvePoint encPoint = encKey == null ? null
                : EccP256CurvePoint.getInstance(encKey.getPublicKey().getBasePublicEncryptionKey());
        Signature sig = base.getSignature();
        EccP256CurvePoint rSig = sig == null ? null : EcdsaP256Signature.getInstance(sig.getSignature()).getRSig();
        boolean canonicalKey = isCompressed(keyPoint);
        boolean canonicalEnc = encPoint == null || isCompressed(encPoint);
        boolean canonicalSig = rSig == null || rSig.getChoice() == EccP256CurvePoint.xonly;
        if (canonicalKey && canonicalEnc && canonicalSig) {
            return base;
        }
        ToBeSignedCertificate.Builder b = new ToBeSignedCertificate.Builder(tbs);
        if (!canonicalKey) {
            if (vki.getChoice() == VerificationKeyIndicator.verificationKey) {
                PublicVerificationKey pvk = PublicVerificationKey.getInstance(vki.getVerificationKeyIndicator());
                EcCurve c = EcOer.curveOf(pvk);
                b.setVerifyKeyIndicator(VerificationKeyIndicator.verificationKey(EcOer.verificationKey(c, EcOer.toPoint(c, keyPoint))));
            } else {
                b.setVerifyKeyIndicator(VerificationKeyIndicator.reconstructionValue(
                        EcOer.compressed(EcOer.toPoint(EcCurve.NIST_P256, keyPoint))));
            }
        }
        if (!canonicalEnc) {
            BasePublicEncryptionKey bk = encKey.getPublicKey();
            EcCurve c = bk.getChoice() == BasePublicEncryptionKey.eciesNistP256 ? EcCurve.NIST_P256 : EcCurve.BRAINPOOL_P256R1;
            EccP256CurvePoint compressed = EcOer.compressed(EcOer.toPoint(c, encPoint));
            b.setEncryptionKey(new PublicEncryptionKey(encKey.getSupportedSymmAlg(), new BasePublicEncryptionKey(bk.getChoice(), compressed)));
        }
        Signature canonicalSignature = sig;
        if (!canonicalSig) {
            canonicalSignature = EcOer.signature(EcOer.curveOf(sig), EcOer.ecdsa(sig));
        }
        return new CertificateBase(base.getVersion(), base.getType(), base.getIssuer(), b.createToBeSignedCertificate(),
                canonicalSignature);
    }

    private static boolean isCompressed(EccP256CurvePoint p) {
        return p.getChoice() == EccP256CurvePoint.compressedY0 || p.getChoice() == EccP256CurvePoint.compressedY1;
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
        byte[] h = issuer == null ? Sha256.signingHash(cert.tbsEncoded(), null)
                : Sha256.signingHashWithSignerDigest(cert.tbsEncoded(), issuer.sha256());
        return backend.verify(curve, issuerKey, h, sig);
    }
}
