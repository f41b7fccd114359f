package org.scmsim.crypto.ec;

import java.math.BigInteger;

import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.custom.sec.SecP256R1Curve;
import org.bouncycastle.math.ec.custom.sec.SecP256R1Field;
import org.bouncycastle.math.raw.Nat256;

/**
 * G·k on NIST P-256 for the {@code bc} backend and {@link EcCurve#multiplyGenerator}: BouncyCastle's
 * field arithmetic without its point objects, from {@link P256GeneratorTable} (2-2.5x as fast as
 * BouncyCastle's fixed-point comb here, and no lock: the comb keeps its precomputation on the shared
 * generator point and synchronizes on it at every call). Results are BouncyCastle points of
 * {@code CustomNamedCurves} secp256r1, normalized.
 *
 * <p>P·k for an arbitrary point uses {@link P256PointMultiplier}: BouncyCastle's wNAF algorithm on
 * raw field arithmetic, about as fast on one thread but allocating ~13 KB instead of ~140 KB. (A
 * constant-time variant, regular odd-digit windows with masked table reads, measured 10-30% slower
 * than BouncyCastle, as its 52 full additions add to the 255 doublings that dominate either way.)
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

    /**
     * a + b, normalized with one (constant-time) field inversion and no SecureRandom: BouncyCastle's
     * {@code ECPoint.normalize()} blinds its inversion with a random field element from
     * {@code CryptoServicesRegistrar}'s default, a {@code new SecureRandom()} per thread, which on
     * Linux is the process-wide NativePRNG behind a lock, so every normalize queues on it.
     */
    static ECPoint add(ECPoint a, ECPoint b) {
        ECPoint an = a.normalize();
        ECPoint bn = b.normalize();
        if (an.isInfinity()) {
            return bn;
        }
        if (bn.isInfinity()) {
            return an;
        }
        P256Jacobian acc = new P256Jacobian();
        acc.setAffine(Nat256.fromBigInteger(an.getAffineXCoord().toBigInteger()),
                Nat256.fromBigInteger(an.getAffineYCoord().toBigInteger()));
        acc.addAffine(Nat256.fromBigInteger(bn.getAffineXCoord().toBigInteger()),
                Nat256.fromBigInteger(bn.getAffineYCoord().toBigInteger()));
        return toPoint(acc);
    }

    /** True if {@code p} is a point of the curve these methods handle. */
    static boolean handles(ECPoint p) {
        return p.getCurve() instanceof SecP256R1Curve;
    }

    /** P·k (k reduced mod n; the point at infinity for k ≡ 0 or P at infinity). */
    static ECPoint multiply(ECPoint p, BigInteger k) {
        BigInteger kn = reduce(k);
        if (kn.signum() == 0 || p.isInfinity()) {
            return EcCurve.NIST_P256.curve().getInfinity();
        }
        P256Jacobian acc = new P256Jacobian();
        multiply(p, kn, acc);
        return toPoint(acc);
    }

    /**
     * The x-coordinate (32 octets) of P·k, k in [1, n−1].
     *
     * @throws IllegalArgumentException if P or the product is the point at infinity
     */
    static byte[] sharedX(ECPoint p, BigInteger k) {
        BigInteger kn = reduce(k);
        if (p.isInfinity() || kn.signum() == 0) {
            throw new IllegalArgumentException("ECDH result is the point at infinity");
        }
        P256Jacobian acc = new P256Jacobian();
        multiply(p, kn, acc);
        if (acc.infinity) {
            throw new IllegalArgumentException("ECDH result is the point at infinity");
        }
        int[] x = Nat256.create();
        acc.toAffine(x, null);
        byte[] out = new byte[32];
        for (int i = 0; i < 8; i++) {
            int v = x[7 - i];
            out[4 * i] = (byte) (v >>> 24);
            out[4 * i + 1] = (byte) (v >>> 16);
            out[4 * i + 2] = (byte) (v >>> 8);
            out[4 * i + 3] = (byte) v;
        }
        return out;
    }

    private static void multiply(ECPoint p, BigInteger k, P256Jacobian acc) {
        ECPoint n = p.normalize();
        P256PointMultiplier.multiply(Nat256.fromBigInteger(n.getAffineXCoord().toBigInteger()),
                Nat256.fromBigInteger(n.getAffineYCoord().toBigInteger()), k, acc);
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
