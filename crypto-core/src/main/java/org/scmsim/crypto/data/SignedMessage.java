package org.scmsim.crypto.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.oer.Element;
import org.bouncycastle.oer.its.ieee1609dot2.HashedData;
import org.bouncycastle.oer.its.ieee1609dot2.HeaderInfo;
import org.bouncycastle.oer.its.ieee1609dot2.Ieee1609Dot2Content;
import org.bouncycastle.oer.its.ieee1609dot2.Ieee1609Dot2Data;
import org.bouncycastle.oer.its.ieee1609dot2.Opaque;
import org.bouncycastle.oer.its.ieee1609dot2.SequenceOfCertificate;
import org.bouncycastle.oer.its.ieee1609dot2.SignedData;
import org.bouncycastle.oer.its.ieee1609dot2.SignedDataPayload;
import org.bouncycastle.oer.its.ieee1609dot2.SignerIdentifier;
import org.bouncycastle.oer.its.ieee1609dot2.ToBeSignedData;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.HashAlgorithm;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Psid;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Signature;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.UINT8;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Sha256;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.base.Time64;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.coer.CoerOutput;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.coer.EcOer;
import org.scmsim.crypto.coer.Ieee1609Dot2Schema;
import org.scmsim.crypto.coer.Oer;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcdsaSignature;

/**
 * A decoded {@code SignedData}:
 * <pre>
 * SignedData ::= SEQUENCE {
 *   hashId    HashAlgorithm,
 *   tbsData   ToBeSignedData,     -- payload + headerInfo (psid, generationTime, ...)
 *   signer    SignerIdentifier,   -- digest | certificate | self
 *   signature Signature
 * }
 * </pre>
 * {@link #sign} writes the common case (an opaque payload signed by a certificate holder) directly
 * in COER, and {@link #decode} reads back such a message strictly (the payload must be
 * unsecuredData); {@link Spdu#decode} reads any signed data.
 */
public final class SignedMessage {

    private final SignedData asn1;
    private final byte[] tbsEncoded;
    private final List<Certificate> signerCertificates;
    private final EcdsaSignature signature;
    private final EcCurve curve;

    private SignedMessage(SignedData asn1, byte[] tbsEncoded, List<Certificate> certs, EcdsaSignature signature, EcCurve curve) {
        this.asn1 = asn1;
        this.tbsEncoded = tbsEncoded;
        this.signerCertificates = certs;
        this.signature = signature;
        this.curve = curve;
    }

    /** A message just built by {@link MessageSigner}: nothing to re-derive. */
    static SignedMessage built(SignedData sd, byte[] tbsEncoded, List<Certificate> certs, EcdsaSignature signature, EcCurve curve) {
        return new SignedMessage(sd, tbsEncoded, List.copyOf(certs), signature, curve);
    }

    /**
     * Signs {@code payload} with {@code signer}'s key: {@code Ieee1609Dot2Data{3, signedData{sha256,
     * tbsData{payload unsecuredData(payload), headerInfo{psid, generationTime?}}, signer, signature}}},
     * COER written directly (the structure is fixed; BouncyCastle's OER engine costs more than the
     * signature). The signature's hash is {@code SHA-256(SHA-256(tbsData) || SHA-256(signer certificate))},
     * for {@link SignerType#SELF} with SHA-256 of the empty string as the second input.
     *
     * @param generationTime written to the header when not null
     */
    public static byte[] sign(EcBackend backend, byte[] payload, long psid, Time32 generationTime, SigningCredential signer,
            SignerType signerType) {
        byte[] tbsEnc = toBeSignedData(payload, psid, generationTime);
        byte[] hash = signerType == SignerType.SELF ? Sha256.signingHash(tbsEnc, null)
                : Sha256.signingHashWithSignerDigest(tbsEnc, signer.certificate().sha256());
        EcdsaSignature sig = backend.sign(signer.keyPair().curve(), signer.keyPair().privateKey(), hash);
        byte[] cert = signerType == SignerType.CERTIFICATE ? signer.certificate().encoded() : new byte[0];
        CoerOutput out = new CoerOutput(tbsEnc.length + 80 + cert.length);
        out.write(3);
        out.write(0x81); // signedData
        out.write(0x00); // sha256
        out.write(tbsEnc);
        switch (signerType) {
            case DIGEST -> {
                out.write(0x80);
                out.write(signer.certificate().hashedId8().bytes());
            }
            case CERTIFICATE -> {
                out.write(0x81); // SEQUENCE OF Certificate with one element
                out.quantity(1);
                out.write(cert);
            }
            case SELF -> out.write(0x82); // NULL
        }
        out.write(signer.keyPair().curve() == EcCurve.NIST_P256 ? 0x80 : 0x81); // ecdsaNistP256Signature | ecdsaBrainpoolP256r1Signature
        out.write(0x80); // rSig x-only
        out.write(sig.rBytes());
        out.write(sig.sBytes());
        return out.toByteArray();
    }

