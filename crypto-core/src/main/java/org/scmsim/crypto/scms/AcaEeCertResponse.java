package org.scmsim.crypto.scms;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.coer.CoerInput;
import org.scmsim.crypto.coer.CoerOutput;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.ec.EcCurve;

/**
 * The certificate and its private-key value for the EE, 1609.2.1 ACA–EE structure in its
 * {@code ScmsPdu}: the plaintext of a compact-unified ({@code cubk}) response
 * ({@code AcaEeCertResponseCubkSpdu}, encrypted to the request's cocoon key and not signed).
 * <pre>
 * ScmsPdu ::= SEQUENCE { version Uint8 (2), content CHOICE { aca-ee AcaEeInterfacePdu, ... } }     -- aca-ee: 0x80
 * AcaEeInterfacePdu ::= CHOICE { acaEeCertResponse AcaEeCertResponse, ... }                       -- 0x80
 * AcaEeCertResponse ::= SEQUENCE {
 *   version        Uint8 (2),
 *   generationTime Time32,
 *   certificate    Certificate,
 *   privateKeyInfo OCTET STRING (SIZE (32)) OPTIONAL,   -- s (implicit) or c (butterfly explicit)
 *   ...
 * }
 * </pre>
 */
public record AcaEeCertResponse(Time32 generationTime, Certificate certificate, Optional<BigInteger> privateKeyInfo) {

    private static final String WHAT = "ScmsPdu";

    public AcaEeCertResponse {
        Objects.requireNonNull(generationTime, "generationTime");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKeyInfo, "privateKeyInfo");
    }

    /** COER of {@code ScmsPdu{2, aca-ee acaEeCertResponse{...}}}, the certificate given as its COER. */
    static byte[] encode(Time32 generationTime, byte[] certificate, BigInteger privateKeyInfo) {
        CoerOutput out = new CoerOutput(certificate.length + 48);
        out.write(RaAcaCertRequest.VERSION).write(0x80).write(0x80); // ScmsPdu{2, aca-ee: acaEeCertResponse
        out.write(privateKeyInfo != null ? 0x40 : 0x00);             // preamble: no extension, privateKeyInfo?
        out.write(RaAcaCertRequest.VERSION);
        out.uint(generationTime.value(), 4);
        out.write(certificate);
        if (privateKeyInfo != null) {
            out.write(EcCurve.to32Bytes(privateKeyInfo));
        }
        return out.toByteArray();
    }

    public byte[] encode() {
        return encode(generationTime, certificate.encoded(), privateKeyInfo.orElse(null));
    }

    /**
     * Decodes the ScmsPdu.
     *
     * @throws DecodeException naming the field
     */
    public static AcaEeCertResponse decode(byte[] bytes) throws DecodeException {
        CoerInput in = new CoerInput(bytes, WHAT);
        in.expect("version", RaAcaCertRequest.VERSION, "ScmsPdu version 2");
        in.expect("content", 0x80, "aca-ee");
        in.expect("content.aca-ee", 0x80, "acaEeCertResponse");
        String f = "content.aca-ee.acaEeCertResponse";
        int preamble = in.uint8(f);
        if ((preamble & 0xBF) != 0) {
            throw in.error(f, String.format("preamble 0x%02x: no extensions are defined", preamble));
        }
        boolean hasKeyInfo = preamble == 0x40;
        in.expect(f + ".version", RaAcaCertRequest.VERSION, "version 2");
        Time32 generationTime = new Time32(in.uint(f + ".generationTime", 4));
        int certLength = in.remaining() - (hasKeyInfo ? 32 : 0);
        if (certLength <= 0) {
            throw in.error(f + ".certificate", "truncated: " + in.remaining() + " octets left");
        }
        int certAt = in.position();
        Certificate cert;
        try {
            cert = Certificates.decode(in.fixed(f + ".certificate", certLength));
        } catch (DecodeException e) {
            throw new DecodeException(WHAT + "." + f + ".certificate", certAt, e.getMessage(), e);
        }
        Optional<BigInteger> keyInfo = hasKeyInfo ? Optional.of(new BigInteger(1, in.fixed(f + ".privateKeyInfo", 32)))
                : Optional.empty();
        in.end();
        return new AcaEeCertResponse(generationTime, cert, keyInfo);
    }
}
