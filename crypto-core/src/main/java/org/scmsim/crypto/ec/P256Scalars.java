package org.scmsim.crypto.ec;

import java.math.BigInteger;

import org.bouncycastle.math.raw.Nat256;

/**
 * Scalar handling for the P-256 multipliers: the regular signed-window recoding of an odd scalar
 * (every digit odd, so every window adds a point and the sequence of operations does not depend
 * on the scalar), and making a scalar odd by replacing k with n − k.
 */
final class P256Scalars {

    static final BigInteger N = EcCurve.NIST_P256.order();
    private static final int[] N_WORDS = Nat256.fromBigInteger(N);

    private P256Scalars() {
    }

    /** The number of digits {@link #recode} writes for window width {@code w}. */
    static int digits(int w) {
        int m = (256 + w - 1) / w;
        int rest = 256 - w * (m - 1); // bits left for the top digit
        return rest < w ? m : m + 1;
    }

    /**
     * k in [1, n−1] as eight little-endian words, made odd: k itself if odd, else n − k.
     *
     * @return −1 if k was replaced by n − k (the product must then be negated), 0 if not
     */
    static int oddScalar(BigInteger k, int[] out) {
        if (k.signum() <= 0 || k.compareTo(N) >= 0) {
            throw new IllegalArgumentException("scalar out of range [1, n-1]");
        }
        int[] kw = Nat256.fromBigInteger(k);
        int[] nk = Nat256.create();
        Nat256.sub(N_WORDS, kw, nk);
        int even = (kw[0] & 1) - 1; // -1 if even
        for (int i = 0; i < 8; i++) {
            out[i] = (nk[i] & even) | (kw[i] & ~even);
        }
        return even;
    }

    /**
     * Regular recoding of an odd 256-bit scalar (eight little-endian words) into
     * {@link #digits(int)} odd digits in [−(2^w − 1), 2^w − 1] with k = Σ d_i·2^(w·i); the top
     * digit is positive.
     */
    static int[] recode(int[] k, int w) {
        int m = digits(w);
        int[] d = new int[m];
        int mask1 = (1 << (w + 1)) - 1;
        int carry = 0;
        for (int i = 0; i < m - 1; i++) {
            int window = bits(k, w * i, w + 1) + carry;
            int u = (window & mask1) - (1 << w);
            d[i] = u;
            // k_{i+1} = (k_i − u) / 2^w with k_i = (k >> w·i) + carry
            carry = (bits(k, w * i, w) + carry - u) >> w;
        }
        int topBits = 256 - w * (m - 1);
        d[m - 1] = (topBits > 0 ? bits(k, w * (m - 1), topBits) : 0) + carry;
        return d;
    }

    /** {@code len} (≤ 31) bits of k from bit {@code pos} (zero beyond bit 255). */
    private static int bits(int[] k, int pos, int len) {
        int word = pos >>> 5;
        int shift = pos & 31;
        long v = k[word] & 0xFFFFFFFFL;
        if (word + 1 < 8) {
            v |= (k[word + 1] & 0xFFFFFFFFL) << 32;
        }
        return (int) ((v >>> shift) & ((1L << len) - 1));
    }
}
