package org.scmsim.crypto.misbehavior;

import java.io.ByteArrayInputStream;
import org.bouncycastle.oer.OERInputStream;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.coer.CoerInput;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.coer.Ieee1609Dot2Schema;

/**
 * Canonical COER reading for the misbehaviour report structures: crypto-core's {@link CoerInput}
 * (bounds-checked, every failure a {@link DecodeException} naming the field, its path in the report,
 * and the byte offset) plus what only these structures need: signed 32-bit integers, preambles
 * without an extension marker, and certificates in place.
 */
final class MbrReader {

    private final byte[] bytes;
    private final CoerInput in;

    MbrReader(byte[] bytes, String what) {
        this.bytes = bytes;
        this.in = new CoerInput(bytes, what);
    }

    DecodeException error(String field, String problem) {
        return in.error(field, problem);
    }

    int u8(String field) throws DecodeException {
        return in.uint8(field);
    }

    int u16(String field) throws DecodeException {
        return (int) in.uint(field, 2);
    }

    /** A fixed 4-octet two's-complement integer (an INTEGER whose range needs 32 signed bits). */
    int s32(String field) throws DecodeException {
        return (int) in.uint(field, 4);
    }

    /** Uint64, refused above 2^63 - 1. */
    long u64(String field) throws DecodeException {
        return in.uint(field, 8);
    }

    byte[] bytes(int n, String field) throws DecodeException {
        return in.fixed(field, n);
    }

    /** A length determinant (canonical: short form below 128, minimal long form). */
    int length(String field) throws DecodeException {
        return in.length(field);
    }

    /** The quantity of a SEQUENCE OF, bounded by the bytes left (each element takes at least one). */
    int quantity(String field) throws DecodeException {
        return in.boundedQuantity(field);
    }

    /** An open type (or OCTET STRING): length, then the octets. */
    byte[] openType(String field) throws DecodeException {
        return in.octets(field);
    }

    /** {@code Psid ::= INTEGER (0..MAX)}. */
    long psid(String field) throws DecodeException {
        return in.psid(field);
    }

    /** The preamble of a SEQUENCE with {@code optionals} OPTIONAL fields and no extension marker. */
    int preamble(String field, int optionals) throws DecodeException {
        int p = u8(field + " preamble");
        int used = (0xFF00 >>> optionals) & 0xFF;
        if ((p & ~used & 0xFF) != 0) {
            throw error(field, String.format("preamble 0x%02x has padding bits set", p));
        }
        return p;
    }

    /** A 1609.2 {@code Certificate} encoded in place (its length found by parsing it). */
    Certificate certificate(String field) throws DecodeException {
        int at = in.position();
        ByteArrayInputStream s = new ByteArrayInputStream(bytes, at, bytes.length - at);
        int before = s.available();
        try {
            new OERInputStream(s, bytes.length - at).parse(Ieee1609Dot2Schema.CERTIFICATE_ELEMENT);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            throw error(field, "not a certificate: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        byte[] enc = bytes(before - s.available(), field);
        try {
            return Certificates.decode(enc);
        } catch (DecodeException e) {
            throw new DecodeException(in.what() + "." + field, at + Math.max(0, e.offset()), e.getMessage(), e);
        }
    }

    int position() {
        return in.position();
    }

    void expectEnd() throws DecodeException {
        in.end();
    }
}
