package org.scmsim.crypto.coer;

/**
 * Bytes that are not a valid COER encoding of the expected IEEE 1609.2 structure: truncated,
 * overlong, a wrong CHOICE, a constraint violated, trailing bytes, or a non-canonical encoding.
 * Names what was being decoded and the byte offset (from the start of the input) where decoding
 * stopped; the offset is -1 when no position applies.
 */
public final class DecodeException extends Exception {

    private final String what;
    private final long offset;

    public DecodeException(String what, long offset, String problem) {
        this(what, offset, problem, null);
    }

    public DecodeException(String what, long offset, String problem, Throwable cause) {
        super(what + (offset >= 0 ? " at byte offset " + offset : "") + ": " + problem, cause);
        this.what = what;
        this.offset = offset;
    }

    /** The structure being decoded, e.g. {@code Certificate}. */
    public String what() {
        return what;
    }

    /** Byte offset into the input where decoding stopped, or -1. */
    public long offset() {
        return offset;
    }
}
