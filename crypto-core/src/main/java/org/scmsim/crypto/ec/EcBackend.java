package org.scmsim.crypto.ec;

import java.math.BigInteger;

import org.bouncycastle.math.ec.ECPoint;

/**
 * The elliptic-curve operations IEEE 1609.2 and the SCMS need. Implementations are named
 * ({@link #name()}) and created through {@link EcBackends}; all take 32-byte hashes already
 * computed by the caller (the 1609.2 signing hash is not the plain hash of the message).
 * Implementations are thread-safe.
 */
public interface EcBackend {

    /** The backend's name, e.g. {@code bc}. */
    String name();

    /** The randomness this backend draws keys and (in SecureRandom mode) signature nonces from. */
    Randomness randomness();

    /** A fresh key pair on {@code curve}. */
    EcKeyPair generateKeyPair(EcCurve curve);

    /** A uniformly random scalar in [1, n-1] (e.g. the CA's ECQV nonce). */
    BigInteger randomScalar(EcCurve curve);

    /**
     * ECDSA signature of a 32-byte hash. Deterministic randomness signs with RFC 6979 nonces, so
     * the same key and hash give the same signature.
     */
    EcdsaSignature sign(EcCurve curve, BigInteger privateKey, byte[] hash);

    /** ECDSA verification of a 32-byte hash; false for any invalid signature or key. */
    boolean verify(EcCurve curve, ECPoint publicKey, byte[] hash, EcdsaSignature signature);

    /** ECDH: the x-coordinate (32 octets) of {@code privateKey · peerPublicKey}. */
    byte[] agree(EcCurve curve, BigInteger privateKey, ECPoint peerPublicKey);

    /** G·k on {@code curve}, normalized. */
    ECPoint multiplyGenerator(EcCurve curve, BigInteger k);

    /** P·k, normalized. */
    ECPoint multiply(ECPoint p, BigInteger k);
}
