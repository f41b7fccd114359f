package org.scmsim.crypto.coer;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.oer.Element;
import org.bouncycastle.oer.OEREncoder;
import org.bouncycastle.oer.OERInputStream;

/**
 * Decoding and encoding with BouncyCastle's OER engine, hardened for untrusted input.
 *
 * <p>{@link #decode} never lets a runtime exception out: whatever BouncyCastle throws on a
 * truncated, overlong or ill-formed input becomes a {@link DecodeException} with the byte offset
 * reached. Allocation is capped at the input's length (a forged length prefix cannot exhaust
 * memory). Trailing bytes are rejected, and so is any encoding that does not re-encode to the same
 * bytes (COER is canonical, so a valid encoding always does): what we accept is exactly what we
 * would have written, and hashes over it (HashedId8, signatures) mean what they say.
 */
public final class Oer {

    private Oer() {
    }

    /** A decoding step that maps BC's typed view onto our result; may throw runtime exceptions. */
    @FunctionalInterface
    public interface Mapper<T> {
        T map(ASN1Encodable decoded);
    }

    /**
     * Decodes {@code bytes} as {@code definition}, then maps the result with {@code mapper}
     * (typically a BC {@code getInstance}). {@code what} names the structure in error messages.
     */
    public static <T> T decode(byte[] bytes, Element definition, String what, Mapper<T> mapper) throws DecodeException {
        if (bytes == null || bytes.length == 0) {
            throw new DecodeException(what, 0, "no bytes");
        }
        CountingStream counter = new CountingStream(new ByteArrayInputStream(bytes));
        ASN1Encodable decoded;
        try {
            OERInputStream in = new OERInputStream(counter, bytes.length);
            decoded = in.parse(definition);
        } catch (EOFException e) {
            throw new DecodeException(what, counter.count, "truncated: input ends after " + bytes.length + " bytes", e);
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            throw new DecodeException(what, counter.count, describe(e), e);
        }
        if (counter.count < bytes.length) {
            throw new DecodeException(what, counter.count, (bytes.length - counter.count) + " trailing byte(s) after the "
                    + what);
        }
        T result;
        try {
            result = mapper.map(decoded);
        } catch (RuntimeException e) {
            throw new DecodeException(what, -1, "invalid content: " + describe(e), e);
        }
        byte[] again;
        try {
            again = OEREncoder.toByteArray((ASN1Encodable) decoded, definition);
        } catch (RuntimeException e) {
            throw new DecodeException(what, -1, "cannot be re-encoded: " + describe(e), e);
        }
        int diff = firstDifference(bytes, again);
        if (diff >= 0) {
            throw new DecodeException(what, diff, "not canonical COER (a canonical encoding differs from here on)");
        }
        return result;
    }

    /** A value decoded from the start of a longer input, and the number of octets it took. */
    public record Prefix<T>(T value, int length) {
    }

    /**
     * Decodes one {@code definition} starting at {@code offset} of {@code bytes} (the input may
     * go on after it: a structure embedded before other fields), with the same checks as
     * {@link #decode} except for trailing bytes: the octets taken must be the canonical encoding.
     * Offsets in errors count from the start of {@code bytes}.
     */
    public static <T> Prefix<T> decodePrefix(byte[] bytes, int offset, Element definition, String what, Mapper<T> mapper)
            throws DecodeException {
        if (bytes == null || offset >= bytes.length) {
            throw new DecodeException(what, offset, "truncated: no bytes left");
        }
        int available = bytes.length - offset;
        CountingStream counter = new CountingStream(new ByteArrayInputStream(bytes, offset, available));
        ASN1Encodable decoded;
        try {
            decoded = new OERInputStream(counter, available).parse(definition);
        } catch (EOFException e) {
            throw new DecodeException(what, offset + counter.count, "truncated: input ends after " + bytes.length + " bytes", e);
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            throw new DecodeException(what, offset + counter.count, describe(e), e);
        }
        int length = (int) counter.count;
        T result;
        try {
            result = mapper.map(decoded);
        } catch (RuntimeException e) {
            throw new DecodeException(what, offset, "invalid content: " + describe(e), e);
        }
        byte[] again;
        try {
            again = OEREncoder.toByteArray((ASN1Encodable) decoded, definition);
        } catch (RuntimeException e) {
            throw new DecodeException(what, offset, "cannot be re-encoded: " + describe(e), e);
        }
        int diff = firstDifference(java.util.Arrays.copyOfRange(bytes, offset, offset + length), again);
        if (diff >= 0) {
            throw new DecodeException(what, offset + diff, "not canonical COER (a canonical encoding differs from here on)");
        }
        return new Prefix<>(result, length);
    }

    /** COER encoding of {@code value} (a BC typed object) as {@code definition}. */
    public static byte[] encode(ASN1Encodable value, Element definition) {
        return OEREncoder.toByteArray(value, definition);
    }

    private static int firstDifference(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : n;
    }

    /**
     * What went wrong, in the reader's words: BouncyCastle's messages where they say it, never the
     * name of an exception class (a user reads this, not a developer).
     */
    static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "declared length larger than the input";
        }
        if (e instanceof StackOverflowError) {
            return "nesting too deep";
        }
        String m = e.getMessage() == null ? "" : e.getMessage().strip();
        java.util.regex.Matcher size = ARRAY_SIZE.matcher(m);
        if (size.find()) {
            return "declared length of " + size.group(1) + " octet(s) but only " + size.group(2) + " left";
        }
        if (m.toLowerCase(java.util.Locale.ROOT).contains("unimplemented tag type")) {
            return "unknown CHOICE alternative (a tag the IEEE 1609.2 module does not define here)";
        }
        if (m.isEmpty()) {
            return e instanceof IOException ? "unreadable encoding" : "malformed encoding";
        }
        return m;
    }

    private static final java.util.regex.Pattern ARRAY_SIZE =
            java.util.regex.Pattern.compile("required byte array size (\\d+) was greater than (\\d+)");

    /** Counts the bytes the decoder has consumed, to report the failure offset. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
