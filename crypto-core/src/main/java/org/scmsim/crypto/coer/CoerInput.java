package org.scmsim.crypto.coer;

import java.util.Arrays;

/**
 * A COER reader for structures decoded directly (without BouncyCastle's OER engine), that names
 * the field it was reading in every {@link DecodeException}: {@code what.field} and the byte
 * offset. Rejects truncation, non-canonical length determinants and trailing bytes.
 */
public final class CoerInput {

    private final byte[] bytes;
    private final String what;
    private int at;

    public CoerInput(byte[] bytes, int offset, String what) {
        this.bytes = bytes;
        this.at = offset;
        this.what = what;
    }

    public CoerInput(byte[] bytes, String what) {
        this(bytes, 0, what);
    }

    /** The structure this reader names in errors. */
    public String what() {
        return what;
    }

    /** The offset of the next octet to read. */
    public int position() {
        return at;
    }

    public int remaining() {
        return bytes.length - at;
    }

    /** A DecodeException about {@code field} at the current offset. */
    public DecodeException error(String field, String problem) {
        return new DecodeException(what + "." + field, at, problem);
    }

    private void need(String field, int n) throws DecodeException {
        if (n > bytes.length - at) {
            throw error(field, "truncated: needs " + n + " octet(s), " + (bytes.length - at) + " left");
        }
    }

    public int uint8(String field) throws DecodeException {
        need(field, 1);
        return bytes[at++] & 0xFF;
    }

    /** An unsigned big-endian integer of {@code octets} octets (up to 8; 8 must fit a signed long). */
    public long uint(String field, int octets) throws DecodeException {
        need(field, octets);
        long v = 0;
        for (int k = 0; k < octets; k++) {
            v = (v << 8) | (bytes[at++] & 0xFF);
        }
        if (octets == 8 && v < 0) {
            throw error(field, "value beyond 2^63");
        }
        return v;
    }

    /** An octet that must equal {@code expected} (a version, a fixed CHOICE tag). */
    public void expect(String field, int expected, String meaning) throws DecodeException {
        int v = uint8(field);
        if (v != expected) {
            at--;
            throw error(field, String.format("0x%02x where %s (0x%02x) is required", v, meaning, expected));
        }
    }

    public byte[] fixed(String field, int n) throws DecodeException {
        need(field, n);
        byte[] out = Arrays.copyOfRange(bytes, at, at + n);
        at += n;
        return out;
    }

    /** A length determinant, canonical, not beyond the input. */
    public int length(String field) throws DecodeException {
        int first = uint8(field);
        if (first < 128) {
            return first;
        }
        int k = first & 0x7F;
        if (k == 0 || k > 3) {
            at--;
            throw error(field, "bad length determinant 0x" + Integer.toHexString(first));
        }
        int n = (int) uint(field, k);
        if (n < 128 || (k > 1 && n < (1 << (8 * (k - 1))))) {
            throw error(field, "non-canonical length determinant");
        }
        if (n > bytes.length - at) {
            throw error(field, "length " + n + " but only " + (bytes.length - at) + " octet(s) left");
        }
        return n;
    }

    /** An OCTET STRING of unconstrained size. */
    public byte[] octets(String field) throws DecodeException {
        int n = length(field);
        return fixed(field, n);
    }

    /** The quantity of a SEQUENCE OF (canonical). */
    public int quantity(String field) throws DecodeException {
        int octets = length(field);
        if (octets == 0 || octets > 3) {
            throw error(field, "quantity of " + octets + " octets");
        }
        need(field, octets);
        int first = bytes[at] & 0xFF;
        long n = uint(field, octets);
        if (octets > 1 && first == 0) {
            throw error(field, "non-canonical quantity");
        }
        return (int) n;
    }

    /** {@code Psid ::= INTEGER (0..MAX)}: length octet and minimal octets (at most 2^63 − 1 here). */
    public long psid(String field) throws DecodeException {
        int n = length(field);
        if (n == 0 || n > 8) {
            throw error(field, "PSID of " + n + " octets");
        }
        need(field, n);
        if (n > 1 && (bytes[at] & 0xFF) == 0) {
            throw error(field, "non-canonical PSID (leading zero octet)");
        }
        return uint(field, n);
    }

    /** A copy of the next {@code n} octets without advancing, or null if fewer are left. */
    public byte[] peek(int n) {
        return n > bytes.length - at ? null : Arrays.copyOfRange(bytes, at, at + n);
    }

    /** The rest of the input. */
    public byte[] rest() {
        byte[] out = Arrays.copyOfRange(bytes, at, bytes.length);
        at = bytes.length;
        return out;
    }

    /** Everything was read. */
    public void end() throws DecodeException {
        if (at != bytes.length) {
            throw new DecodeException(what, at, (bytes.length - at) + " trailing octet(s)");
        }
    }

    /** Advances past {@code n} octets already decoded elsewhere (e.g. by {@link Oer#decodePrefix}). */
    public void skip(String field, int n) throws DecodeException {
        need(field, n);
        at += n;
    }

    /**
     * A reader of the same input from the current position, naming {@code what} in errors (for a
     * nested structure); this reader does not advance.
     */
    public CoerInput nested(String what) {
        return new CoerInput(bytes, at, what);
    }

    /** A copy of the input between two offsets (e.g. a nested structure just read with {@link #nested}). */
    public byte[] slice(int from, int to) {
        return Arrays.copyOfRange(bytes, from, to);
    }

    /**
     * The quantity of a SEQUENCE OF whose elements take at least one octet each: refused when it
     * counts more elements than octets are left (so a forged count cannot make the caller allocate).
     */
    public int boundedQuantity(String field) throws DecodeException {
        int n = quantity(field);
        if (n > remaining()) {
            throw error(field, n + " elements cannot fit in the " + remaining() + " bytes left");
        }
        return n;
    }

    /**
     * Reads the extension additions of an extensible SEQUENCE whose preamble said extensions are
     * present: the presence bitmap, then one open type per present addition, skipped (later versions
     * of a standard may add fields this reader does not use).
     */
    public void skipExtensions(String field) throws DecodeException {
        String bitmap = field + ".extensionBitmap";
        int bitmapLength = length(bitmap);
        if (bitmapLength < 1) {
            throw error(bitmap, "empty extension bitmap");
        }
        int unused = uint8(bitmap);
        byte[] bits = fixed(bitmap, bitmapLength - 1);
        int count = 0;
        for (int k = 0; k < bits.length * 8 - unused; k++) {
            if ((bits[k / 8] & (0x80 >>> (k % 8))) != 0) {
                count++;
            }
        }
        for (int k = 0; k < count; k++) {
            octets(field + ".extension");
        }
    }
}
