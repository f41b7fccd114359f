package org.scmsim.crypto.envelope;

import org.bouncycastle.oer.Element;
import org.bouncycastle.oer.its.ieee1609dot2.Ieee1609Dot2Data;
import org.bouncycastle.oer.its.template.ieee1609dot2.IEEE1609dot2;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.coer.Ieee1609Dot2Schema;
import org.scmsim.crypto.coer.Oer;

/** Decoding of {@code Ieee1609Dot2Data} shared by the envelopes, and the unsecured-data wrapper. */
public final class Envelopes {

    /** BouncyCastle's own definition: resolves nested data, but not certificates with a group linkage value. */
    static final Element BC_DATA = IEEE1609dot2.Ieee1609Dot2Data.build();
    /**
     * Used to encode what we sign: BouncyCastle's {@code HeaderInfo} object only encodes with its
     * own definition. Our certificates carry no group linkage value, so BC's LinkageData
     * definition encodes them exactly as the standard's does.
     */
    static final Element BC_TBS_DATA = IEEE1609dot2.ToBeSignedData.build();

    private Envelopes() {
    }

    /**
     * Decodes with the project schema (which reads real pseudonym certificates); if that cannot
     * resolve a nested {@code Ieee1609Dot2Data} (a signed payload that is itself data), with
     * BouncyCastle's definition. The first error is reported if both fail.
     */
    public static Ieee1609Dot2Data decodeData(byte[] bytes, String what) throws DecodeException {
        return decode(bytes, what).data();
    }

    /** The decoded data and the definition of ToBeSignedData that re-encodes its parts. */
    record Decoded(Ieee1609Dot2Data data, Element toBeSignedData) {
    }

    static Decoded decode(byte[] bytes, String what) throws DecodeException {
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
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(payload.length + 6);
        out.write(3);
        out.write(0x80);
        length(out, payload.length);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    /** A COER length determinant. */
    static void length(java.io.ByteArrayOutputStream out, int n) {
        if (n < 128) {
            out.write(n);
        } else if (n < 256) {
            out.write(0x81);
            out.write(n);
        } else if (n < 65536) {
            out.write(0x82);
            out.write(n >>> 8);
            out.write(n);
        } else {
            out.write(0x83);
            out.write(n >>> 16);
            out.write(n >>> 8);
            out.write(n);
        }
    }

    /** {@code Psid ::= INTEGER (0..MAX)}: a length octet, then the minimal unsigned big-endian octets. */
    static void psid(java.io.ByteArrayOutputStream out, long psid) {
        if (psid < 0) {
            throw new IllegalArgumentException("PSID must not be negative: " + psid);
        }
        int n = 1;
        while (n < 8 && (psid >>> (8 * n)) != 0) {
            n++;
        }
        out.write(n);
        for (int k = n - 1; k >= 0; k--) {
            out.write((int) (psid >>> (8 * k)));
        }
    }

    /** The payload of an unsecured {@code Ieee1609Dot2Data} (exactly one, canonical). */
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
        int first = bytes[2] & 0xFF;
        int at = 3;
        int n;
        if (first < 128) {
            n = first;
        } else {
            int k = first & 0x7F;
            if (k == 0 || k > 3 || bytes.length < 3 + k) {
                throw new DecodeException(what, 2, "bad length determinant");
            }
            n = 0;
            for (int q = 0; q < k; q++) {
                n = (n << 8) | (bytes[at++] & 0xFF);
            }
            if (n < 128 || (k > 1 && n < (1 << (8 * (k - 1))))) {
                throw new DecodeException(what, 2, "non-canonical length determinant");
            }
        }
        if (bytes.length - at != n) {
            throw new DecodeException(what, at, "length " + n + " but " + (bytes.length - at) + " bytes follow");
        }
        return java.util.Arrays.copyOfRange(bytes, at, bytes.length);
    }
}
