package org.scmsim.crypto.base;

import java.util.HexFormat;

/**
 * {@code HashedId3 ::= OCTET STRING (SIZE(3))}: the low-order (last, in network byte order) 3
 * octets of the SHA-256 hash of the COER encoding of the hashed structure (IEEE 1609.2 §6.3.x).
 * Example from the standard: HashedId3 of SHA-256("") ends the digest {@code ...a495991b7852b855}.
 */
public final class HashedId3 extends HashedId {

    public static final int LENGTH = 3;

    public HashedId3(byte[] bytes) {
        super(bytes, LENGTH);
    }

    /** HashedId3 of the given encoding: last 3 octets of SHA-256(encoding). */
    public static HashedId3 of(byte[] encoding) {
        return new HashedId3(lastBytes(Sha256.digest(encoding), LENGTH));
    }

    /** HashedId3 from an already computed SHA-256 digest. */
    public static HashedId3 fromSha256(byte[] sha256) {
        if (sha256.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 octets, got " + sha256.length);
        }
        return new HashedId3(lastBytes(sha256, LENGTH));
    }

    /** Parses 6 hex digits. */
    public static HashedId3 fromHex(String hex) {
        return new HashedId3(HexFormat.of().parseHex(hex));
    }
}
