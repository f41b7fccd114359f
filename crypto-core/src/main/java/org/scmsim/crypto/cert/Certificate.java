package org.scmsim.crypto.cert;

import java.util.Optional;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.oer.its.ieee1609dot2.CertificateBase;
import org.bouncycastle.oer.its.ieee1609dot2.CertificateId;
import org.bouncycastle.oer.its.ieee1609dot2.IssuerIdentifier;
import org.bouncycastle.oer.its.ieee1609dot2.ToBeSignedCertificate;
import org.bouncycastle.oer.its.ieee1609dot2.VerificationKeyIndicator;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.EccP256CurvePoint;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Hostname;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.PublicVerificationKey;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Signature;
import org.scmsim.crypto.base.HashedId10;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Sha256;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.coer.EcOer;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcdsaSignature;

/**
 * A decoded IEEE 1609.2 certificate (explicit or implicit) together with its exact COER
 * encoding. Immutable; made by {@link Certificates#decode(byte[])} or by a
 * {@link CertificateIssuer}. Equality is by encoding.
 *
 * <p>{@link #sha256()}, {@link #hashedId8()} and {@link #tbsEncoded()} are computed over the
 * canonical form (IEEE 1609.2 §6.4.3: curve points compressed, the signature's rSig x-only), so a
 * certificate re-encoded with an uncompressed key or a compressed rSig (same values, other
 * bytes) keeps its identity and its signature. {@link #encoded()} is the bytes as received.
 * Certificates we issue are canonical, and so are the real ones in our vectors.
 */
public final class Certificate {

    private final byte[] encoded;
    private final CertificateBase asn1;
    private final byte[] tbsEncoded;
    private final byte[] sha256;
    private final ECPoint key; // verification key (explicit) or reconstruction value (implicit)
    private final EcCurve curve;

    Certificate(byte[] encoded, CertificateBase asn1, byte[] tbsEncoded, byte[] canonicalEncoding, ECPoint key, EcCurve curve) {
        this.encoded = encoded;
        this.asn1 = asn1;
        this.tbsEncoded = tbsEncoded;
        this.sha256 = Sha256.digest(canonicalEncoding);
        this.key = key;
        this.curve = curve;
    }

    /** The COER encoding (a fresh copy). */
    public byte[] encoded() {
        return encoded.clone();
    }

    /** Encoded length in bytes. */
    public int length() {
        return encoded.length;
    }

    /** SHA-256 of the canonical encoding (a fresh copy): the signer / issuer input of 1609.2 hashes. */
    public byte[] sha256() {
        return sha256.clone();
    }

    public HashedId8 hashedId8() {
        return HashedId8.fromSha256(sha256);
    }

    public HashedId10 hashedId10() {
        return HashedId10.fromSha256(sha256);
    }

    /** BouncyCastle's typed view of the whole certificate. */
    public CertificateBase asn1() {
        return asn1;
    }

    public ToBeSignedCertificate toBeSigned() {
        return asn1.getToBeSigned();
    }

    /** COER encoding of {@code toBeSigned} (the hash input of signatures and ECQV). */
    public byte[] tbsEncoded() {
        return tbsEncoded.clone();
    }

    public CertificateType type() {
        return asn1.getType().getValue().intValue() == 0 ? CertificateType.EXPLICIT : CertificateType.IMPLICIT;
    }

    public boolean isExplicit() {
        return type() == CertificateType.EXPLICIT;
    }

    public boolean isImplicit() {
        return type() == CertificateType.IMPLICIT;
    }

    /** Issuer {@code self}: a self-signed root. */
    public boolean isSelfSigned() {
        return asn1.getIssuer().isSelf();
    }

    /** The issuer's HashedId8 ({@code sha256AndDigest} or {@code sha384AndDigest}); empty for self. */
    public Optional<HashedId8> issuerId() {
        IssuerIdentifier id = asn1.getIssuer();
        if (id.isSelf()) {
            return Optional.empty();
        }
        return Optional.of(new HashedId8(ASN1OctetString.getInstance(id.getIssuerIdentifier()).getOctets()));
    }

    /** The curve of the subject's key (explicit: from the key type; implicit: P-256). */
    public EcCurve curve() {
        return curve;
    }

    /** The subject's public key of an explicit certificate; empty for an implicit one (see {@link Ecqv}). */
    public Optional<ECPoint> verificationKey() {
        return isExplicit() ? Optional.of(key) : Optional.empty();
    }

    /** The ECQV reconstruction value P_U of an implicit certificate; empty for an explicit one. */
    public Optional<ECPoint> reconstructionValue() {
        return isImplicit() ? Optional.of(key) : Optional.empty();
    }

    /** The issuer's signature (explicit certificates). */
    public Optional<Signature> signatureAsn1() {
        return Optional.ofNullable(asn1.getSignature());
    }

    /** The issuer's signature as (r, s) (explicit certificates). */
    public Optional<EcdsaSignature> signature() {
        return signatureAsn1().map(EcOer::ecdsa);
    }

    public Time32 validityStart() {
        return new Time32(toBeSigned().getValidityPeriod().getStart().getValue().longValue());
    }

    /** Start + duration: the first second the certificate is no longer valid. */
    public Time32 validityEnd() {
        return validityStart().plusSeconds(Durations.seconds(toBeSigned().getValidityPeriod().getDuration()));
    }

    /** {@code start <= t < end}. */
    public boolean isValidAt(Time32 t) {
        return !t.isBefore(validityStart()) && t.isBefore(validityEnd());
    }

    /** The {@code name} id (e.g. {@code rca.scms.co.kr}), if the id is a name. */
    public Optional<String> name() {
        CertificateId id = toBeSigned().getId();
        if (id.getChoice() == CertificateId.name) {
            return Optional.of(Hostname.getInstance(id.getCertificateId()).getHostName());
        }
        return Optional.empty();
    }

    /** True for CA certificates (certIssuePermissions present). */
    public boolean isCa() {
        return toBeSigned().getCertIssuePermissions() != null;
    }

    static ECPoint keyOf(ToBeSignedCertificate tbs, EcCurve[] curveOut) {
        VerificationKeyIndicator vki = tbs.getVerifyKeyIndicator();
        if (vki.getChoice() == VerificationKeyIndicator.verificationKey) {
            PublicVerificationKey pvk = PublicVerificationKey.getInstance(vki.getVerificationKeyIndicator());
            EcCurve c = EcOer.curveOf(pvk);
            curveOut[0] = c;
            return EcOer.toPoint(c, EccP256CurvePoint.getInstance(pvk.getPublicVerificationKey()));
        }
        curveOut[0] = EcCurve.NIST_P256;
        return EcOer.toPoint(EcCurve.NIST_P256, EccP256CurvePoint.getInstance(vki.getVerificationKeyIndicator()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Certificate c && java.util.Arrays.equals(encoded, c.encoded);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(sha256);
    }

    @Override
    public String toString() {
        return type().name().toLowerCase(java.util.Locale.ROOT) + " certificate " + hashedId8().hex()
                + name().map(n -> " '" + n + "'").orElse("");
    }
}
