package org.scmsim.crypto.ec;

import java.math.BigInteger;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * The BouncyCastle lightweight-API backend ({@value #NAME}): {@code CustomNamedCurves} P-256 with
 * G·k from a precomputed table ({@link EcCurve#multiplyGenerator}), including the k·G of ECDSA
 * signing; P·k and ECDH with BouncyCastle's wNAF algorithm on raw field arithmetic
 * ({@code P256PointMultiplier}); verification with BouncyCastle's {@code ECDSASigner} (it keeps
 * precomputation on long-lived CA keys); RFC 6979 nonces in deterministic mode. No lock is shared
 * between threads on P-256 (BouncyCastle's own ECDSA signer goes through the comb multiplier, which
 * synchronizes on the generator point at every call).
 */
public final class BcEcBackend implements EcBackend {

    public static final String NAME = "bc";

    private final Randomness randomness;
    private final P256Verifier p256Verifier = new P256Verifier();

    public BcEcBackend(Randomness randomness) {
        this.randomness = randomness;
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
        BigInteger d = randomScalar(curve);
        return new EcKeyPair(curve, d, curve.multiplyGenerator(d));
    }

    @Override
    public BigInteger randomScalar(EcCurve curve) {
        return BigIntegers.createRandomInRange(BigInteger.ONE, curve.order().subtract(BigInteger.ONE), randomness.random());
    }

    @Override
    public EcdsaSignature sign(EcCurve curve, BigInteger privateKey, byte[] hash) {
        checkHash(hash);
        if (curve == EcCurve.NIST_P256) {
            return signP256(privateKey, hash);
        }
        ECPrivateKeyParameters key = new ECPrivateKeyParameters(privateKey, curve.domain());
        ECDSASigner signer;
        if (randomness.isDeterministic()) {
            signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
            signer.init(true, key);
        } else {
            signer = new ECDSASigner();
            signer.init(true, new ParametersWithRandom(key, randomness.random()));
        }
        BigInteger[] rs = signer.generateSignature(hash);
        return new EcdsaSignature(rs[0], rs[1]);
    }

    /**
     * ECDSA (SEC 1 §4.1.3) with k·G from the table: e is the 32-byte hash as an integer (n has 256
     * bits, so no truncation); the same signatures as BouncyCastle's {@code ECDSASigner} with the
     * same nonce.
     */
    private EcdsaSignature signP256(BigInteger d, byte[] hash) {
        BigInteger n = EcCurve.NIST_P256.order();
        if (d.signum() <= 0 || d.compareTo(n) >= 0) {
            throw new IllegalArgumentException("private key out of range [1, n-1]");
        }
        BigInteger e = new BigInteger(1, hash);
        HMacDSAKCalculator rfc6979 = null;
        if (randomness.isDeterministic()) {
            rfc6979 = new HMacDSAKCalculator(new SHA256Digest());
            rfc6979.init(n, d, hash);
        }
        while (true) {
            BigInteger k = rfc6979 != null ? rfc6979.nextK() : randomScalar(EcCurve.NIST_P256);
            BigInteger r = P256Arithmetic.generatorX(k).mod(n);
            if (r.signum() == 0) {
                continue;
            }
            BigInteger s = BigIntegers.modOddInverse(n, k).multiply(e.add(d.multiply(r))).mod(n);
            if (s.signum() != 0) {
                return new EcdsaSignature(r, s);
            }
        }
    }

    @Override
    public boolean verify(EcCurve curve, ECPoint publicKey, byte[] hash, EcdsaSignature signature) {
        checkHash(hash);
        BigInteger n = curve.order();
        if (signature.r().compareTo(n) >= 0 || signature.s().compareTo(n) >= 0) {
            return false;
        }
        if (curve == EcCurve.NIST_P256 && hash.length == 32 && P256Arithmetic.handles(publicKey) && !publicKey.isInfinity()) {
            P256GeneratorTable table = p256Verifier.tableFor(publicKey);
            if (table != null) {
                return P256Verifier.verify(table, hash, signature.r(), signature.s());
            }
        }
        try {
            ECDSASigner verifier = new ECDSASigner();
            verifier.init(false, new ECPublicKeyParameters(publicKey, curve.domain()));
            return verifier.verifySignature(hash, signature.r(), signature.s());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public byte[] agree(EcCurve curve, BigInteger privateKey, ECPoint peerPublicKey) {
        if (curve == EcCurve.NIST_P256 && P256Arithmetic.handles(peerPublicKey)) {
            return P256Arithmetic.sharedX(peerPublicKey, privateKey);
        }
        ECPoint shared = peerPublicKey.multiply(privateKey.mod(curve.order())).normalize();
        if (shared.isInfinity()) {
            throw new IllegalArgumentException("ECDH result is the point at infinity");
        }
        return EcCurve.to32Bytes(shared.getAffineXCoord().toBigInteger());
    }

    @Override
    public ECPoint multiplyGenerator(EcCurve curve, BigInteger k) {
        return curve.multiplyGenerator(k);
    }

    @Override
    public ECPoint multiply(ECPoint p, BigInteger k) {
        if (P256Arithmetic.handles(p)) {
            return P256Arithmetic.multiply(p, k);
        }
        return p.multiply(k).normalize();
    }

    private static void checkHash(byte[] hash) {
        if (hash.length != 32) {
            throw new IllegalArgumentException("expected a 32-byte hash, got " + hash.length + " bytes");
        }
    }

    /** ServiceLoader entry for {@value #NAME}. */
    public static final class Provider implements EcBackendProvider {
        @Override
        public String name() {
            return NAME;
        }

        @Override
        public EcBackend create(Randomness randomness) {
            return new BcEcBackend(randomness);
        }
    }
}
