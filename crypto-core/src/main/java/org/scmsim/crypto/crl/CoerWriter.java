package org.scmsim.crypto.crl;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/** Canonical OER writing of the primitive shapes the CRL structures use. */
final class CoerWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

    CoerWriter u8(int v) {
        out.write(v);
        return this;
    }

    CoerWriter u16(int v) {
        out.write(v >>> 8);
        out.write(v);
        return this;
    }

    CoerWriter u32(long v) {
        out.write((int) (v >>> 24));
        out.write((int) (v >>> 16));
        out.write((int) (v >>> 8));
        out.write((int) v);
        return this;
    }

    CoerWriter bytes(byte[] b) {
        out.write(b, 0, b.length);
        return this;
    }

    /** A length determinant (short form below 128, else long form). */
    CoerWriter length(int n) {
        if (n < 128) {
            out.write(n);
        } else {
            byte[] b = BigInteger.valueOf(n).toByteArray();
            int skip = b[0] == 0 ? 1 : 0;
            out.write(0x80 | (b.length - skip));
            out.write(b, skip, b.length - skip);
        }
        return this;
    }

    /** The quantity of a SEQUENCE OF: a length-prefixed unsigned integer. */
    CoerWriter quantity(int n) {
        byte[] b = BigInteger.valueOf(n).toByteArray();
        int skip = b[0] == 0 && b.length > 1 ? 1 : 0;
        length(b.length - skip);
        out.write(b, skip, b.length - skip);
        return this;
    }

    /** A variable-length OCTET STRING (or open type): length then content. */
    CoerWriter opaque(byte[] b) {
        length(b.length);
        return bytes(b);
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
