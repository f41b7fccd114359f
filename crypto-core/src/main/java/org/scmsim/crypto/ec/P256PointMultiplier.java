package org.scmsim.crypto.ec;

import java.math.BigInteger;

import org.bouncycastle.math.ec.WNafUtil;
import org.bouncycastle.math.ec.custom.sec.SecP256R1Field;
import org.bouncycastle.math.raw.Nat256;

/**
 * k·P on NIST P-256 for a point P seen once (an ECIES recipient key, an ECQV reconstruction
 * value): the width-5 NAF of k (BouncyCastle's {@link WNafUtil}), the odd multiples P, 3P, …, 15P
 * in affine coordinates, then one doubling per bit and one mixed addition per non-zero digit — the
 * algorithm of BouncyCastle's {@code WNafL2RMultiplier}, and like it not constant-time, but on raw
 * field arithmetic: about 13 KB allocated per multiplication instead of BouncyCastle's ~140 KB,
 * which on several threads at once is memory traffic and garbage collection they share.
 * Stateless; thread-safe.
 */
final class P256PointMultiplier {

    static final int WIDTH = 5;
    private static final int ENTRIES = 1 << (WIDTH - 2);

    private P256PointMultiplier() {
    }

    /** Sets {@code acc} to k·(px, py), k in [1, n−1], (px, py) an affine point of the curve. */
    static void multiply(int[] px, int[] py, BigInteger k, P256Jacobian acc) {
        int[][] xs = new int[ENTRIES][];
        int[][] ys = new int[ENTRIES][];
        int[][] negYs = new int[ENTRIES][];
        oddMultiples(px, py, xs, ys);
        for (int e = 0; e < ENTRIES; e++) {
            negYs[e] = Nat256.create();
            SecP256R1Field.negate(ys[e], negYs[e]);
        }
        byte[] naf = WNafUtil.generateWindowNaf(WIDTH, k);
        acc.infinity = true;
        for (int i = naf.length - 1; i >= 0; i--) {
            acc.twice();
            int d = naf[i];
            if (d != 0) {
                int index = (Math.abs(d) - 1) >> 1;
                acc.addAffine(xs[index], d < 0 ? negYs[index] : ys[index]);
            }
        }
    }

    /** P, 3P, …, (2·ENTRIES − 1)P in affine coordinates (two field inversions). */
    static void oddMultiples(int[] px, int[] py, int[][] xs, int[][] ys) {
        P256Jacobian twice = new P256Jacobian();
        twice.setAffine(px, py);
        twice.twice();
        int[] tx = Nat256.create();
        int[] ty = Nat256.create();
        twice.toAffine(tx, ty);
        P256Jacobian[] multiples = new P256Jacobian[ENTRIES];
        P256Jacobian acc = new P256Jacobian();
        acc.setAffine(px, py);
        xs[0] = px.clone();
        ys[0] = py.clone();
        int[] tt = Nat256.createExt();
        // prefix products of the Z coordinates of 3P, 5P, … for one shared inversion
        int[][] prefix = new int[ENTRIES][];
        int[] running = Nat256.create();
        running[0] = 1;
        for (int e = 1; e < ENTRIES; e++) {
            acc.addAffine(tx, ty);
            if (acc.infinity) {
                throw new IllegalStateException("an odd multiple of a P-256 point is the point at infinity");
            }
            multiples[e] = new P256Jacobian();
            Nat256.copy(acc.x, multiples[e].x);
            Nat256.copy(acc.y, multiples[e].y);
            Nat256.copy(acc.z, multiples[e].z);
            SecP256R1Field.multiply(running, acc.z, running, tt);
            prefix[e] = running.clone();
        }
        int[] inv = Nat256.create();
        SecP256R1Field.inv(running, inv);
        int[] zInv = Nat256.create();
        int[] zInv2 = Nat256.create();
        for (int e = ENTRIES - 1; e >= 1; e--) {
            if (e > 1) {
                SecP256R1Field.multiply(inv, prefix[e - 1], zInv, tt);
                SecP256R1Field.multiply(inv, multiples[e].z, inv, tt);
            } else {
                Nat256.copy(inv, zInv);
            }
            SecP256R1Field.square(zInv, zInv2, tt);
            xs[e] = Nat256.create();
            ys[e] = Nat256.create();
            SecP256R1Field.multiply(multiples[e].x, zInv2, xs[e], tt);
            SecP256R1Field.multiply(zInv2, zInv, zInv2, tt);
            SecP256R1Field.multiply(multiples[e].y, zInv2, ys[e], tt);
        }
    }
}
