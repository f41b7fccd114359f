package org.scmsim.crypto.ec;

import java.math.BigInteger;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.asn1.teletrust.TeleTrusTNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * The two 256-bit curves of IEEE 1609.2 ({@code ecdsaNistP256}, {@code ecdsaBrainpoolP256r1}).
 * NIST P-256 comes from {@code CustomNamedCurves} (5-7x faster than the generic curve).
 */
public enum EcCurve {
    NIST_P256("secp256r1", CustomNamedCurves.getByName("secp256r1")),
    BRAINPOOL_P256R1("brainpoolP256r1", brainpool());

    private static X9ECParameters brainpool() {
        X9ECParameters p = CustomNamedCurves.getByName("brainpoolP256r1");
        return p != null ? p : TeleTrusTNamedCurves.getByName("brainpoolP256r1");
    }

    private final String standardName;
    private final ECDomainParameters domain;
    private final FixedPointCombMultiplier comb = new FixedPointCombMultiplier();

    EcCurve(String standardName, X9ECParameters params) {
        this.standardName = standardName;
        this.domain = new ECDomainParameters(params.getCurve(), params.getG(), params.getN(), params.getH(), params.getSeed());
    }

    /** The curve's registered name, e.g. {@code secp256r1}. */
    public String standardName() {
        return standardName;
    }

    public ECDomainParameters domain() {
        return domain;
    }

    public ECCurve curve() {
        return domain.getCurve();
    }

    /** The group order n. */
    public BigInteger order() {
        return domain.getN();
    }

    public ECPoint generator() {
        return domain.getG();
    }

    /**
     * G·k, normalized: on NIST P-256 from a precomputed window table ({@code P256GeneratorTable},
     * constant-time lookups, no shared lock), on brainpoolP256r1 with BouncyCastle's fixed-point comb.
     */
    public ECPoint multiplyGenerator(BigInteger k) {
        if (this == NIST_P256) {
            return P256Arithmetic.multiplyGenerator(k);
        }
        return comb.multiply(domain.getG(), k.mod(order())).normalize();
    }

    /**
     * a + b, normalized. On NIST P-256 without BouncyCastle's {@code normalize()}, whose blinding
     * draws from a process-wide locked SecureRandom at every call.
     */
    public ECPoint add(ECPoint a, ECPoint b) {
        if (this == NIST_P256 && P256Arithmetic.handles(a) && P256Arithmetic.handles(b)) {
            return P256Arithmetic.add(a, b);
        }
        return a.add(b).normalize();
    }

    /**
     * k_i·G + P_i for each i, normalized: a batch as the RA's butterfly expansion needs it. On NIST
     * P-256 the whole batch shares one field inversion.
     *
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public ECPoint[] multiplyGeneratorAdd(BigInteger[] scalars, ECPoint[] addends) {
        if (scalars.length != addends.length) {
            throw new IllegalArgumentException(scalars.length + " scalars but " + addends.length + " points");
        }
        if (this == NIST_P256) {
            return P256Arithmetic.multiplyGeneratorAdd(scalars, addends);
        }
        ECPoint[] out = new ECPoint[scalars.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = comb.multiply(domain.getG(), scalars[i].mod(order())).add(addends[i]);
        }
        curve().normalizeAll(out);
        return out;
    }

    /**
     * Σ k_i·P_i, normalized; the point at infinity for a zero sum. On NIST P-256 the products share
     * their doublings (Straus), so a sum of m products costs little more than one product: checking
     * m equations e_i·P_i = Q_i at once with random weights z_i (Σ z_i·(e_i·P_i − Q_i) = O) is
     * several times cheaper than checking them one by one.
     *
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public ECPoint sumOfMultiples(BigInteger[] scalars, ECPoint[] points) {
        if (scalars.length != points.length) {
            throw new IllegalArgumentException(scalars.length + " scalars but " + points.length + " points");
        }
        boolean p256 = this == NIST_P256;
        for (ECPoint p : points) {
            p256 &= P256Arithmetic.handles(p);
        }
        if (p256) {
            return P256MultiScalar.sum(scalars, points);
        }
        ECPoint acc = curve().getInfinity();
        for (int i = 0; i < points.length; i++) {
            acc = acc.add(points[i].multiply(scalars[i].mod(order())));
        }
        return acc.normalize();
    }

    /**
     * Decodes an SEC 1 point (02/03 compressed, 04 uncompressed) and checks it is on this curve.
     *
     * @throws IllegalArgumentException if the bytes are not a valid point of this curve
     */
    public ECPoint decodePoint(byte[] encoded) {
        if (this == NIST_P256 && encoded.length == 65 && encoded[0] == 0x04) {
            try {
                return P256Points.fromCoordinates(encoded, 1);   // the curve equation, no BouncyCastle validity cache
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a valid " + standardName + " point: " + e.getMessage(), e);
            }
        }
        ECPoint p = curve().decodePoint(encoded);
        if (!p.isValid() || p.isInfinity()) {
            throw new IllegalArgumentException("not a valid " + standardName + " point");
        }
        return p.normalize();
    }

    /** The point with x-coordinate {@code x} and y of the given parity (0 even, 1 odd). */
    public ECPoint decompress(byte[] x32, int yParity) {
        byte[] enc = new byte[33];
        enc[0] = (byte) (yParity == 0 ? 0x02 : 0x03);
        System.arraycopy(x32, 0, enc, 1, 32);
        return decodePoint(enc);
    }

    /** 32-byte big-endian encoding of a field element or scalar. */
    public static byte[] to32Bytes(BigInteger v) {
        byte[] b = v.toByteArray();
        if (b.length == 32) {
            return b;
        }
        byte[] out = new byte[32];
        if (b.length > 32) {
            if (b.length == 33 && b[0] == 0) {
                System.arraycopy(b, 1, out, 0, 32);
                return out;
            }
            throw new IllegalArgumentException("value does not fit 32 octets");
        }
        System.arraycopy(b, 0, out, 32 - b.length, b.length);
        return out;
    }

    /** The curve whose {@link #standardName()} is {@code name}. */
    public static EcCurve byStandardName(String name) {
        for (EcCurve c : values()) {
            if (c.standardName.equalsIgnoreCase(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown curve " + name + " (known: secp256r1, brainpoolP256r1)");
    }
}
