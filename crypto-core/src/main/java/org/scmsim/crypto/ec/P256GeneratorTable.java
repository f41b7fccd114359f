package org.scmsim.crypto.ec;

import java.math.BigInteger;

import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.raw.Nat256;

/**
 * k·G on NIST P-256 from a precomputed table: for each w-bit window j the odd multiples
 * (2e+1)·2^(w·j)·G, e &lt; 2^(w−1), in affine coordinates. A scalar, recoded into odd signed
 * digits ({@link P256Scalars#recode}), then costs one mixed addition per window and no doubling
 * (43 additions for w = 6, against 43 doublings and 43 additions for BouncyCastle's comb). Each
 * table entry is read by scanning the whole window with masks, so the memory access pattern does
 * not depend on the (secret) scalar. Immutable after construction; thread-safe.
 */
final class P256GeneratorTable {

    /** The window width used by {@link #instance()}. */
    static final int DEFAULT_WIDTH = 6;

    private final int w;
    private final int entries;
    private final int digits;
    /** Entry i of window j at ((j·entries + i)·8): x then y, each as four longs of two words. */
    private final long[] table;

    P256GeneratorTable(int w) {
        this(w, EcCurve.NIST_P256.generator());
    }

    /**
     * The same table for another base point (a public key verified many times: see
     * {@link P256Verifier}).
     *
     * @param base a point of secp256r1 other than the point at infinity
     */
    P256GeneratorTable(int w, ECPoint base) {
        if (w < 2 || w > 8) {
            throw new IllegalArgumentException("window width " + w + " outside 2..8");
        }
        this.w = w;
        this.entries = 1 << (w - 1);
        this.digits = P256Scalars.digits(w);
        ECCurve curve = EcCurve.NIST_P256.curve();
        ECPoint[] points = new ECPoint[digits * entries];
        base = base.normalize();
        if (base.isInfinity()) {
            throw new IllegalArgumentException("a table of the point at infinity");
        }
        for (int j = 0; j < digits; j++) {
            ECPoint twice = base.twice();
            ECPoint p = base;
            for (int e = 0; e < entries; e++) {
                points[j * entries + e] = p;
                p = p.add(twice);
            }
            base = base.timesPow2(w);
        }
        curve.normalizeAll(points);
        table = new long[points.length * 8];
        for (int i = 0; i < points.length; i++) {
            pack(Nat256.fromBigInteger(points[i].getAffineXCoord().toBigInteger()), table, i * 8);
            pack(Nat256.fromBigInteger(points[i].getAffineYCoord().toBigInteger()), table, i * 8 + 4);
        }
    }

    /** The shared table (built on first use, about 90 KB). */
    static P256GeneratorTable instance() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final P256GeneratorTable INSTANCE = new P256GeneratorTable(DEFAULT_WIDTH);
    }

    /** Sets {@code acc} to k·G, k in [1, n−1]. */
    void multiply(BigInteger k, P256Jacobian acc) {
        int[] kw = Nat256.create();
        int negate = P256Scalars.oddScalar(k, kw);
        int[] d = P256Scalars.recode(kw, w);
        int[] px = Nat256.create();
        int[] py = Nat256.create();
        int[] ny = Nat256.create();
        long[] sel = new long[8];
        select(0, d[0], sel, px, py, ny);
        acc.setAffine(px, py);
        for (int j = 1; j < digits; j++) {
            select(j, d[j], sel, px, py, ny);
            acc.addAffine(px, py);
        }
        acc.negateIf(negate);
    }

    /**
     * Adds k·B to {@code acc} (B the table's base point), k in [1, n−1]; the accumulator may
     * hold any point, the point at infinity included. Used for sums of products, u1·G + u2·Q,
     * with no doubling at all.
     */
    void accumulate(BigInteger k, P256Jacobian acc) {
        int[] kw = Nat256.create();
        int negate = P256Scalars.oddScalar(k, kw);
        int[] d = P256Scalars.recode(kw, w);
        int[] px = Nat256.create();
        int[] py = Nat256.create();
        int[] ny = Nat256.create();
        long[] sel = new long[8];
        for (int j = 0; j < digits; j++) {
            select(j, (d[j] ^ negate) - negate, sel, px, py, ny);   // (n−k)·B = −k·B: flip every digit
            acc.addAffine(px, py);
        }
    }

    /**
     * As {@link #accumulate} for a public scalar (signature verification): each entry is read
     * directly at its index, so time and memory accesses depend on k. Never for secrets.
     */
    void accumulatePublic(BigInteger k, P256Jacobian acc) {
        int[] kw = Nat256.create();
        int negate = P256Scalars.oddScalar(k, kw);
        int[] d = P256Scalars.recode(kw, w);
        int[] px = Nat256.create();
        int[] py = Nat256.create();
        for (int j = 0; j < digits; j++) {
            int u = (d[j] ^ negate) - negate;
            int at = (j * entries + ((Math.abs(u) - 1) >>> 1)) * 8;
            for (int i = 0; i < 4; i++) {
                long xv = table[at + i];
                long yv = table[at + 4 + i];
                px[2 * i] = (int) xv;
                px[2 * i + 1] = (int) (xv >>> 32);
                py[2 * i] = (int) yv;
                py[2 * i + 1] = (int) (yv >>> 32);
            }
            if (u < 0) {
                org.bouncycastle.math.ec.custom.sec.SecP256R1Field.negate(py, py);
            }
            acc.addAffine(px, py);
        }
    }

    /** The point for digit u of window j: scans every entry of the window, then negates y if u &lt; 0. */
    private void select(int j, int u, long[] sel, int[] px, int[] py, int[] ny) {
        int sign = u >> 31;
        int index = (((u ^ sign) - sign) - 1) >>> 1;
        java.util.Arrays.fill(sel, 0L);
        int at = j * entries * 8;
        for (int e = 0; e < entries; e++, at += 8) {
            long mask = ((e ^ index) - 1) >> 31; // sign-extended: all ones for the wanted entry
            for (int i = 0; i < 8; i++) {
                sel[i] |= table[at + i] & mask;
            }
        }
        for (int i = 0; i < 4; i++) {
            px[2 * i] = (int) sel[i];
            px[2 * i + 1] = (int) (sel[i] >>> 32);
            py[2 * i] = (int) sel[4 + i];
            py[2 * i + 1] = (int) (sel[4 + i] >>> 32);
        }
        org.bouncycastle.math.ec.custom.sec.SecP256R1Field.negate(py, ny);
        for (int i = 0; i < 8; i++) {
            py[i] = (ny[i] & sign) | (py[i] & ~sign);
        }
    }

    private static void pack(int[] words, long[] out, int at) {
        for (int i = 0; i < 4; i++) {
            out[at + i] = (words[2 * i] & 0xFFFFFFFFL) | ((long) words[2 * i + 1] << 32);
        }
    }
}
