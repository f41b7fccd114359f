package org.scmsim.crypto.base;

import java.util.HexFormat;

/**
 * {@code HashedId10 ::= OCTET STRING (SIZE(10))}: the low-order (last, in network byte order) 10
 * octets of the SHA-256 hash of the COER encoding of the hashed structure (IEEE 1609.2 §6.3.x).
 * Example from the standard: HashedId10 of SHA-256("") ends the digest {@code ...a495991b7852b855}.
 */
public final class HashedId10 extends HashedId {

    public static final int LENGTH = 10;

    public HashedId10(byte[] bytes) {
        super(bytes, LENGTH);
    }

    /** HashedId10 of the given encoding: last 10 octets of SHA-256(encoding). */
    public static HashedId10 of(byte[] encoding) {
        return new HashedId10(lastBytes(Sha256.digest(encoding), LENGTH));
    }

    /** HashedId10 from an already computed SHA-256 digest. */
    public static HashedId10 fromSha256(byte[] sha256) {
        if (sha256.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 octets, got " + sha256.length);
        }
        return new HashedId10(lastBytes(sha256, LENGTH));
    }

    /** Parses 20 hex digits. */
    public static HashedId10 fromHex(String hex) {
        return new HashedId10(HexFormat.of().parseHex(hex));
    }
}
