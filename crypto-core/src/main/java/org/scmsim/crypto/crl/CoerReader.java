package org.scmsim.crypto.crl;

import org.scmsim.crypto.coer.DecodeException;

/** Canonical OER reading with bounds checks; every failure is a {@link DecodeException} naming the offset. */
final class CoerReader {

    private final byte[] in;
    private final String what;
    private int at;

    CoerReader(byte[] in, String what) {
        this.in = in;
        this.what = what;
    }

    int position() {
        return at;
    }

    DecodeException error(String problem) {
        return new DecodeException(what, at, problem);
    }

    private void need(int n, String field) throws DecodeException {
        if (n < 0 || at + n > in.length) {
            throw new DecodeException(what, at, "truncated: " + field + " needs " + n + " byte(s), "
                    + (in.length - at) + " left");
        }
    }

    int u8(String field) throws DecodeException {
        need(1, field);
        return in[at++] & 0xFF;
    }

    int u16(String field) throws DecodeException {
        need(2, field);
        int v = ((in[at] & 0xFF) << 8) | (in[at + 1] & 0xFF);
        at += 2;
        return v;
    }

    long u32(String field) throws DecodeException {
        need(4, field);
        long v = ((long) (in[at] & 0xFF) << 24) | ((in[at + 1] & 0xFF) << 16) | ((in[at + 2] & 0xFF) << 8) | (in[at + 3] & 0xFF);
        at += 4;
        return v;
    }

    byte[] bytes(int n, String field) throws DecodeException {
        need(n, field);
        byte[] b = java.util.Arrays.copyOfRange(in, at, at + n);
        at += n;
        return b;
    }

    int length(String field) throws DecodeException {
        int first = u8(field + " length");
        if (first < 128) {
            return first;
        }
        int n = first & 0x7F;
        if (n == 0 || n > 3) {
            throw error(field + ": unsupported length of " + n + " octets");
        }
        int v = 0;
        for (int k = 0; k < n; k++) {
            v = (v << 8) | u8(field + " length");
        }
        if (v < 128 || (n > 1 && v < (1 << (8 * (n - 1))))) {
            throw error(field + ": non-canonical length");
        }
        return v;
    }

    /** The quantity of a SEQUENCE OF, bounded by the bytes left (each element takes at least one). */
    int quantity(String field) throws DecodeException {
        int n = length(field + " quantity");
        if (n == 0 || n > 4) {
            throw error(field + ": quantity of " + n + " octets");
        }
        long v = 0;
        for (int k = 0; k < n; k++) {
            v = (v << 8) | u8(field + " quantity");
        }
        if (v > in.length - at) {
            throw error(field + ": " + v + " elements cannot fit in the " + (in.length - at) + " bytes left");
        }
        return (int) v;
    }

    byte[] opaque(String field) throws DecodeException {
        return bytes(length(field), field);
    }

    /**
     * Reads the extension-additions part of an extensible SEQUENCE whose preamble said extensions are
     * present: the presence bitmap, then one open type per present addition (skipped: later versions
     * of the standard may add fields we do not use).
     */
    void skipExtensions(String field) throws DecodeException {
        int bitmapLength = length(field + " extension bitmap");
        if (bitmapLength < 1) {
            throw error(field + ": empty extension bitmap");
        }
        int unused = u8(field + " extension bitmap");
        byte[] bits = bytes(bitmapLength - 1, field + " extension bitmap");
        int count = 0;
        for (int k = 0; k < bits.length * 8 - unused; k++) {
            if ((bits[k / 8] & (0x80 >>> (k % 8))) != 0) {
                count++;
            }
        }
        for (int k = 0; k < count; k++) {
            opaque(field + " extension");
        }
    }

    boolean atEnd() {
        return at == in.length;
    }

    void expectEnd() throws DecodeException {
        if (at != in.length) {
            throw error((in.length - at) + " trailing byte(s) after the " + what);
        }
    }
}
