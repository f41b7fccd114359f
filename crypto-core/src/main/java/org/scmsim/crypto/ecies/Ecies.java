package org.scmsim.crypto.ecies;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Arrays;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.scmsim.crypto.base.Sha256;

/**
 * ECIES key wrapping on P-256 as IEEE 1609.2 §5.3.5 defines it:
 * <pre>
 *   z     = x(v·R)                      (sender)   = x(r·V)   (recipient)
 *   K1||K2 = KDF2-SHA-256(z, P1, 16+32)
 *   c     = k XOR K1
 *   t     = MAC1(K2, c)  (HMAC-SHA-256, first 16 octets)
 * </pre>
 * The elliptic-curve step (computing z) is left to the caller's {@code EcBackend} where speed
 * matters: {@link #wrap(byte[], byte[], byte[])} and {@link #unwrap(byte[], byte[], byte[], byte[])}
 * take z directly.
 */
public final class Ecies {

    /** P1 = SHA-256 of the empty string, used for the PCA's responses to devices. */
    private static final byte[] P1_EMPTY_BYTES = sha256(new byte[0]);
    private static final ECPoint P256_G = CustomNamedCurves.getByName("secp256r1").getG();

    private Ecies() {
    }

    /** P1 for the PCA→device responses: SHA-256 of the empty string (copy). */
    public static byte[] p1Empty() {
        return P1_EMPTY_BYTES.clone();
    }

    /** The 1609.2 P1 for data encrypted to a certificate: SHA-256 of the certificate's COER encoding. */
    public static byte[] p1ForCertificate(byte[] certificateCoer) {
        return sha256(certificateCoer);
    }

    /**
     * Wraps a 16-octet AES key given the ECDH shared secret z; returns {c, t} as one 32-octet array
     * (c first).
     */
    public static byte[] wrap(byte[] z, byte[] key, byte[] p1) {
        if (key.length != 16) {
            throw new IllegalArgumentException("ECIES wraps a 16-octet AES key, not " + key.length + " octets");
        }
        byte[] k1k2 = Kdf2.derive(z, p1, 48);
        byte[] c = new byte[16];
        for (int i = 0; i < 16; i++) {
            c[i] = (byte) (key[i] ^ k1k2[i]);
        }
        byte[] k2 = new byte[32];
        System.arraycopy(k1k2, 16, k2, 0, 32);
        byte[] t = Mac1.tag(k2, c);
        byte[] ct = new byte[32];
        System.arraycopy(c, 0, ct, 0, 16);
        System.arraycopy(t, 0, ct, 16, 16);
        return ct;
    }

    /**
     * Unwraps c with tag t given the ECDH shared secret z.
     *
     * @throws DecryptionException if the tag does not verify
     */
    public static byte[] unwrap(byte[] z, byte[] c, byte[] t, byte[] p1) throws DecryptionException {
        byte[] k1k2 = Kdf2.derive(z, p1, 48);
        byte[] k2 = new byte[32];
        System.arraycopy(k1k2, 16, k2, 0, 32);
        byte[] expected = Mac1.tag(k2, c);
        if (!MessageDigest.isEqual(expected, t)) {
            throw new DecryptionException("ECIES tag does not verify (not encrypted to this key, or altered)");
        }
        byte[] key = new byte[16];
        for (int i = 0; i < 16; i++) {
            key[i] = (byte) (c[i] ^ k1k2[i]);
        }
        return key;
    }

    /**
     * Wraps {@code key} for the recipient public key R with the ephemeral private key v, using plain
     * BouncyCastle point arithmetic (reference path; the SCMS roles use their {@code EcBackend}).
     */
    public static WrappedKey wrap(ECPoint recipient, BigInteger ephemeral, byte[] key, byte[] p1) {
        ECPoint vG = new FixedPointCombMultiplier().multiply(P256_G, ephemeral).normalize();
        byte[] z = sharedX(recipient.multiply(ephemeral));
        byte[] ct = wrap(z, key, p1);
        return new WrappedKey(vG, Arrays.copyOfRange(ct, 0, 16), Arrays.copyOfRange(ct, 16, 32));
    }

    /** Unwraps with the recipient's private key r (reference path). */
    public static byte[] unwrap(BigInteger recipientPrivate, WrappedKey wrapped, byte[] p1) throws DecryptionException {
        byte[] z = sharedX(wrapped.v().multiply(recipientPrivate));
        return unwrap(z, wrapped.c(), wrapped.t(), p1);
    }

    /** The 32-octet big-endian x coordinate of a shared point. */
    public static byte[] sharedX(ECPoint p) {
        ECPoint n = p.normalize();
        if (n.isInfinity()) {
            throw new IllegalArgumentException("ECDH gave the point at infinity");
        }
        return BigIntegers.asUnsignedByteArray(32, n.getAffineXCoord().toBigInteger());
    }

    static byte[] sha256(byte[] data) {
        return Sha256.digest(data);
    }
}
