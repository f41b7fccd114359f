package org.scmsim.crypto.misbehavior;

import java.io.ByteArrayOutputStream;

/** Canonical COER writing of the primitive shapes the misbehaviour report structures use. */
final class MbrWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);

    MbrWriter u8(int v) {
        out.write(v);
        return this;
    }

    MbrWriter u16(int v) {
        out.write(v >>> 8);
        out.write(v);
        return this;
    }

    MbrWriter s32(int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
        return this;
    }

    MbrWriter u64(long v) {
        for (int k = 7; k >= 0; k--) {
            out.write((int) (v >>> (8 * k)));
        }
        return this;
    }

    MbrWriter bytes(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    MbrWriter length(int n) {
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
        return this;
    }

    /** The quantity of a SEQUENCE OF: a length-prefixed minimal unsigned integer. */
    MbrWriter quantity(int n) {
        int octets = n < 256 ? 1 : n < 65536 ? 2 : n < (1 << 24) ? 3 : 4;
        out.write(octets);
        for (int k = octets - 1; k >= 0; k--) {
            out.write(n >>> (8 * k));
        }
        return this;
    }

    MbrWriter openType(byte[] b) {
        length(b.length);
        return bytes(b);
    }

    /** {@code Psid}: a length, then the minimal unsigned big-endian octets. */
    MbrWriter psid(long psid) {
        int n = 1;
        while (n < 8 && (psid >>> (8 * n)) != 0) {
            n++;
        }
        out.write(n);
        for (int k = n - 1; k >= 0; k--) {
            out.write((int) (psid >>> (8 * k)));
        }
        return this;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
