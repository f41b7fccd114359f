package org.scmsim.crypto.ec;

import org.bouncycastle.math.ec.custom.sec.SecP256R1Field;
import org.bouncycastle.math.raw.Nat256;

/**
 * A mutable NIST P-256 point in Jacobian coordinates (x = X/Z², y = Y/Z³) on BouncyCastle's raw
 * {@link SecP256R1Field} arithmetic (eight 32-bit words, fully reduced), with its own scratch
 * space: no allocation per operation. Not thread-safe: one instance per computation.
 *
 * <p>Formulas (a = −3): doubling dbl-2001-b (3M+5S) and mixed addition madd-2004-hmv (8M+3S), as
 * in the Explicit-Formulas Database. The exceptional cases (adding a point to itself or to its
 * negative, the point at infinity) are handled; in {@link P256GeneratorTable} they can only occur
 * in the last windows and for scalars a random draw hits with negligible probability.
 */
final class P256Jacobian {

    final int[] x = Nat256.create();
    final int[] y = Nat256.create();
    final int[] z = Nat256.create();
    boolean infinity = true;

    private final int[] t1 = Nat256.create();
    private final int[] t2 = Nat256.create();
    private final int[] t3 = Nat256.create();
    private final int[] t4 = Nat256.create();
    private final int[] tt = Nat256.createExt();

    /** Sets this point to the affine point (ax, ay). */
    void setAffine(int[] ax, int[] ay) {
        Nat256.copy(ax, x);
        Nat256.copy(ay, y);
        Nat256.zero(z);
        z[0] = 1;
        infinity = false;
    }

    /** Sets this point to the affine point stored at {@code offset} of {@code table} (x then y, 16 words). */
    void setAffine(int[] table, int offset) {
        System.arraycopy(table, offset, x, 0, 8);
        System.arraycopy(table, offset + 8, y, 0, 8);
        Nat256.zero(z);
        z[0] = 1;
        infinity = false;
    }

    /** this = 2·this. */
    void twice() {
        if (infinity) {
            return;
        }
        if (Nat256.isZero(y)) {
            infinity = true;
            return;
        }
        SecP256R1Field.square(z, t1, tt);          // delta = Z²
        SecP256R1Field.square(y, t2, tt);          // gamma = Y²
        SecP256R1Field.multiply(x, t2, t3, tt);    // beta = X·gamma
        SecP256R1Field.add(y, z, z);               // Z3 = (Y+Z)² − gamma − delta
        SecP256R1Field.square(z, z, tt);
        SecP256R1Field.subtract(z, t2, z);
        SecP256R1Field.subtract(z, t1, z);
        SecP256R1Field.subtract(x, t1, t4);        // alpha = 3·(X−delta)·(X+delta)
        SecP256R1Field.add(x, t1, t1);
        SecP256R1Field.multiply(t4, t1, t1, tt);
        SecP256R1Field.twice(t1, t4);
        SecP256R1Field.add(t4, t1, t1);
        SecP256R1Field.square(t1, x, tt);          // X3 = alpha² − 8·beta
        SecP256R1Field.twice(t3, t3);
        SecP256R1Field.twice(t3, t3);              // 4·beta
        SecP256R1Field.subtract(x, t3, x);
        SecP256R1Field.subtract(x, t3, x);
        SecP256R1Field.subtract(t3, x, t3);        // Y3 = alpha·(4·beta − X3) − 8·gamma²
        SecP256R1Field.multiply(t1, t3, t3, tt);
        SecP256R1Field.square(t2, t2, tt);
        SecP256R1Field.twice(t2, t2);
        SecP256R1Field.twice(t2, t2);
        SecP256R1Field.twice(t2, t2);
        SecP256R1Field.subtract(t3, t2, y);
    }

    /** this = this + (ax, ay), the second point affine. */
    void addAffine(int[] ax, int[] ay) {
        if (infinity) {
            setAffine(ax, ay);
            return;
        }
        SecP256R1Field.square(z, t1, tt);          // Z1Z1
        SecP256R1Field.multiply(ax, t1, t2, tt);   // U2 = x2·Z1Z1
        SecP256R1Field.multiply(t1, z, t1, tt);
        SecP256R1Field.multiply(ay, t1, t3, tt);   // S2 = y2·Z1·Z1Z1
        SecP256R1Field.subtract(t2, x, t2);        // H = U2 − X1
        SecP256R1Field.subtract(t3, y, t3);        // R = S2 − Y1
        if (Nat256.isZero(t2)) {
            if (Nat256.isZero(t3)) {
                setAffine(ax, ay);
                twice();
            } else {
                infinity = true;
            }
            return;
        }
        addTail(t2, t3, x, y);
        SecP256R1Field.multiply(z, t2, z, tt);     // Z3 = Z1·H
    }

    /** X3 = R² − H³ − 2·U1·H², Y3 = R·(U1·H² − X3) − S1·H³ (t1, t4 used as scratch; h, r kept). */
    private void addTail(int[] h, int[] r, int[] u1, int[] s1) {
        SecP256R1Field.square(h, t1, tt);          // HH
        SecP256R1Field.multiply(u1, t1, t4, tt);   // V = U1·HH
        SecP256R1Field.multiply(h, t1, t1, tt);    // HHH
        SecP256R1Field.multiply(s1, t1, s1, tt);   // S1·HHH (s1 may alias y: not read again)
        SecP256R1Field.square(r, x, tt);           // X3 = R² − HHH − 2V
        SecP256R1Field.subtract(x, t1, x);
        SecP256R1Field.subtract(x, t4, x);
        SecP256R1Field.subtract(x, t4, x);
        SecP256R1Field.subtract(t4, x, t4);        // Y3 = R·(V − X3) − S1·HHH
        SecP256R1Field.multiply(r, t4, t4, tt);
        SecP256R1Field.subtract(t4, s1, y);
    }

    /** Negates this point if {@code mask} is all ones (−1), leaves it if 0; no branch on the mask. */
    void negateIf(int mask) {
        SecP256R1Field.negate(y, t1);
        for (int i = 0; i < 8; i++) {
            y[i] = (t1[i] & mask) | (y[i] & ~mask);
        }
    }

    /**
     * Writes the affine coordinates into {@code ax} and (if not null) {@code ay}.
     *
     * @throws IllegalStateException if this is the point at infinity
     */
    void toAffine(int[] ax, int[] ay) {
        if (infinity) {
            throw new IllegalStateException("the point at infinity has no affine coordinates");
        }
        SecP256R1Field.inv(z, t1);                 // 1/Z
        SecP256R1Field.square(t1, t2, tt);         // 1/Z²
        SecP256R1Field.multiply(x, t2, ax, tt);
        if (ay != null) {
            SecP256R1Field.multiply(t2, t1, t2, tt);
            SecP256R1Field.multiply(y, t2, ay, tt);
        }
    }
}
