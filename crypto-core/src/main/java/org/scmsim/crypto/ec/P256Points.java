package org.scmsim.crypto.ec;

import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.custom.sec.SecP256R1Field;
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
