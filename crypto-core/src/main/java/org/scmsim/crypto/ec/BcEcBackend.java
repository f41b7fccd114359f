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
 * The BouncyCastle lightweight-API backend ({@value #NAME}): {@code CustomNamedCurves} P-256,
 * fixed-point comb for G·k, RFC 6979 nonces in deterministic mode.
 */
public final class BcEcBackend implements EcBackend {

    public static final String NAME = "bc";

    private final Randomness randomness;

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

    @Override
    public boolean verify(EcCurve curve, ECPoint publicKey, byte[] hash, EcdsaSignature signature) {
        checkHash(hash);
        BigInteger n = curve.order();
        if (signature.r().compareTo(n) >= 0 || signature.s().compareTo(n) >= 0) {
            return false;
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
