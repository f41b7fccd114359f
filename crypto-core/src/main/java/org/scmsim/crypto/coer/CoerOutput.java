package org.scmsim.crypto.coer;

import java.io.ByteArrayOutputStream;

/**
 * A COER writer for the fixed-shape structures the envelopes and SCMS messages write
 * directly, without BouncyCastle's OER engine: octets, length determinants, quantities of a
 * SEQUENCE OF, PSIDs and fixed-size unsigned integers.
 */
public final class CoerOutput {

    private final ByteArrayOutputStream out;

    public CoerOutput(int expectedSize) {
        this.out = new ByteArrayOutputStream(expectedSize);
    }

    public CoerOutput write(int octet) {
        out.write(octet);
        return this;
    }

    public CoerOutput write(byte[] octets) {
        out.writeBytes(octets);
        return this;
    }

    /** A length determinant (X.696 8.6): short form below 128, else 0x80|n then n octets. */
    public CoerOutput length(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative length " + n);
        }
        if (n < 128) {
            out.write(n);
            return this;
        }
        int octets = n < 0x100 ? 1 : n < 0x1_0000 ? 2 : n < 0x100_0000 ? 3 : 4;
        out.write(0x80 | octets);
        return uint(n, octets);
    }

    /** An OCTET STRING of unconstrained size: length determinant, then the octets. */
    public CoerOutput octets(byte[] octets) {
        return length(octets.length).write(octets);
    }

    /** The quantity field of a SEQUENCE OF: a length determinant, then the count as a minimal unsigned integer. */
    public CoerOutput quantity(int count) {
        int octets = count < 0x100 ? 1 : count < 0x1_0000 ? 2 : count < 0x100_0000 ? 3 : 4;
        return length(octets).uint(count, octets);
    }

    /** {@code Psid ::= INTEGER (0..MAX)}: a length octet, then the minimal unsigned big-endian octets. */
    public CoerOutput psid(long psid) {
        if (psid < 0) {
            throw new IllegalArgumentException("PSID must not be negative: " + psid);
        }
        int n = 1;
        while (n < 8 && (psid >>> (8 * n)) != 0) {
            n++;
        }
        out.write(n);
        return uint(psid, n);
    }

    /** {@code value} as {@code octets} big-endian octets (Uint8/16/32/64 and Time32/Time64). */
    public CoerOutput uint(long value, int octets) {
        for (int k = octets - 1; k >= 0; k--) {
            out.write((int) (value >>> (8 * k)));
        }
        return this;
    }

    public int size() {
        return out.size();
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }
}