    /** COER of {@code ToBeSignedData{payload{data unsecuredData(payload)}, headerInfo{psid, generationTime?}}}. */
    private static byte[] toBeSignedData(byte[] payload, long psid, Time32 generationTime) {
        CoerOutput tbs = new CoerOutput(payload.length + 32);
        tbs.write(0x40); // SignedDataPayload: data present
        tbs.write(Spdu.unsecured(payload));
        tbs.write(generationTime != null ? 0x40 : 0x00); // HeaderInfo: generationTime present or not
        tbs.psid(psid);
        if (generationTime != null) {
            tbs.uint(generationTime.value() * 1_000_000L, 8);
        }
        return tbs.toByteArray();
    }

    /** The same message encoded with BouncyCastle's OER engine (the reference the direct writer is tested against). */
    static byte[] signWithBc(EcBackend backend, byte[] payload, long psid, Time32 generationTime, SigningCredential signer,
            SignerType signerType) {
        HeaderInfo.Builder header = new HeaderInfo.Builder().setPsid(new Psid(psid));
        if (generationTime != null) {
            header.setGenerationTime(new org.bouncycastle.oer.its.ieee1609dot2.basetypes.Time64(generationTime.value() * 1_000_000L));
        }
        Ieee1609Dot2Data inner = new Ieee1609Dot2Data(new UINT8(3), Ieee1609Dot2Content.unsecuredData(new Opaque(payload)));
        ToBeSignedData tbs = new ToBeSignedData(new SignedDataPayload(inner, null), header.createHeaderInfo());
        byte[] tbsEnc = Oer.encode(tbs, Spdu.BC_TBS_DATA);
        byte[] hash = signerType == SignerType.SELF ? Sha256.signingHash(tbsEnc, null)
                : Sha256.signingHashWithSignerDigest(tbsEnc, signer.certificate().sha256());
        EcdsaSignature sig = backend.sign(signer.keyPair().curve(), signer.keyPair().privateKey(), hash);
        SignerIdentifier id = switch (signerType) {
            case DIGEST -> SignerIdentifier.digest(new org.bouncycastle.oer.its.ieee1609dot2.basetypes.HashedId8(
                    signer.certificate().hashedId8().bytes()));
            case CERTIFICATE -> SignerIdentifier.certificate(new SequenceOfCertificate(List.of(
                    org.bouncycastle.oer.its.ieee1609dot2.Certificate.getInstance(signer.certificate().asn1()))));
            case SELF -> SignerIdentifier.self();
        };
        SignedData sd = new SignedData(HashAlgorithm.sha256, tbs, id, EcOer.signature(signer.keyPair().curve(), sig));
        return Oer.encode(new Ieee1609Dot2Data(new UINT8(3), Ieee1609Dot2Content.signedData(sd)), Spdu.BC_DATA);
    }

