package org.scmsim.crypto.envelope;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.math.ec.ECPoint;
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
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Time64;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.UINT8;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Sha256;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.coer.EcOer;
import org.scmsim.crypto.coer.Ieee1609Dot2Schema;
import org.scmsim.crypto.coer.Oer;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcdsaSignature;

/**
 * A decoded signed {@code Ieee1609Dot2Data} carrying an opaque payload:
 * <pre>
 * Ieee1609Dot2Data { protocolVersion 3, content signedData {
 *   hashId sha256,
 *   tbsData { payload { data Ieee1609Dot2Data { 3, unsecuredData payload } },
 *             headerInfo { psid, generationTime? } },
 *   signer  digest HashedId8 | certificate { cert },
 *   signature ecdsaNistP256Signature } }
 * </pre>
 * The signature is over {@code SHA-256( SHA-256(COER(tbsData)) || SHA-256(COER(signer cert)) )}.
 *
 * @param encoded the whole envelope
 * @param payload the unsecured payload octets
 * @param generationTimeMicros generationTime (TAI microseconds since 2004), if present
 * @param signerDigest the signer's HashedId8 (given, or computed from the included certificate)
 * @param signerCertificate the included certificate, if the signer kind is {@code certificate}
 * @param signatureCurve the curve the signature names (must be the signer key's curve)
 */
