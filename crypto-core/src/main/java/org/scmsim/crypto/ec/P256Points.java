package org.scmsim.crypto.ec;

import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.custom.sec.SecP256R1Field;
import org.bouncycastle.math.raw.Mod;
import org.bouncycastle.math.raw.Nat256;

/**
 * Decoding an uncompressed NIST P-256 point (1609.2 {@code uncompressedP256}, SEC 1 {@code 04 || x || y})
 * with the curve equation y² = x³ − 3x + b checked on BouncyCastle's raw field arithmetic: a few
 * field operations (~1 µs) where a compressed point costs a square root (~250 squarings, 15-25 µs
 * here). P-256 has cofactor 1, so a point on the curve is in the group; no order check is needed.
 * Thread-safe (no state).
 */
public final class P256Points {

    private static final int[] P = Nat256.fromBigInteger(EcCurve.NIST_P256.curve().getField().getCharacteristic());
    private static final int[] B = Nat256.fromBigInteger(EcCurve.NIST_P256.curve().getB().toBigInteger());

    private P256Points() {
    }

    /**
     * The point whose big-endian coordinates x and y are the 64 octets at {@code offset}.
     *
     * @throws IllegalArgumentException naming the reason: a coordinate not below p, or (x, y) not
     *     on the curve
     */
    public static ECPoint fromCoordinates(byte[] octets, int offset) {
        if (offset < 0 || octets.length - offset < 64) {
            throw new IllegalArgumentException("an uncompressed P-256 point needs 64 octets of coordinates, "
                    + Math.max(0, octets.length - offset) + " given");
        }
        int[] x = words(octets, offset);
        int[] y = words(octets, offset + 32);
        if (Nat256.gte(x, P)) {
            throw new IllegalArgumentException("x-coordinate is not below the field prime p");
        }
        if (Nat256.gte(y, P)) {
            throw new IllegalArgumentException("y-coordinate is not below the field prime p");
        }
        if (!onCurve(x, y)) {
            throw new IllegalArgumentException("(x, y) is not on the curve: y^2 != x^3 - 3x + b");
        }
        return EcCurve.NIST_P256.curve().createPoint(Nat256.toBigInteger(x), Nat256.toBigInteger(y));
    }

    /** True if the reduced field elements (x, y) satisfy y² = x³ − 3x + b. */
    static boolean onCurve(int[] x, int[] y) {
        int[] tt = Nat256.createExt();
        int[] lhs = Nat256.create();
        int[] rhs = Nat256.create();
        int[] t = Nat256.create();
        SecP256R1Field.square(y, lhs, tt);
        SecP256R1Field.square(x, rhs, tt);
        SecP256R1Field.multiply(rhs, x, rhs, tt);       // x³
        SecP256R1Field.twice(x, t);
        SecP256R1Field.add(t, x, t);                    // 3x
        SecP256R1Field.subtract(rhs, t, rhs);
        SecP256R1Field.add(rhs, B, rhs);
        return Nat256.eq(lhs, rhs);
    }

    /** 32 big-endian octets as eight little-endian 32-bit words (not reduced). */
    private static int[] words(byte[] b, int at) {
        int[] w = Nat256.create();
        for (int i = 0; i < 8; i++) {
            int k = at + 28 - 4 * i;
            w[i] = (b[k] & 0xFF) << 24 | (b[k + 1] & 0xFF) << 16 | (b[k + 2] & 0xFF) << 8 | (b[k + 3] & 0xFF);
        }
        return w;
    }

    /**
     * a + b on NIST P-256, normalized, in affine coordinates with one variable-time field inversion
     * (about half the cost of {@link EcCurve#add}'s constant-time path). Only for points that are
     * public together with their sum, e.g. the PCA's P_U = B + c·G: B and P_U travel on the wire,
     * so c·G = P_U − B is no secret.
     */
    public static ECPoint addPublic(ECPoint a, ECPoint b) {
        if (!P256Arithmetic.handles(a) || !P256Arithmetic.handles(b)) {
            return EcCurve.NIST_P256.add(a, b);
        }
        ECPoint an = a.normalize();
        ECPoint bn = b.normalize();
        if (an.isInfinity() || bn.isInfinity()) {
            return an.isInfinity() ? bn : an;
        }
        int[] x1 = words(an.getAffineXCoord().toBigInteger());
        int[] y1 = words(an.getAffineYCoord().toBigInteger());
        int[] x2 = words(bn.getAffineXCoord().toBigInteger());
        int[] y2 = words(bn.getAffineYCoord().toBigInteger());
        int[] dx = Nat256.create();
        SecP256R1Field.subtract(x2, x1, dx);
        if (Nat256.isZero(dx)) {
            return EcCurve.NIST_P256.add(a, b);   // a = ±b: doubling or the point at infinity
        }
        int[] tt = Nat256.createExt();
        int[] lambda = Nat256.create();
        int[] inv = Nat256.create();
        Mod.checkedModOddInverseVar(P, dx, inv);
        SecP256R1Field.subtract(y2, y1, lambda);
        SecP256R1Field.multiply(lambda, inv, lambda, tt);   // λ = (y2 − y1) / (x2 − x1)
        int[] x3 = Nat256.create();
        SecP256R1Field.square(lambda, x3, tt);
        SecP256R1Field.subtract(x3, x1, x3);
        SecP256R1Field.subtract(x3, x2, x3);                // x3 = λ² − x1 − x2
        int[] y3 = Nat256.create();
        SecP256R1Field.subtract(x1, x3, y3);
        SecP256R1Field.multiply(lambda, y3, y3, tt);
        SecP256R1Field.subtract(y3, y1, y3);                // y3 = λ·(x1 − x3) − y1
        return EcCurve.NIST_P256.curve().createPoint(Nat256.toBigInteger(x3), Nat256.toBigInteger(y3));
    }

    /** A field element below p as eight little-endian words, from its magnitude's octets. */
    private static int[] words(java.math.BigInteger v) {
        byte[] b = v.toByteArray();
        if (b.length == 32) {
            return words(b, 0);
        }
        byte[] out = new byte[32];
        int n = Math.min(b.length, 32);
        System.arraycopy(b, b.length - n, out, 32 - n, n);
        return words(out, 0);
    }

    /** The 64 octets x || y of a finite point (normalized first). */
    public static byte[] coordinates(ECPoint p) {
        ECPoint n = p.normalize();
        if (n.isInfinity()) {
            throw new IllegalArgumentException("the point at infinity has no coordinates");
        }
        byte[] out = new byte[64];
        System.arraycopy(EcCurve.to32Bytes(n.getAffineXCoord().toBigInteger()), 0, out, 0, 32);
        System.arraycopy(EcCurve.to32Bytes(n.getAffineYCoord().toBigInteger()), 0, out, 32, 32);
        return out;
    }
}