    /**
     * Decodes a signed {@code Ieee1609Dot2Data} whose payload is unsecuredData (what {@link #sign}
     * writes, and what SCMS messages, CRLs and BSMs carry); does not verify it (see {@link #verify}).
     *
     * @param what names the structure in error messages, e.g. {@code SecuredCrl}
     * @throws DecodeException naming what is wrong and where
     */
    public static SignedMessage decode(byte[] bytes, String what) throws DecodeException {
        Spdu.Decoded decoded = Spdu.decodeData(bytes, what);
        Ieee1609Dot2Data data = decoded.data();
        if (data.getProtocolVersion().getValue().intValue() != 3) {
            throw new DecodeException(what, 0, "protocolVersion " + data.getProtocolVersion().getValue() + ", expected 3");
        }
        Ieee1609Dot2Content content = data.getContent();
        if (content.getChoice() != Ieee1609Dot2Content.signedData) {
            throw new DecodeException(what, 1, "content is not signedData (choice " + content.getChoice() + ")");
        }
        try {
            SignedData sd = SignedData.getInstance(content.getIeee1609Dot2Content());
            Ieee1609Dot2Data inner = sd.getTbsData().getPayload().getData();
            if (inner == null || inner.getContent().getChoice() != Ieee1609Dot2Content.unsecuredData) {
                throw new DecodeException(what, -1, "signed payload is not unsecuredData");
            }
            return of(sd, decoded.toBeSignedData(), what);
        } catch (RuntimeException e) {
            throw new DecodeException(what, -1, "invalid content: " + e.getMessage(), e);
        }
    }

    static SignedMessage of(SignedData sd) throws DecodeException {
        return of(sd, Ieee1609Dot2Schema.TO_BE_SIGNED_DATA_ELEMENT, "SignedData");
    }

    private static SignedMessage of(SignedData sd, Element toBeSignedData, String what) throws DecodeException {
        if (sd.getHashId().getValue().intValue() != 0) {
            throw new DecodeException(what, -1, "hashId " + sd.getHashId().getValue() + " (only sha256 is supported)");
        }
        List<Certificate> certs = new ArrayList<>();
        SignerIdentifier signer = sd.getSigner();
        if (signer.getChoice() == SignerIdentifier.certificate) {
            for (org.bouncycastle.oer.its.ieee1609dot2.Certificate c
                    : SequenceOfCertificate.getInstance(signer.getSignerIdentifier()).getCertificates()) {
                try {
                    certs.add(Certificates.of(c));
                } catch (IllegalArgumentException e) {
                    throw new DecodeException(what + ".signer certificate", -1, e.getMessage(), e);
                }
            }
            if (certs.isEmpty()) {
                throw new DecodeException(what + ".signer", -1, "empty certificate list");
            }
        } else if (signer.getChoice() != SignerIdentifier.digest && signer.getChoice() != SignerIdentifier.self) {
            throw new DecodeException(what + ".signer", -1, "unknown SignerIdentifier choice " + signer.getChoice());
        }
        HeaderInfo header = sd.getTbsData().getHeaderInfo();
        if (header.getPsid().getPsid().bitLength() > 63) {
            throw new DecodeException(what + ".headerInfo", -1, "PSID " + header.getPsid().getPsid() + " is out of range");
        }
        if ((header.getGenerationTime() != null && header.getGenerationTime().getValue().signum() < 0)
                || (header.getExpiryTime() != null && header.getExpiryTime().getValue().signum() < 0)) {
            throw new DecodeException(what + ".headerInfo", -1, "Time64 beyond the year 294000");
        }
        EcdsaSignature sig;
        EcCurve curve;
        try {
            curve = EcOer.curveOf(sd.getSignature());
            sig = EcOer.ecdsa(sd.getSignature());
        } catch (RuntimeException e) {
            throw new DecodeException(what + ".signature", -1, e.getMessage(), e);
        }
        byte[] tbs;
        try {
            tbs = Oer.encode(sd.getTbsData(), toBeSignedData);
        } catch (RuntimeException e) {
            throw new DecodeException(what, -1, "tbsData cannot be re-encoded: " + e.getMessage(), e);
        }
        return new SignedMessage(sd, tbs, Collections.unmodifiableList(certs), sig, curve);
    }

    public SignedData asn1() {
        return asn1;
    }

    /** COER encoding of tbsData: the first input of the signing hash. */
    public byte[] tbsEncoded() {
        return tbsEncoded.clone();
    }

    public HeaderInfo headerInfo() {
        return asn1.getTbsData().getHeaderInfo();
    }

