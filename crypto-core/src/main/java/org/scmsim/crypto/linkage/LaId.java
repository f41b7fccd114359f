package org.scmsim.crypto.linkage;

/**
 * A linkage authority's identifier, 1609.2 {@code LaId ::= OCTET STRING (SIZE(2))}, held as an
 * unsigned 16-bit value.
 */
public record LaId(int value) {

    public LaId {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("LaId is 2 octets: 0..0xFFFF, not " + value);
        }
    }

    /** The two octets, big-endian. */
    public byte[] octets() {
        return new byte[] {(byte) (value >>> 8), (byte) value};
    }

    public static LaId of(byte[] octets) {
        if (octets.length != 2) {
            throw new IllegalArgumentException("LaId is 2 octets, not " + octets.length);
        }
        return new LaId(((octets[0] & 0xFF) << 8) | (octets[1] & 0xFF));
    }

    @Override
    public String toString() {
        return String.format("%04x", value);
    }
}
