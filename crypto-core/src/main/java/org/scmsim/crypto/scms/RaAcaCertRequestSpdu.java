package org.scmsim.crypto.scms;

import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Sha256;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.coer.CoerInput;
import org.scmsim.crypto.coer.CoerOutput;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.coer.Ieee1609Dot2Schema;
import org.scmsim.crypto.coer.Oer;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcdsaSignature;

/**
 * The RA's signed request to the PCA as it travels: 1609.2.1 {@code RaAcaCertRequestSpdu}, the
 * COER octets only. The PCA decodes and verifies them ({@link #decode}); {@link #requestHash} is
 * what the PCA's {@link AcaRaCertResponse} names it by.
 * <pre>
 * RaAcaCertRequestSpdu ::= Ieee1609Dot2Data-SignedCertRequest { ScmsPdu-Scoped { AcaRaInterfacePdu
 *                              (WITH COMPONENTS { raAcaCertRequest }) }, SignerSingleCert }
 * -- Ieee1609Dot2Data{3, content signedCertificateRequest (0x83) Opaque( SignedCertificateRequest )}
 * SignedCertificateRequest ::= SEQUENCE {
 *   hashAlgorithmId HashAlgorithm,               -- sha256
 *   tbsRequest      ScopedCertificateRequest,    -- the ScmsPdu of RaAcaCertRequest
 *   signer          SignerIdentifier,            -- certificate: exactly the RA's certificate
 *   signature       Signature                    -- over SHA-256( SHA-256(tbsRequest) || SHA-256(RA certificate) )
 * }
 * </pre>
 */
public final class RaAcaCertRequestSpdu {

    private static final String WHAT = "RaAcaCertRequestSpdu";

    private final byte[] encoded;

    private RaAcaCertRequestSpdu(byte[] encoded) {
        this.encoded = encoded;
    }

    /** Octets received (not checked until {@link #decode}). */
    public static RaAcaCertRequestSpdu of(byte[] encoded) {
        return new RaAcaCertRequestSpdu(Objects.requireNonNull(encoded, "encoded").clone());
    }

    /** Signs {@code request} with the RA's credential (its certificate included as the signer). */
    public static RaAcaCertRequestSpdu sign(EcBackend backend, RaAcaCertRequest request, SigningCredential ra) {
        byte[] tbsRequest = request.encode();
        byte[] hash = Sha256.signingHashWithSignerDigest(tbsRequest, ra.certificate().sha256());
        EcdsaSignature sig = backend.sign(ra.keyPair().curve(), ra.keyPair().privateKey(), hash);
        byte[] cert = ra.certificate().encoded();
        CoerOutput scr = new CoerOutput(tbsRequest.length + cert.length + 72);
        scr.write(0x00);                    // hashAlgorithmId sha256
        scr.write(tbsRequest);
        scr.write(0x81).quantity(1);        // signer: certificate, one
        scr.write(cert);
        scr.write(ra.keyPair().curve() == EcCurve.NIST_P256 ? 0x80 : 0x81);
        scr.write(0x80);                    // rSig x-only
        scr.write(sig.rBytes());
        scr.write(sig.sBytes());
        byte[] body = scr.toByteArray();
        return new RaAcaCertRequestSpdu(new CoerOutput(body.length + 6).write(3).write(0x83).octets(body).toByteArray());
    }

    public byte[] encoded() {
        return encoded.clone();
    }

    public int length() {
        return encoded.length;
    }

    /** HashedId8 of the SPDU: the {@code requestHash} of the PCA's response. */
    public HashedId8 requestHash() {
        return HashedId8.of(encoded);
    }

    /** The decoded SPDU; {@link #verify} checks its signature. */
    public record Decoded(RaAcaCertRequest request, Certificate signer, byte[] tbsRequest, EcdsaSignature signature,
            EcCurve signatureCurve) {

        /** True if the signer is {@code ra} and the signature verifies with {@code raKey}. */
        public boolean verify(EcBackend backend, Certificate ra, ECPoint raKey) {
            if (!signer.hashedId8().equals(ra.hashedId8()) || ra.curve() != signatureCurve) {
                return false;
            }
            return backend.verify(signatureCurve, raKey, Sha256.signingHashWithSignerDigest(tbsRequest, ra.sha256()), signature);
        }
    }

