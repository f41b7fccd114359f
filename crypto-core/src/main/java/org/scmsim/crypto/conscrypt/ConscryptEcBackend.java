package org.scmsim.crypto.conscrypt;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.KeyAgreement;
import org.bouncycastle.math.ec.ECPoint;
import org.conscrypt.Conscrypt;
import org.scmsim.crypto.ec.BcEcBackend;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.EcdsaSignature;
import org.scmsim.crypto.ec.Randomness;

/**
 * {@link EcBackend} on Conscrypt ({@value #NAME}) for NIST P-256: key generation, ECDH, ECDSA
 * signing and verification run in BoringSSL; G·k and P·k for given scalars run in BouncyCastle.
 * Other curves (brainpoolP256r1) go entirely to BouncyCastle.
 *
 * <p>Reproducibility: BoringSSL draws its own randomness. With a
 * {@linkplain Randomness#isDeterministic() deterministic} {@link Randomness}, key generation and
 * signing (RFC 6979) therefore stay in BouncyCastle so that a simulation replays bit for bit, and
 * only ECDH and verification (which use no randomness) run in BoringSSL. With
 * {@link Randomness#secure()} everything this backend can do natively is native.
 *
 * <p>Keys are passed to BoringSSL as DER with the named-curve OID (a fast path in BoringSSL);
 * recently used private and public keys are cached (a CA's key is imported once per thread).
 * Thread-safe: the JCA engines and the key caches are per thread.
 */
public final class ConscryptEcBackend implements EcBackend {

    public static final String NAME = "conscrypt";

    private static final byte[] PKCS8_P256_PREFIX = HexFormat.of().parseHex(
            "3041020100301306072a8648ce3d020106082a8648ce3d030107042730250201010420");
    private static final byte[] SPKI_P256_PREFIX = HexFormat.of().parseHex(
            "3059301306072a8648ce3d020106082a8648ce3d030107034200");
    private static final int CACHE_LIMIT = 256;

    private final Randomness randomness;
    private final BcEcBackend bc;
    private final Provider provider;
    private final ThreadLocal<Engines> engines;