public record SignedEnvelope(byte[] encoded, byte[] payload, long psid, Optional<Long> generationTimeMicros,
        HashedId8 signerDigest, Optional<Certificate> signerCertificate, EcdsaSignature signature, EcCurve signatureCurve,
        byte[] tbsEncoded) {

    public SignedEnvelope {
        Objects.requireNonNull(signerDigest, "signerDigest");
    }

    /**
     * Signs {@code payload} with {@code signer}'s key.
     *
     * @param generationTime written to the header when not null
     */
    public static byte[] sign(EcBackend backend, byte[] payload, long psid, Time32 generationTime, SigningCredential signer,
            SignerKind kind) {
        // COER written directly (the structure is fixed; BouncyCastle's OER engine costs more than the signature)
        java.io.ByteArrayOutputStream tbs = new java.io.ByteArrayOutputStream(payload.length + 32);
        tbs.write(0x40); // SignedDataPayload: data present
        tbs.writeBytes(Envelopes.unsecured(payload));
        tbs.write(generationTime != null ? 0x40 : 0x00); // HeaderInfo: generationTime present or not
        Envelopes.psid(tbs, psid);
        if (generationTime != null) {
            long us = generationTime.value() * 1_000_000L;
            for (int k = 7; k >= 0; k--) {
                tbs.write((int) (us >>> (8 * k)));
            }
        }
        byte[] tbsEnc = tbs.toByteArray();
        byte[] hash = Sha256.signingHashWithSignerDigest(tbsEnc, signer.certificate().sha256());
        EcdsaSignature sig = backend.sign(signer.keyPair().curve(), signer.keyPair().privateKey(), hash);
        byte[] cert = kind == SignerKind.CERTIFICATE ? signer.certificate().encoded() : null;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(tbsEnc.length + 80 + (cert == null ? 0 : cert.length));
        out.write(3);
        out.write(0x81); // signedData
        out.write(0x00); // sha256
        out.writeBytes(tbsEnc);
        if (cert == null) {
            out.write(0x80); // digest
            out.writeBytes(signer.certificate().hashedId8().bytes());
        } else {
            out.write(0x81); // certificate: SEQUENCE OF with one element
            out.write(0x01);
            out.write(0x01);
            out.writeBytes(cert);
        }
        out.write(signer.keyPair().curve() == EcCurve.NIST_P256 ? 0x80 : 0x81); // ecdsaNistP256Signature | ecdsaBrainpoolP256r1Signature
        out.write(0x80); // rSig x-only
        out.writeBytes(sig.rBytes());
        out.writeBytes(sig.sBytes());
        return out.toByteArray();
    }

    /** The same envelope encoded with BouncyCastle's OER engine (reference for tests). */
    static byte[] signWithBc(EcBackend backend, byte[] payload, long psid, Time32 generationTime, SigningCredential signer,
            SignerKind kind) {
        HeaderInfo.Builder header = new HeaderInfo.Builder().setPsid(new Psid(psid));
        if (generationTime != null) {
            header.setGenerationTime(new Time64(generationTime.value() * 1_000_000L));
        }
        Ieee1609Dot2Data inner = new Ieee1609Dot2Data(new UINT8(3), Ieee1609Dot2Content.unsecuredData(new Opaque(payload)));
        ToBeSignedData tbs = new ToBeSignedData(new SignedDataPayload(inner, null), header.createHeaderInfo());
        byte[] tbsEnc = Oer.encode(tbs, Envelopes.BC_TBS_DATA);
        byte[] hash = Sha256.signingHashWithSignerDigest(tbsEnc, signer.certificate().sha256());
        EcdsaSignature sig = backend.sign(signer.keyPair().curve(), signer.keyPair().privateKey(), hash);
        SignerIdentifier id = kind == SignerKind.DIGEST
                ? SignerIdentifier.digest(new org.bouncycastle.oer.its.ieee1609dot2.basetypes.HashedId8(
                        signer.certificate().hashedId8().bytes()))
                : SignerIdentifier.certificate(new SequenceOfCertificate(List.of(
                        org.bouncycastle.oer.its.ieee1609dot2.Certificate.getInstance(signer.certificate().asn1()))));
        SignedData sd = new SignedData(HashAlgorithm.sha256, tbs, id, EcOer.signature(signer.keyPair().curve(), sig));
        Ieee1609Dot2Data outer = new Ieee1609Dot2Data(new UINT8(3), Ieee1609Dot2Content.signedData(sd));
        return Oer.encode(outer, Envelopes.BC_DATA);
    }

    /**
     * Decodes a signed envelope; does not verify it (see {@link #verify}).
     *
     * @param what names the structure in error messages, e.g. {@code SecuredCrl}
     */
    public static SignedEnvelope decode(byte[] bytes, String what) throws DecodeException {
        try {
            return decodeChecked(bytes, what);
        } catch (RuntimeException e) {
            throw new DecodeException(what, -1, "invalid content: " + e.getMessage(), e);
        }
    }

    private static SignedEnvelope decodeChecked(byte[] bytes, String what) throws DecodeException {
        Envelopes.Decoded decoded = Envelopes.decode(bytes, what);
        Ieee1609Dot2Data data = decoded.data();
        if (data.getProtocolVersion().getValue().intValue() != 3) {
            throw new DecodeException(what, 0, "protocolVersion " + data.getProtocolVersion().getValue() + ", expected 3");
        }
        Ieee1609Dot2Content content = data.getContent();
        if (content.getChoice() != Ieee1609Dot2Content.signedData) {
            throw new DecodeException(what, 1, "content is not signedData (choice " + content.getChoice() + ")");
        }
        SignedData sd = SignedData.getInstance(content.getIeee1609Dot2Content());
        if (!HashAlgorithm.sha256.equals(sd.getHashId())) {
            throw new DecodeException(what, 2, "hashId " + sd.getHashId().getValue() + " is not sha256");
        }
        ToBeSignedData tbs = sd.getTbsData();
        Ieee1609Dot2Data inner = tbs.getPayload().getData();
        if (inner == null || inner.getContent().getChoice() != Ieee1609Dot2Content.unsecuredData) {
            throw new DecodeException(what, -1, "signed payload is not unsecuredData");
        }
        byte[] payload = Opaque.getInstance(inner.getContent().getIeee1609Dot2Content()).getContent();
        HeaderInfo header = tbs.getHeaderInfo();
        long psid = header.getPsid().getPsid().longValueExact();
        Optional<Long> gen = Optional.ofNullable(header.getGenerationTime()).map(t -> t.getValue().longValue());
        HashedId8 digest;
        Optional<Certificate> cert = Optional.empty();
        SignerIdentifier signer = sd.getSigner();
        try {
            switch (signer.getChoice()) {
                case SignerIdentifier.digest -> digest = new HashedId8(ASN1OctetString.getInstance(signer.getSignerIdentifier()).getOctets());
                case SignerIdentifier.certificate -> {
                    SequenceOfCertificate seq = SequenceOfCertificate.getInstance(signer.getSignerIdentifier());
                    Certificate c = Certificates.of(seq.getCertificates().get(0));
                    cert = Optional.of(c);
                    digest = c.hashedId8();
                }
                default -> throw new DecodeException(what, -1, "signer 'self' is not accepted here");
            }
        } catch (RuntimeException e) {
            throw new DecodeException(what, -1, "signer: " + e.getMessage(), e);
        }
        EcdsaSignature sig;
        EcCurve signatureCurve;
        try {
            signatureCurve = EcOer.curveOf(sd.getSignature());
            sig = EcOer.ecdsa(sd.getSignature());
        } catch (RuntimeException e) {
            throw new DecodeException(what, -1, "signature: " + e.getMessage(), e);
        }
        byte[] tbsEnc;
        try {
            tbsEnc = Oer.encode(tbs, decoded.toBeSignedData());
        } catch (RuntimeException e) {
            throw new DecodeException(what, -1, "tbsData cannot be re-encoded: " + e.getMessage(), e);
        }
        return new SignedEnvelope(bytes.clone(), payload, psid, gen, digest, cert, sig, signatureCurve, tbsEnc);
    }

    /**
     * Verifies the signature with the signer's certificate and public key (for an implicit signer
     * certificate, the reconstructed key). False if the certificate is not the one the envelope
     * names, or the signature does not verify.
     */
    public boolean verify(EcBackend backend, Certificate signer, ECPoint signerKey) {
        if (!signer.hashedId8().equals(signerDigest) || signer.curve() != signatureCurve) {
            return false;
        }
        byte[] hash = Sha256.signingHashWithSignerDigest(tbsEncoded, signer.sha256());
        return backend.verify(signer.curve(), signerKey, hash, signature);
    }

    /** The generation time as Time32 (whole seconds), if present. */
    public Optional<Time32> generationTime() {
        return generationTimeMicros.map(us -> new Time32(us / 1_000_000L));
    }
}
