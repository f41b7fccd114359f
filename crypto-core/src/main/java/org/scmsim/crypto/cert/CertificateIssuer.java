package org.scmsim.crypto.cert;

import java.math.BigInteger;

import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.oer.its.ieee1609dot2.CertificateBase;
import org.bouncycastle.oer.its.ieee1609dot2.CertificateType;
import org.bouncycastle.oer.its.ieee1609dot2.IssuerIdentifier;
import org.bouncycastle.oer.its.ieee1609dot2.ToBeSignedCertificate;
import org.bouncycastle.oer.its.ieee1609dot2.VerificationKeyIndicator;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.HashAlgorithm;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.HashedId8;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Signature;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.UINT8;
import org.scmsim.crypto.base.Sha256;
import org.scmsim.crypto.coer.EcOer;
import org.scmsim.crypto.coer.Ieee1609Dot2Schema;
import org.scmsim.crypto.coer.Oer;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;

/**
 * Issues IEEE 1609.2 certificates: self-signed roots, explicit certificates, and ECQV implicit
 * certificates. Signatures are over {@code SHA-256(SHA-256(tbs) || SHA-256(issuer cert))}
 * (SHA-256("") for a root); the CA's key, curve and randomness come from the given
 * {@link SigningCredential} and {@link EcBackend}.
 */
public final class CertificateIssuer {

    private static final UINT8 VERSION = new UINT8(3);

    private final EcBackend backend;

    public CertificateIssuer(EcBackend backend) {
        this.backend = backend;
    }

    public EcBackend backend() {
        return backend;
    }

    /** A self-signed explicit root certificate (issuer {@code self sha256}) for {@code rootKey}. */
    public Certificate selfSigned(CertificateTemplate template, EcKeyPair rootKey) {
        ToBeSignedCertificate tbs = template.toTbs(VerificationKeyIndicator.verificationKey(
                EcOer.verificationKey(rootKey.curve(), rootKey.publicKey())));
        Signature sig = sign(tbs, null, rootKey);
        return Certificates.of(new CertificateBase(VERSION, CertificateType.explicit,
                IssuerIdentifier.self(HashAlgorithm.sha256), tbs, sig));
    }

    /** An explicit certificate for {@code subjectKey} (on {@code subjectCurve}) signed by {@code issuer}. */
    public Certificate issueExplicit(CertificateTemplate template, EcCurve subjectCurve, ECPoint subjectKey, SigningCredential issuer) {
        ToBeSignedCertificate tbs = template.toTbs(VerificationKeyIndicator.verificationKey(
                EcOer.verificationKey(subjectCurve, subjectKey)));
        Signature sig = sign(tbs, issuer.certificate(), issuer.keyPair());
        return Certificates.of(new CertificateBase(VERSION, CertificateType.explicit, issuerId(issuer), tbs, sig));
    }

    /**
     * ECQV issuance for a requester's public key R_U (its own key, or a butterfly cocoon key):
     * random c, {@code P_U = R_U + c·G} goes into the certificate, and
     * {@code r = (e·c + d_CA) mod n} is returned for the requester.
     */
    public ImplicitIssuance issueImplicit(CertificateTemplate template, ECPoint requestPublicKey, SigningCredential issuer) {
        EcCurve curve = issuer.keyPair().curve();
        if (curve != EcCurve.NIST_P256) {
            // the reconstruction value is an EccP256CurvePoint without a curve tag; like the deployed
            // SCMSs we read and issue implicit certificates on NIST P-256 only
            throw new IllegalArgumentException("implicit (ECQV) certificates are supported on NIST P-256 only, the issuer key is "
                    + curve.standardName());
        }
        byte[] issuerSha = issuer.certificate().sha256();
        while (true) {
            BigInteger c = backend.randomScalar(curve);
            ECPoint pu = curve.add(backend.multiplyGenerator(curve, c), requestPublicKey);
            if (pu.isInfinity()) {
                continue;
            }
            ToBeSignedCertificate tbs = template.toTbs(VerificationKeyIndicator.reconstructionValue(EcOer.compressed(pu)));
            byte[] tbsEnc = Oer.encode(tbs, Ieee1609Dot2Schema.TO_BE_SIGNED_CERTIFICATE_ELEMENT);
            BigInteger e = Ecqv.hashToScalar(tbsEnc, issuerSha, curve);
            if (e.signum() == 0) {
                continue;
            }
            BigInteger r = e.multiply(c).add(issuer.keyPair().privateKey()).mod(curve.order());
            Certificate cert = Certificates.of(new CertificateBase(VERSION, CertificateType.implicit, issuerId(issuer), tbs, null));
            return new ImplicitIssuance(cert, r);
        }
    }

    private static IssuerIdentifier issuerId(SigningCredential issuer) {
        return IssuerIdentifier.sha256AndDigest(new HashedId8(issuer.certificate().hashedId8().bytes()));
    }

    private Signature sign(ToBeSignedCertificate tbs, Certificate issuerCert, EcKeyPair key) {
        byte[] tbsEnc = Oer.encode(tbs, Ieee1609Dot2Schema.TO_BE_SIGNED_CERTIFICATE_ELEMENT);
        byte[] h = issuerCert == null ? Sha256.signingHash(tbsEnc, null) : Sha256.signingHashWithSignerDigest(tbsEnc, issuerCert.sha256());
        return EcOer.signature(key.curve(), backend.sign(key.curve(), key.privateKey(), h));
    }

}