    /**
     * @throws IllegalStateException if Conscrypt's native library cannot be loaded on this platform
     */
    public ConscryptEcBackend(Randomness randomness) {
        this.randomness = randomness;
        this.bc = new BcEcBackend(randomness);
        if (!Conscrypt.isAvailable()) {
            throw new IllegalStateException("the conscrypt backend is not available on this platform ("
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "): its native library did not load");
        }
        this.provider = Conscrypt.newProvider();
        this.engines = ThreadLocal.withInitial(() -> new Engines(provider));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Randomness randomness() {
        return randomness;
    }

    @Override
    public EcKeyPair generateKeyPair(EcCurve curve) {
        if (curve != EcCurve.NIST_P256 || randomness.isDeterministic()) {
            return bc.generateKeyPair(curve);
        }
        KeyPair kp = engines.get().keyPairGenerator.generateKeyPair();
        java.security.spec.ECPoint w = ((ECPublicKey) kp.getPublic()).getW();
        ECPoint pub = curve.curve().createPoint(w.getAffineX(), w.getAffineY());
        BigInteger d = ((ECPrivateKey) kp.getPrivate()).getS();
        // a fresh key is often used at once (ECIES ephemeral ECDH, signing): keep the native handle
        remember(engines.get().privateKeys, d, kp.getPrivate());
        return new EcKeyPair(curve, d, pub);
    }

    @Override
    public BigInteger randomScalar(EcCurve curve) {
        return bc.randomScalar(curve);
    }

    @Override
    public EcdsaSignature sign(EcCurve curve, BigInteger privateKey, byte[] hash) {
        if (curve != EcCurve.NIST_P256 || randomness.isDeterministic()) {
            return bc.sign(curve, privateKey, hash);
        }
        checkHash(hash);
        try {
            Signature s = engines.get().signature;
            s.initSign(privateKey(privateKey), randomness.random());
            s.update(hash);
            return fromDer(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Conscrypt ECDSA signing failed", e);
        }
    }

    @Override
    public boolean verify(EcCurve curve, ECPoint publicKey, byte[] hash, EcdsaSignature signature) {
        if (curve != EcCurve.NIST_P256) {
            return bc.verify(curve, publicKey, hash, signature);
        }
        checkHash(hash);
        BigInteger n = curve.order();
        if (signature.r().compareTo(n) >= 0 || signature.s().compareTo(n) >= 0) {
            return false;
        }
        try {
            Signature v = engines.get().signature;
            v.initVerify(publicKey(publicKey));
            v.update(hash);
            return v.verify(toDer(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public byte[] agree(EcCurve curve, BigInteger privateKey, ECPoint peerPublicKey) {
        if (curve != EcCurve.NIST_P256) {
            return bc.agree(curve, privateKey, peerPublicKey);
        }
        try {
            KeyAgreement ka = engines.get().keyAgreement;
            ka.init(privateKey(privateKey));
            ka.doPhase(publicKey(peerPublicKey), true);
            byte[] z = ka.generateSecret();
            if (z.length != 32) {
                throw new IllegalStateException("Conscrypt ECDH gave " + z.length + " octets");
            }
            return z;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("ECDH failed: " + e.getMessage(), e);
        }
    }

    @Override
    public ECPoint multiplyGenerator(EcCurve curve, BigInteger k) {
        return bc.multiplyGenerator(curve, k);
    }

    @Override
    public ECPoint multiply(ECPoint p, BigInteger k) {
        return bc.multiply(p, k);
    }

    private PrivateKey privateKey(BigInteger d) throws GeneralSecurityException {
        Map<BigInteger, PrivateKey> privateKeys = engines.get().privateKeys;
        PrivateKey k = privateKeys.get(d);
        if (k == null) {
            byte[] der = new byte[PKCS8_P256_PREFIX.length + 32];
            System.arraycopy(PKCS8_P256_PREFIX, 0, der, 0, PKCS8_P256_PREFIX.length);
            System.arraycopy(EcCurve.to32Bytes(d), 0, der, PKCS8_P256_PREFIX.length, 32);
            k = engines.get().keyFactory.generatePrivate(new PKCS8EncodedKeySpec(der));
            remember(privateKeys, d, k);
        }
        return k;
    }

    private PublicKey publicKey(ECPoint p) throws GeneralSecurityException {
        Map<ECPoint, PublicKey> publicKeys = engines.get().publicKeys;
        PublicKey k = publicKeys.get(p);
        if (k == null) {
            byte[] point = p.getEncoded(false);
            byte[] der = new byte[SPKI_P256_PREFIX.length + point.length];
            System.arraycopy(SPKI_P256_PREFIX, 0, der, 0, SPKI_P256_PREFIX.length);
            System.arraycopy(point, 0, der, SPKI_P256_PREFIX.length, point.length);
            k = engines.get().keyFactory.generatePublic(new X509EncodedKeySpec(der));
            remember(publicKeys, p, k);
        }
        return k;
    }

    /** Keeps the most recent keys; a cache full of one-time keys is simply cleared. */
    private static <K, V> void remember(Map<K, V> cache, K key, V value) {
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, value);
    }

    private static void checkHash(byte[] hash) {
        if (hash.length != 32) {
            throw new IllegalArgumentException("expected a 32-byte hash, got " + hash.length + " bytes");
        }
    }

    /** DER {@code SEQUENCE { INTEGER r, INTEGER s }}. */
    static byte[] toDer(EcdsaSignature sig) {
        byte[] r = sig.r().toByteArray();
        byte[] s = sig.s().toByteArray();
        int len = 2 + r.length + 2 + s.length;
        byte[] out = new byte[2 + len];
        out[0] = 0x30;
        out[1] = (byte) len;
        out[2] = 0x02;
        out[3] = (byte) r.length;
        System.arraycopy(r, 0, out, 4, r.length);
        out[4 + r.length] = 0x02;
        out[5 + r.length] = (byte) s.length;
        System.arraycopy(s, 0, out, 6 + r.length, s.length);
        return out;
    }

    static EcdsaSignature fromDer(byte[] der) {
        if (der.length < 8 || der[0] != 0x30 || der[2] != 0x02) {
            throw new IllegalStateException("unexpected ECDSA signature encoding from Conscrypt");
        }
        int rLen = der[3];
        BigInteger r = new BigInteger(1, java.util.Arrays.copyOfRange(der, 4, 4 + rLen));
        int at = 4 + rLen;
        if (der[at] != 0x02) {
            throw new IllegalStateException("unexpected ECDSA signature encoding from Conscrypt");
        }
        int sLen = der[at + 1];
        BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(der, at + 2, at + 2 + sLen));
        return new EcdsaSignature(r, s);
    }

    /**
     * One thread's JCA engines and key caches (per thread, so that two workers neither contend on
     * one map nor clear each other's just-made keys).
     */
    private static final class Engines {
        final Map<BigInteger, PrivateKey> privateKeys = new HashMap<>();
        final Map<ECPoint, PublicKey> publicKeys = new HashMap<>();
        final KeyPairGenerator keyPairGenerator;
        final Signature signature;
        final KeyAgreement keyAgreement;
        final KeyFactory keyFactory;

        Engines(Provider provider) {
            try {
                keyPairGenerator = KeyPairGenerator.getInstance("EC", provider);
                keyPairGenerator.initialize(new ECGenParameterSpec("secp256r1"));
                signature = Signature.getInstance("NONEwithECDSA", provider);
                keyAgreement = KeyAgreement.getInstance("ECDH", provider);
                keyFactory = KeyFactory.getInstance("EC", provider);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Conscrypt lacks P-256 EC support", e);
            }
        }
    }

    /** ServiceLoader entry for {@value #NAME}. */
    public static final class Factory implements org.scmsim.crypto.ec.EcBackendProvider {
        @Override
        public String name() {
            return NAME;
        }

        @Override
        public EcBackend create(Randomness randomness) {
            return new ConscryptEcBackend(randomness);
        }
    }
}