    /** Decodes without verifying. */
    public Decoded decode() throws DecodeException {
        return decode(null, null);
    }

    /**
     * Decodes without verifying; when the signer's octets are exactly {@code expectedSigner}'s
     * encoding that certificate is used without decoding it again (the PCA's one RA).
     *
     * @throws DecodeException naming the field ({@code RaAcaCertRequestSpdu.tbsRequest.content...})
     */
    public Decoded decode(Certificate expectedSigner) throws DecodeException {
        return decode(expectedSigner, null);
    }

    /** As {@link #decode(Certificate)}, reusing the templates the PCA already decoded. */
    Decoded decode(Certificate expectedSigner, TbsCertCache templates) throws DecodeException {
        CoerInput in = new CoerInput(encoded, WHAT);
        in.expect("protocolVersion", 3, "protocol version 3");
        in.expect("content", 0x83, "signedCertificateRequest");
        int n = in.length("content.signedCertificateRequest");
        if (n != in.remaining()) {
            throw in.error("content.signedCertificateRequest", "length " + n + " but " + in.remaining() + " octets follow");
        }
        in.expect("hashAlgorithmId", 0x00, "sha256");
        int tbsAt = in.position();
        CoerInput tbsIn = in.nested(WHAT + ".tbsRequest");
        RaAcaCertRequest request = RaAcaCertRequest.decode(tbsIn, templates);
        byte[] tbsRequest = in.fixed("tbsRequest", tbsIn.position() - tbsAt);
        int signerChoice = in.uint8("signer");
        if (signerChoice != 0x81) {
            throw in.error("signer", String.format("choice 0x%02x; the RA signs with its certificate (0x81, SignerSingleCert)", signerChoice));
        }
        int count = in.quantity("signer.certificate");
        if (count != 1) {
            throw in.error("signer.certificate", count + " certificates; exactly one (SignerSingleCert)");
        }
        Certificate signer;
        int certAt = in.position();
        if (expectedSigner != null && startsWith(encoded, certAt, expectedSigner.encoded())) {
            signer = expectedSigner;
            in.skip("signer.certificate[0]", expectedSigner.encoded().length);
        } else {
            Oer.Prefix<Object> c = Oer.decodePrefix(encoded, certAt, Ieee1609Dot2Schema.CERTIFICATE_ELEMENT,
                    WHAT + ".signer.certificate[0]", x -> x);
            try {
                signer = Certificates.decode(in.fixed("signer.certificate[0]", c.length()));
            } catch (DecodeException e) {
                throw new DecodeException(WHAT + ".signer.certificate[0]", certAt, e.getMessage(), e);
            }
        }
        int sigChoice = in.uint8("signature");
        if (sigChoice != 0x80 && sigChoice != 0x81) {
            throw in.error("signature", String.format("choice 0x%02x; ecdsaNistP256Signature or ecdsaBrainpoolP256r1Signature expected",
                    sigChoice));
        }
        EcCurve curve = sigChoice == 0x80 ? EcCurve.NIST_P256 : EcCurve.BRAINPOOL_P256R1;
        int rChoice = in.uint8("signature.rSig");
        if (rChoice != 0x80 && rChoice != 0x82 && rChoice != 0x83) {
            throw in.error("signature.rSig", String.format("EccP256CurvePoint choice 0x%02x (x-only or compressed expected)", rChoice));
        }
        byte[] r = in.fixed("signature.rSig", 32);
        byte[] s = in.fixed("signature.sSig", 32);
        in.end();
        return new Decoded(request, signer, tbsRequest, new EcdsaSignature(new java.math.BigInteger(1, r), new java.math.BigInteger(1, s)),
                curve);
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        return bytes.length - at >= prefix.length && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
    }
}
