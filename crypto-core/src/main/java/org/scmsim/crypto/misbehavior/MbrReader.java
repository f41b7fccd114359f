package org.scmsim.crypto.misbehavior;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.bouncycastle.oer.OERInputStream;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.coer.Ieee1609Dot2Schema;

/**
 * Canonical COER reading for the misbehaviour report structures: bounds-checked, and every failure
 * a {@link DecodeException} naming the field (its path in the report) and the byte offset.
 */
final class MbrReader {

    private final byte[] in;
    private final String what;
    private int at;

    MbrReader(byte[] in, String what) {
        this.in = in;
        this.what = what;
    }

    DecodeException error(String field, String problem) {
        return new DecodeException(what, at, field + ": " + problem);
    }

    private void need(int n, String field) throws DecodeException {
        if (n < 0 || at + n > in.length) {
            throw error(field, "truncated, needs " + n + " byte(s), " + (in.length - at) + " left");
        }
    }

    int u8(String field) throws DecodeException {
        need(1, field);
        return in[at++] & 0xFF;
    }

    int u16(String field) throws DecodeException {
        return (u8(field) << 8) | u8(field);
    }

    /** A fixed 4-octet two's-complement integer (an INTEGER whose range needs 32 signed bits). */
    int s32(String field) throws DecodeException {
        need(4, field);
        int v = ((in[at] & 0xFF) << 24) | ((in[at + 1] & 0xFF) << 16) | ((in[at + 2] & 0xFF) << 8) | (in[at + 3] & 0xFF);
        at += 4;
        return v;
    }

    /** Uint64, refused above 2^63 - 1. */
    long u64(String field) throws DecodeException {
        need(8, field);
        if ((in[at] & 0x80) != 0) {
            throw error(field, "value above 2^63-1 is not supported");
        }
        long v = 0;
        for (int k = 0; k < 8; k++) {
            v = (v << 8) | (in[at++] & 0xFF);
        }
        return v;
    }

    byte[] bytes(int n, String field) throws DecodeException {
        need(n, field);
        byte[] b = Arrays.copyOfRange(in, at, at + n);
        at += n;
        return b;
    }

    /** A length determinant (canonical: short form below 128, minimal long form). */
    int length(String field) throws DecodeException {
        int first = u8(field + " length");
        if (first < 128) {
            return first;
        }
        int n = first & 0x7F;
        if (n == 0 || n > 3) {
            throw error(field, "unsupported length of " + n + " octets");
        }
        int v = 0;
        for (int k = 0; k < n; k++) {
            v = (v << 8) | u8(field + " length");
        }
        if (v < 128 || (n > 1 && v < (1 << (8 * (n - 1))))) {
            throw error(field, "non-canonical length");
        }
        return v;
    }

    /** The quantity of a SEQUENCE OF, bounded by the bytes left. */
    int quantity(String field) throws DecodeException {
        int n = length(field + " quantity");
        if (n == 0 || n > 4) {
            throw error(field, "quantity of " + n + " octets");
        }
        if (n > 1 && peek() == 0) {
            throw error(field, "non-canonical quantity");
        }
        long v = 0;
        for (int k = 0; k < n; k++) {
            v = (v << 8) | u8(field + " quantity");
        }
        if (v > in.length - at) {
            throw error(field, v + " elements cannot fit in the " + (in.length - at) + " bytes left");
        }
        return (int) v;
    }

    private int peek() throws DecodeException {
        need(1, "value");
        return in[at] & 0xFF;
    }

    /** An open type (or OCTET STRING): length, then the octets. */
    byte[] openType(String field) throws DecodeException {
        return bytes(length(field), field);
    }

    /** {@code Psid ::= INTEGER (0..MAX)}: a length, then minimal unsigned octets (at most 8 here). */
    long psid(String field) throws DecodeException {
        int n = length(field);
        if (n < 1 || n > 8) {
            throw error(field, "a Psid of " + n + " octets");
        }
        if (n > 1 && peek() == 0) {
            throw error(field, "non-canonical Psid (leading zero octet)");
        }
        if (n == 8 && (peek() & 0x80) != 0) {
            throw error(field, "Psid above 2^63-1 is not supported");
        }
        long v = 0;
        for (int k = 0; k < n; k++) {
            v = (v << 8) | u8(field);
        }
        return v;
    }

    /** The preamble of a SEQUENCE with {@code optionals} OPTIONAL fields and no extension marker. */
    int preamble(String field, int optionals) throws DecodeException {
        int p = u8(field + " preamble");
        int used = (0xFF00 >>> optionals) & 0xFF;
        if ((p & ~used & 0xFF) != 0) {
            at--;
            throw error(field, String.format("preamble 0x%02x has padding bits set", p));
        }
        return p;
    }

    /** A 1609.2 {@code Certificate} encoded in place (its length found by parsing it). */
    Certificate certificate(String field) throws DecodeException {
        ByteArrayInputStream s = new ByteArrayInputStream(in, at, in.length - at);
        int before = s.available();
        try {
            new OERInputStream(s, in.length - at).parse(Ieee1609Dot2Schema.CERTIFICATE_ELEMENT);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            throw error(field, "not a certificate: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        int n = before - s.available();
        byte[] enc = bytes(n, field);
        try {
            return Certificates.decode(enc);
        } catch (DecodeException e) {
            throw new DecodeException(what, at - n + Math.max(0, e.offset()), field + ": " + e.getMessage(), e);
        }
    }

    int position() {
        return at;
    }

    void expectEnd() throws DecodeException {
        if (at != in.length) {
            throw new DecodeException(what, at, (in.length - at) + " trailing byte(s) after the " + what);
        }
    }
}
