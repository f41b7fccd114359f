package org.scmsim.crypto.data;

import java.util.Arrays;
import java.util.Optional;

import org.bouncycastle.oer.Element;
import org.bouncycastle.oer.its.ieee1609dot2.EncryptedData;
import org.bouncycastle.oer.its.ieee1609dot2.Ieee1609Dot2Content;
import org.bouncycastle.oer.its.ieee1609dot2.Ieee1609Dot2Data;
import org.bouncycastle.oer.its.ieee1609dot2.Opaque;
import org.bouncycastle.oer.its.ieee1609dot2.SignedData;
import org.bouncycastle.oer.its.template.ieee1609dot2.IEEE1609dot2;
import org.scmsim.crypto.base.Sha256;
import org.scmsim.crypto.coer.CoerInput;
import org.scmsim.crypto.coer.CoerOutput;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.coer.Ieee1609Dot2Schema;
import org.scmsim.crypto.coer.Oer;

/**
 * A decoded {@code Ieee1609Dot2Data} (a secured protocol data unit) with its exact encoding.
 * <pre>
 * Ieee1609Dot2Data ::= SEQUENCE { protocolVersion Uint8(3), content Ieee1609Dot2Content }
 * </pre>
 */
public final class Spdu {

    /** BouncyCastle's own definition: resolves nested data, but not certificates with a group linkage value. */
    static final Element BC_DATA = IEEE1609dot2.Ieee1609Dot2Data.build();
    /**
     * BouncyCastle's {@code ToBeSignedData}, to re-encode what was decoded with {@link #BC_DATA}
     * (its {@code HeaderInfo} objects only encode with BC's own definition).
     */
    static final Element BC_TBS_DATA = IEEE1609dot2.ToBeSignedData.build();

    private final byte[] encoded;
    private final Ieee1609Dot2Data asn1;
    private final SignedMessage signed;
    private final EncryptedMessage encrypted;

    private Spdu(byte[] encoded, Ieee1609Dot2Data asn1, SignedMessage signed, EncryptedMessage encrypted) {
        this.encoded = encoded;
        this.asn1 = asn1;
        this.signed = signed;
        this.encrypted = encrypted;
    }

    /**
     * Decodes and checks an {@code Ieee1609Dot2Data}: version 3, embedded certificates valid,
     * signature and key values well formed.
     *
     * @throws DecodeException naming what is wrong and where
     */
    public static Spdu decode(byte[] bytes) throws DecodeException {
        Ieee1609Dot2Data data = Oer.decode(bytes, Ieee1609Dot2Schema.IEEE1609_DOT2_DATA_ELEMENT, "Ieee1609Dot2Data",
                Ieee1609Dot2Data::getInstance);
        return of(bytes.clone(), data);
    }

    /** The decoded data and the definition of ToBeSignedData that re-encodes its parts. */
    record Decoded(Ieee1609Dot2Data data, Element toBeSignedData) {
    }

    /**
     * Decodes with the project schema (which reads real pseudonym certificates); if that cannot
     * resolve a nested {@code Ieee1609Dot2Data} (a signed payload that is itself data), with
     * BouncyCastle's definition. The first error is reported if both fail.
     */
    static Decoded decodeData(byte[] bytes, String what) throws DecodeException {
        try {
            return new Decoded(Oer.decode(bytes, Ieee1609Dot2Schema.IEEE1609_DOT2_DATA_ELEMENT, what, Ieee1609Dot2Data::getInstance),
                    Ieee1609Dot2Schema.TO_BE_SIGNED_DATA_ELEMENT);
        } catch (DecodeException first) {
            try {
                return new Decoded(Oer.decode(bytes, BC_DATA, what, Ieee1609Dot2Data::getInstance), BC_TBS_DATA);
            } catch (DecodeException second) {
                throw first;
            }
        }
    }

    /**
     * {@code Ieee1609Dot2Data{protocolVersion 3, content unsecuredData(payload)}}, encoded directly
     * (COER: 03, choice 0x80, length determinant, octets).
     */
    public static byte[] unsecured(byte[] payload) {
        return new CoerOutput(payload.length + 6).write(3).write(0x80).octets(payload).toByteArray();
    }

