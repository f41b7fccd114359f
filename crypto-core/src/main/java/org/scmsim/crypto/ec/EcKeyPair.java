package org.scmsim.crypto.ec;

import java.math.BigInteger;

import org.bouncycastle.math.ec.ECPoint;

/**
 * A private scalar and its public point on {@code curve}. Keep the object (and so the public point)
 * long-lived for keys used many times: BouncyCastle caches multiplication tables on the point.
 */
public record EcKeyPair(EcCurve curve, BigInteger privateKey, ECPoint publicKey) {

    /** The key pair of a known private key. */
    public static EcKeyPair of(EcCurve curve, BigInteger privateKey) {
        return new EcKeyPair(curve, privateKey, curve.multiplyGenerator(privateKey));
    }

    @Override
    public String toString() {
        return "EcKeyPair[" + curve + ", public " + org.bouncycastle.util.encoders.Hex.toHexString(publicKey.getEncoded(true)) + "]";
    }
}
