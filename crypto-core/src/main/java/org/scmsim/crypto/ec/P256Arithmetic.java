package org.scmsim.crypto.ec;

import java.math.BigInteger;

import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.custom.sec.SecP256R1Field;
import org.bouncycastle.math.raw.Nat256;

/**
 * G·k on NIST P-256 for the {@code bc} backend and {@link EcCurve#multiplyGenerator}: BouncyCastle's
 * field arithmetic without its point objects, from {@link P256GeneratorTable} (2-2.5x as fast as
 * BouncyCastle's fixed-point comb here, and no lock: the comb keeps its precomputation on the shared
 * generator point and synchronizes on it at every call). Results are BouncyCastle points of
 * {@code CustomNamedCurves} secp256r1, normalized.
 *
 * <p>An arbitrary point P·k stays with BouncyCastle's wNAF multiplier: the same approach on raw
 * field arithmetic (regular odd-digit windows, w = 5) measured 10-30% slower, as the 255 doublings
 * dominate and cost the same either way.
 */
final class P256Arithmetic {

    private P256Arithmetic() {
    }

    /** G·k (k reduced mod n; the point at infinity for k ≡ 0). */
    static ECPoint multiplyGenerator(BigInteger k) {
        BigInteger kn = reduce(k);
        if (kn.signum() == 0) {
            return EcCurve.NIST_P256.curve().getInfinity();
        }
        P256Jacobian acc = new P256Jacobian();
        P256GeneratorTable.instance().multiply(kn, acc);
        return toPoint(acc);
    }

    /** The affine x-coordinate of G·k, k in [1, n−1] (the ECDSA r before reduction mod n). */
    static BigInteger generatorX(BigInteger k) {
        P256Jacobian acc = new P256Jacobian();
        P256GeneratorTable.instance().multiply(k, acc);
        int[] x = Nat256.create();
        acc.toAffine(x, null);
        return Nat256.toBigInteger(x);
    }

    /**
     * k_i·G + P_i for every i, normalized with one field inversion for the whole batch (Montgomery's
     * trick); the point at infinity where the sum is.
     *
     * @param addends affine or not, on secp256r1; the point at infinity is allowed
     */
    static ECPoint[] multiplyGeneratorAdd(BigInteger[] scalars, ECPoint[] addends) {
        int n = scalars.length;
        P256Jacobian[] acc = new P256Jacobian[n];
        P256GeneratorTable table = P256GeneratorTable.instance();
        for (int i = 0; i < n; i++) {
            acc[i] = new P256Jacobian();
            BigInteger k = reduce(scalars[i]);
            if (k.signum() != 0) {
                table.multiply(k, acc[i]);
            }
            ECPoint p = addends[i].normalize();
            if (!p.isInfinity()) {
                acc[i].addAffine(Nat256.fromBigInteger(p.getAffineXCoord().toBigInteger()),
                        Nat256.fromBigInteger(p.getAffineYCoord().toBigInteger()));
            }
        }
        // prefix products of the Z coordinates (1 for points at infinity), one inversion, then back
        int[][] prefix = new int[n][];
        int[] running = Nat256.create();
        running[0] = 1;
        int[] tt = Nat256.createExt();
        for (int i = 0; i < n; i++) {
            if (!acc[i].infinity) {
                SecP256R1Field.multiply(running, acc[i].z, running, tt);
            }
            prefix[i] = running.clone();
        }
        int[] inv = Nat256.create();
        SecP256R1Field.inv(running, inv);
        ECPoint[] out = new ECPoint[n];
        int[] zInv = Nat256.create();
        int[] zInv2 = Nat256.create();
        int[] x = Nat256.create();
        int[] y = Nat256.create();
        for (int i = n - 1; i >= 0; i--) {
            if (acc[i].infinity) {
                out[i] = EcCurve.NIST_P256.curve().getInfinity();
                continue;
            }
            if (i > 0) {
                SecP256R1Field.multiply(inv, prefix[i - 1], zInv, tt);
                SecP256R1Field.multiply(inv, acc[i].z, inv, tt);
            } else {
                Nat256.copy(inv, zInv);
            }
            SecP256R1Field.square(zInv, zInv2, tt);
            SecP256R1Field.multiply(acc[i].x, zInv2, x, tt);
            SecP256R1Field.multiply(zInv2, zInv, zInv2, tt);
            SecP256R1Field.multiply(acc[i].y, zInv2, y, tt);
            out[i] = EcCurve.NIST_P256.curve().createPoint(Nat256.toBigInteger(x), Nat256.toBigInteger(y));
        }
        return out;
    }

    private static BigInteger reduce(BigInteger k) {
        return k.signum() >= 0 && k.compareTo(P256Scalars.N) < 0 ? k : k.mod(P256Scalars.N);
    }

    private static ECPoint toPoint(P256Jacobian acc) {
        if (acc.infinity) {
            return EcCurve.NIST_P256.curve().getInfinity();
        }
        int[] x = Nat256.create();
        int[] y = Nat256.create();
        acc.toAffine(x, y);
        return EcCurve.NIST_P256.curve().createPoint(Nat256.toBigInteger(x), Nat256.toBigInteger(y));
    }
}
