package org.scmsim.crypto.base;

import java.util.HexFormat;

/**
 * {@code HashedId8 ::= OCTET STRING (SIZE(8))}: the low-order (last, in network byte order) 8
 * octets of the SHA-256 hash of the COER encoding of the hashed structure (IEEE 1609.2 §6.3.x).
 * Example from the standard: HashedId8 of SHA-256("") ends the digest {@code ...a495991b7852b855}.
 */
public final class HashedId8 extends HashedId {

    public static final int LENGTH = 8;

    public HashedId8(byte[] bytes) {
        super(bytes, LENGTH);
    }

    /** HashedId8 of the given encoding: last 8 octets of SHA-256(encoding). */
    public static HashedId8 of(byte[] encoding) {
        return new HashedId8(lastBytes(Sha256.digest(encoding), LENGTH));
    }

    /** HashedId8 from an already computed SHA-256 digest. */
    public static HashedId8 fromSha256(byte[] sha256) {
        if (sha256.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 octets, got " + sha256.length);
        }
        return new HashedId8(lastBytes(sha256, LENGTH));
    }

    /** Parses 16 hex digits. */
    public static HashedId8 fromHex(String hex) {
        return new HashedId8(HexFormat.of().parseHex(hex));
    }
}
