package org.scmsim.crypto.ec;

import java.math.BigInteger;

import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.WNafUtil;
import org.bouncycastle.math.ec.custom.sec.SecP256R1Field;
import org.bouncycastle.math.raw.Nat256;

/**
 * Σ k_i·P_i on NIST P-256 for points seen once, by Straus's interleaving: the width-5 NAF of every
 * scalar, the odd multiples of every point (as {@link P256PointMultiplier} makes them), then one
 * shared doubling per bit and one mixed addition per non-zero digit of any scalar. For m points
 * this costs 256 doublings in all instead of m·256, which is what makes checking a whole batch of
 * reconstructed keys in one equation cheap. Not constant-time (public data only). Stateless;
 * thread-safe.
 */
final class P256MultiScalar {

    private static final int ENTRIES = 1 << (P256PointMultiplier.WIDTH - 2);

    private P256MultiScalar() {
    }

    /** Σ k_i·P_i, normalized (the point at infinity for a zero sum). */
    static ECPoint sum(BigInteger[] scalars, ECPoint[] points) {
        P256Jacobian acc = new P256Jacobian();
        sum(scalars, points, acc);
        if (acc.infinity) {
            return EcCurve.NIST_P256.curve().getInfinity();
        }
        int[] x = Nat256.create();
        int[] y = Nat256.create();
        acc.toAffine(x, y);
        return EcCurve.NIST_P256.curve().createPoint(Nat256.toBigInteger(x), Nat256.toBigInteger(y));
    }

    /**
     * Σ k_i·P_i in {@code acc} (the point at infinity for an empty or zero sum).
     *
     * @param points affine points of secp256r1 (the point at infinity is skipped)
     */
    static void sum(BigInteger[] scalars, ECPoint[] points, P256Jacobian acc) {
        int m = scalars.length;
        byte[][] nafs = new byte[m][];
        int[][][] xs = new int[m][][];
        int[][][] ys = new int[m][][];
        int[][][] negYs = new int[m][][];
        int length = 0;
        for (int i = 0; i < m; i++) {
            BigInteger k = reduce(scalars[i]);
            ECPoint p = points[i].normalize();
            if (k.signum() == 0 || p.isInfinity()) {
                continue;
            }
            nafs[i] = WNafUtil.generateWindowNaf(P256PointMultiplier.WIDTH, k);
            length = Math.max(length, nafs[i].length);
            xs[i] = new int[ENTRIES][];
            ys[i] = new int[ENTRIES][];
            negYs[i] = new int[ENTRIES][];
            P256PointMultiplier.oddMultiples(Nat256.fromBigInteger(p.getAffineXCoord().toBigInteger()),
                    Nat256.fromBigInteger(p.getAffineYCoord().toBigInteger()), xs[i], ys[i]);
            for (int e = 0; e < ENTRIES; e++) {
                negYs[i][e] = Nat256.create();
                SecP256R1Field.negate(ys[i][e], negYs[i][e]);
            }
        }
        acc.infinity = true;
        for (int bit = length - 1; bit >= 0; bit--) {
            acc.twice();
            for (int i = 0; i < m; i++) {
                byte[] naf = nafs[i];
                if (naf == null || bit >= naf.length) {
                    continue;
                }
                int d = naf[bit];
                if (d != 0) {
                    int index = (Math.abs(d) - 1) >> 1;
                    acc.addAffine(xs[i][index], d < 0 ? negYs[i][index] : ys[i][index]);
                }
            }
        }
    }

    private static BigInteger reduce(BigInteger k) {
        return k.signum() >= 0 && k.compareTo(P256Scalars.N) < 0 ? k : k.mod(P256Scalars.N);
    }
}
