package org.scmsim.crypto.ec;

import java.math.BigInteger;

/**
 * An ECDSA signature (r, s). IEEE 1609.2 carries r as the x-only {@code rSig} (r < n, so r
 * itself, 32 octets) and s as {@code sSig}.
 */
public record EcdsaSignature(BigInteger r, BigInteger s) {

    public EcdsaSignature {
        if (r.signum() <= 0 || s.signum() <= 0) {
            throw new IllegalArgumentException("ECDSA r and s must be positive");
        }
    }

    /** r as 32 octets (the x-only rSig). */
    public byte[] rBytes() {
        return EcCurve.to32Bytes(r);
    }

    /** s as 32 octets (sSig). */
    public byte[] sBytes() {
        return EcCurve.to32Bytes(s);
    }
}
