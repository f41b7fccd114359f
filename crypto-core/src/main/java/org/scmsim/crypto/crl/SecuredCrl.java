package org.scmsim.crypto.crl;

import java.util.Arrays;
import org.bouncycastle.math.ec.ECPoint;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.data.SignedMessage;
import org.scmsim.crypto.data.SignerType;

/**
 * {@code SecuredCrl}: an {@code Ieee1609Dot2Data} signed by the CRL generator whose payload is the
 * COER {@link CrlContents}, PSID 0x23, signer by digest. {@link #decode} also accepts the wrapper
 * of the CAMP / Korean CRL downloads (3 leading octets {@code 00 01 01}, 4 trailing octets).
 */
public final class SecuredCrl {

    /** PSID of SCMS management data, CRLs included. */
    public static final long CRL_PSID = 0x23;

    private final SignedMessage envelope;
    private final CrlContents contents;
    private final boolean wrapped;

    private SecuredCrl(SignedMessage envelope, CrlContents contents, boolean wrapped) {
        this.envelope = envelope;
        this.contents = contents;
        this.wrapped = wrapped;
    }

    /** Encodes and signs {@code contents} with the CRL generator's credential. */
    public static byte[] sign(EcBackend backend, CrlContents contents, SigningCredential crlGenerator) {
        if (!contents.crlCraca().equals(crlGenerator.certificate().hashedId8())) {
            throw new IllegalArgumentException("crlCraca " + contents.crlCraca().hex() + " is not the signer "
                    + crlGenerator.certificate().hashedId8().hex());
        }
        return SignedMessage.sign(backend, CrlContentsCodec.encode(contents), CRL_PSID, (Time32) null, crlGenerator,
                SignerType.DIGEST);
    }

    /**
     * Decodes a SecuredCrl, bare or in the download wrapper; does not verify the signature.
     *
     * @throws DecodeException naming what is wrong and where
     */
    public static SecuredCrl decode(byte[] bytes) throws DecodeException {
        DecodeException bare;
        try {
            return decodeBare(bytes, false);
        } catch (DecodeException e) {
            bare = e;
        }
        if (bytes.length > 7 && bytes[0] == 0 && bytes[1] == 1 && bytes[2] == 1) {
            try {
                return decodeBare(Arrays.copyOfRange(bytes, 3, bytes.length - 4), true);
            } catch (DecodeException ignored) {
                // report the error of the bare reading
            }
        }
        throw bare;
    }

    private static SecuredCrl decodeBare(byte[] bytes, boolean wrapped) throws DecodeException {
        SignedMessage env = SignedMessage.decode(bytes, "SecuredCrl");
        if (env.psid() != CRL_PSID) {
            throw new DecodeException("SecuredCrl", -1, "psid " + env.psid() + " is not the CRL psid 0x23");
        }
        return new SecuredCrl(env, CrlContentsCodec.decode(env.payload()), wrapped);
    }

    public CrlContents contents() {
        return contents;
    }

    /** True if the input had the download wrapper around the SecuredCrl. */
    public boolean wasWrapped() {
        return wrapped;
    }

    /** The signed envelope (signer, signature, encoding). */
    public SignedMessage envelope() {
        return envelope;
    }

    /**
     * Verifies the CRL generator's signature and that the CRL names that generator as its crlCraca.
     */
    public CrlVerification verify(EcBackend backend, Certificate crlGenerator, ECPoint crlGeneratorKey) {
        if (!contents.crlCraca().equals(crlGenerator.hashedId8())) {
            return CrlVerification.WRONG_CRACA;
        }
        return envelope.verify(backend, crlGenerator, crlGeneratorKey) ? CrlVerification.VALID : CrlVerification.BAD_SIGNATURE;
    }
}