    /**
     * The payload of an unsecured {@code Ieee1609Dot2Data} (exactly one, canonical), read directly.
     *
     * @param what names the structure in error messages
     */
    public static byte[] unsecuredPayload(byte[] bytes, String what) throws DecodeException {
        if (bytes.length < 3) {
            throw new DecodeException(what, bytes.length, "truncated: " + bytes.length + " bytes");
        }
        if (bytes[0] != 3) {
            throw new DecodeException(what, 0, "protocolVersion " + (bytes[0] & 0xFF) + ", expected 3");
        }
        if ((bytes[1] & 0xFF) != 0x80) {
            throw new DecodeException(what, 1, String.format("content choice 0x%02x is not unsecuredData", bytes[1] & 0xFF));
        }
        CoerInput in = new CoerInput(bytes, 2, what);
        byte[] payload = in.octets("unsecuredData");
        in.end();
        return payload;
    }

    /** Wraps an already built structure (encodes it). */
    public static Spdu of(Ieee1609Dot2Data data) {
        try {
            return of(Oer.encode(data, Ieee1609Dot2Schema.IEEE1609_DOT2_DATA_ELEMENT), data);
        } catch (DecodeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** A signed SPDU just built (by {@link MessageSigner}), with its already known parts. */
    static Spdu built(Ieee1609Dot2Data data, SignedMessage signed) {
        return new Spdu(Oer.encode(data, Ieee1609Dot2Schema.IEEE1609_DOT2_DATA_ELEMENT), data, signed, null);
    }

    private static Spdu of(byte[] encoded, Ieee1609Dot2Data data) throws DecodeException {
        int version = data.getProtocolVersion().getValue().intValue();
        if (version != 3) {
            throw new DecodeException("Ieee1609Dot2Data", 0, "protocolVersion " + version + ", expected 3");
        }
        Ieee1609Dot2Content content = data.getContent();
        SignedMessage signed = null;
        EncryptedMessage encrypted = null;
        if (content.getChoice() == Ieee1609Dot2Content.signedData) {
            signed = SignedMessage.of(SignedData.getInstance(content.getIeee1609Dot2Content()));
        } else if (content.getChoice() == Ieee1609Dot2Content.encryptedData) {
            encrypted = EncryptedMessage.of(EncryptedData.getInstance(content.getIeee1609Dot2Content()));
        }
        return new Spdu(encoded, data, signed, encrypted);
    }

    public byte[] encoded() {
        return encoded.clone();
    }

    public int length() {
        return encoded.length;
    }

    /** SHA-256 of the encoding. */
    public byte[] sha256() {
        return Sha256.digest(encoded);
    }

    public Ieee1609Dot2Data asn1() {
        return asn1;
    }

    public int protocolVersion() {
        return asn1.getProtocolVersion().getValue().intValue();
    }

    public ContentType contentType() {
        return switch (asn1.getContent().getChoice()) {
            case Ieee1609Dot2Content.unsecuredData -> ContentType.UNSECURED_DATA;
            case Ieee1609Dot2Content.signedData -> ContentType.SIGNED_DATA;
            case Ieee1609Dot2Content.encryptedData -> ContentType.ENCRYPTED_DATA;
            default -> ContentType.SIGNED_CERTIFICATE_REQUEST;
        };
    }

    public Optional<SignedMessage> signed() {
        return Optional.ofNullable(signed);
    }

    public Optional<EncryptedMessage> encrypted() {
        return Optional.ofNullable(encrypted);
    }

    /** The opaque content of unsecuredData or signedCertificateRequest. */
    public Optional<byte[]> opaqueContent() {
        int c = asn1.getContent().getChoice();
        if (c == Ieee1609Dot2Content.unsecuredData || c == Ieee1609Dot2Content.signedCertificateRequest) {
            return Optional.of(Opaque.getInstance(asn1.getContent().getIeee1609Dot2Content()).getContent());
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Spdu s && Arrays.equals(encoded, s.encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "Ieee1609Dot2Data " + contentType() + " (" + encoded.length + " bytes)";
    }
}
