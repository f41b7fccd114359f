package org.scmsim.crypto.ecies;

import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.math.ec.ECPoint;

/**
 * An ECIES-wrapped AES key as 1609.2 {@code EciesP256EncryptedKey} carries it:
 * <pre>
 * EciesP256EncryptedKey ::= SEQUENCE {
 *   v  EccP256CurvePoint,    -- the sender's ephemeral public key V
 *   c  OCTET STRING (SIZE (16)),  -- the wrapped key, k XOR K1
 *   t  OCTET STRING (SIZE (16))   -- MAC1(K2, c)
 * }
 * </pre>
 */
public final class WrappedKey {

    private final ECPoint v;
    private final byte[] c;
    private final byte[] t;

    public WrappedKey(ECPoint v, byte[] c, byte[] t) {
        if (c.length != 16 || t.length != 16) {
            throw new IllegalArgumentException("ECIES c and t must be 16 octets each, not " + c.length + " and " + t.length);
        }
        this.v = v.normalize();
        this.c = c.clone();
        this.t = t.clone();
    }

    /** The sender's ephemeral public key. */
    public ECPoint v() {
        return v;
    }

    /** The wrapped key (copy). */
    public byte[] c() {
        return c.clone();
    }

    /** The authentication tag (copy). */
    public byte[] t() {
        return t.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WrappedKey w && v.equals(w.v) && Arrays.equals(c, w.c) && Arrays.equals(t, w.t);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(c) + Arrays.hashCode(t);
    }

    @Override
    public String toString() {
        return "WrappedKey[c=" + HexFormat.of().formatHex(c) + ", t=" + HexFormat.of().formatHex(t) + "]";
    }
}