    public long psid() {
        return headerInfo().getPsid().getPsid().longValueExact();
    }

    public Optional<Time64> generationTime() {
        return Optional.ofNullable(headerInfo().getGenerationTime()).map(t -> new Time64(t.getValue().longValueExact()));
    }

    public Optional<Time64> expiryTime() {
        return Optional.ofNullable(headerInfo().getExpiryTime()).map(t -> new Time64(t.getValue().longValueExact()));
    }

    /** The signed inner {@code Ieee1609Dot2Data}, if the payload carries data (rather than an external hash). */
    public Optional<Spdu> payloadData() {
        return Optional.ofNullable(asn1.getTbsData().getPayload().getData()).map(Spdu::of);
    }

    /** The payload's unsecured content, if the inner data is unsecuredData. */
    public Optional<byte[]> payloadBytes() {
        Ieee1609Dot2Data inner = asn1.getTbsData().getPayload().getData();
        if (inner == null || inner.getContent().getChoice() != Ieee1609Dot2Content.unsecuredData) {
            return Optional.empty();
        }
        return Optional.of(Opaque.getInstance(inner.getContent().getIeee1609Dot2Content()).getContent());
    }

    /**
     * The unsecured payload octets (always present in a message read by {@link #decode}).
     *
     * @throws IllegalStateException if the payload is not unsecuredData (see {@link #payloadBytes})
     */
    public byte[] payload() {
        return payloadBytes().orElseThrow(() -> new IllegalStateException("the signed payload is not unsecuredData"));
    }

    /** extDataHash (SHA-256 of externally carried data), if present. */
    public Optional<byte[]> externalDataHash() {
        HashedData h = asn1.getTbsData().getPayload().getExtDataHash();
        return Optional.ofNullable(h).map(x -> ASN1OctetString.getInstance(x.getHashedData()).getOctets());
    }

    public SignerType signerType() {
        return switch (asn1.getSigner().getChoice()) {
            case SignerIdentifier.digest -> SignerType.DIGEST;
            case SignerIdentifier.certificate -> SignerType.CERTIFICATE;
            default -> SignerType.SELF;
        };
    }

    /** The signer's HashedId8: the digest, or the HashedId8 of the enclosed signer certificate; empty for self. */
    public Optional<HashedId8> signerId() {
        return switch (signerType()) {
            case DIGEST -> Optional.of(new HashedId8(
                    ASN1OctetString.getInstance(asn1.getSigner().getSignerIdentifier()).getOctets()));
            case CERTIFICATE -> Optional.of(signerCertificates.get(0).hashedId8());
            case SELF -> Optional.empty();
        };
    }

    /** Certificates enclosed as signer (the signer's own first); empty for digest and self. */
    public List<Certificate> signerCertificates() {
        return signerCertificates;
    }

    /** The signer's own certificate, if enclosed (signer type certificate). */
    public Optional<Certificate> signerCertificate() {
        return signerCertificates.isEmpty() ? Optional.empty() : Optional.of(signerCertificates.get(0));
    }

    /**
     * Verifies the signature with the signer's certificate and public key (for an implicit signer
     * certificate, the reconstructed key; for signer self, a null certificate and the enclosed
     * key). False if the certificate is not the one the message names, its curve is not the
     * signature's, or the signature does not verify.
     */
    public boolean verify(EcBackend backend, Certificate signer, ECPoint signerKey) {
        if (signer == null) {
            return signerType() == SignerType.SELF
                    && backend.verify(curve, signerKey, Sha256.signingHash(tbsEncoded, null), signature);
        }
        if (!signerId().map(signer.hashedId8()::equals).orElse(false) || signer.curve() != curve) {
            return false;
        }
        return backend.verify(curve, signerKey, Sha256.signingHashWithSignerDigest(tbsEncoded, signer.sha256()), signature);
    }

    public EcdsaSignature signature() {
        return signature;
    }

    public Signature signatureAsn1() {
        return asn1.getSignature();
    }

    /** The curve the signature claims (ecdsaNistP256Signature or ecdsaBrainpoolP256r1Signature). */
    public EcCurve signatureCurve() {
        return curve;
    }
}
