package org.scmsim.crypto.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.oer.its.ieee1609dot2.HashedData;
import org.bouncycastle.oer.its.ieee1609dot2.HeaderInfo;
import org.bouncycastle.oer.its.ieee1609dot2.SequenceOfCertificate;
import org.bouncycastle.oer.its.ieee1609dot2.SignedData;
import org.bouncycastle.oer.its.ieee1609dot2.SignerIdentifier;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Signature;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Time64;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.coer.EcOer;
import org.scmsim.crypto.coer.Ieee1609Dot2Schema;
import org.scmsim.crypto.coer.Oer;
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

    static SignedMessage of(SignedData sd) throws DecodeException {
        if (sd.getHashId().getValue().intValue() != 0) {
            throw new DecodeException("SignedData", -1, "hashId " + sd.getHashId().getValue() + " (only sha256 is supported)");
        }
        List<Certificate> certs = new ArrayList<>();
        SignerIdentifier signer = sd.getSigner();
        if (signer.getChoice() == SignerIdentifier.certificate) {
            for (org.bouncycastle.oer.its.ieee1609dot2.Certificate c
                    : SequenceOfCertificate.getInstance(signer.getSignerIdentifier()).getCertificates()) {
                try {
                    certs.add(Certificates.of(c));
                } catch (IllegalArgumentException e) {
                    throw new DecodeException("SignedData.signer certificate", -1, e.getMessage(), e);
                }
            }
            if (certs.isEmpty()) {
                throw new DecodeException("SignedData.signer", -1, "empty certificate list");
            }
        } else if (signer.getChoice() != SignerIdentifier.digest && signer.getChoice() != SignerIdentifier.self) {
            throw new DecodeException("SignedData.signer", -1, "unknown SignerIdentifier choice " + signer.getChoice());
        }
        HeaderInfo header = sd.getTbsData().getHeaderInfo();
        if (header.getPsid().getPsid().bitLength() > 63) {
            throw new DecodeException("SignedData.headerInfo", -1, "PSID " + header.getPsid().getPsid() + " is out of range");
        }
        if ((header.getGenerationTime() != null && header.getGenerationTime().getValue().signum() < 0)
                || (header.getExpiryTime() != null && header.getExpiryTime().getValue().signum() < 0)) {
            throw new DecodeException("SignedData.headerInfo", -1, "Time64 beyond the year 294000");
        }
        EcdsaSignature sig;
        EcCurve curve;
        try {
            curve = EcOer.curveOf(sd.getSignature());
            sig = EcOer.ecdsa(sd.getSignature());
        } catch (RuntimeException e) {
            throw new DecodeException("SignedData.signature", -1, e.getMessage(), e);
        }
        byte[] tbs = Oer.encode(sd.getTbsData(), Ieee1609Dot2Schema.TO_BE_SIGNED_DATA_ELEMENT);
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
    public Optional<Spdu> payload() {
        return Optional.ofNullable(asn1.getTbsData().getPayload().getData()).map(Spdu::of);
    }

    /** The payload's unsecured content, if the inner data is unsecuredData. */
    public Optional<byte[]> payloadBytes() {
        return payload().flatMap(Spdu::opaqueContent);
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
