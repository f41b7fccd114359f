package org.scmsim.crypto.misbehavior;

import java.util.Arrays;
import java.util.Objects;
import org.scmsim.crypto.coer.DecodeException;

/**
 * The outer SAE J3287 PDU:
 * <pre>
 * SaeJ3287Data ::= SEQUENCE {
 *   version Uint8 (1),
 *   content CHOICE {
 *     plaintext SaeJ3287Mbr,
 *     signed    SaeJ3287Mbr-Signed,   -- Ieee1609Dot2Data signedData, psid 38, over the COER SaeJ3287Mbr
 *     sTE       SaeJ3287Mbr-STE       -- Ieee1609Dot2Data encryptedData of the signed one, to the MA
 *   }
 * }
 * </pre>
 *
 * @param content the inner encoding: a {@code SaeJ3287Mbr} for plaintext, an {@code Ieee1609Dot2Data}
 *     otherwise
 */
public record SaeJ3287Data(ContentType type, byte[] content) {

    /** The only version defined. */
    public static final int VERSION = 1;

    /** Which alternative the content is. */
    public enum ContentType {
        PLAINTEXT,
        SIGNED,
        SIGNED_THEN_ENCRYPTED
    }

    public SaeJ3287Data {
        Objects.requireNonNull(type, "type");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public byte[] encode() {
        byte[] out = new byte[content.length + 2];
        out[0] = VERSION;
        out[1] = (byte) (0x80 | type.ordinal());
        System.arraycopy(content, 0, out, 2, content.length);
        return out;
    }

    /**
     * Reads the version and the choice; the content is checked by whoever reads it (a plaintext
     * one here, as {@link MisbehaviorReport#decode}).
     *
     * @throws DecodeException on a wrong version, an unknown choice, or a bad plaintext report
     */
    public static SaeJ3287Data decode(byte[] in) throws DecodeException {
        if (in.length < 3) {
            throw new DecodeException("SaeJ3287Data", in.length, "truncated: " + in.length + " byte(s)");
        }
        if ((in[0] & 0xFF) != VERSION) {
            throw new DecodeException("SaeJ3287Data", 0, "version: " + (in[0] & 0xFF) + ", expected " + VERSION);
        }
        int tag = in[1] & 0xFF;
        if (tag < 0x80 || tag > 0x82) {
            throw new DecodeException("SaeJ3287Data", 1, String.format("content: choice tag 0x%02x is not plaintext, signed or sTE", tag));
        }
        SaeJ3287Data d = new SaeJ3287Data(ContentType.values()[tag - 0x80], Arrays.copyOfRange(in, 2, in.length));
        if (d.type == ContentType.PLAINTEXT) {
            MisbehaviorReport.decode(d.content);
        }
        return d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SaeJ3287Data d && d.type == type && Arrays.equals(d.content, content);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "SaeJ3287Data[" + type + ", " + content.length + " bytes]";
    }
}
