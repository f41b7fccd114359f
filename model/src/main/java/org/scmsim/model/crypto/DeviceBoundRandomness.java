package org.scmsim.model.crypto;

import java.math.BigInteger;
import java.util.function.Supplier;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.EcdsaSignature;
import org.scmsim.crypto.ec.Randomness;

/**
 * The run's backend, drawing keys and nonces from the randomness of the device whose work the
 * current thread is doing ({@link #during}), else from the run's own. So the SCMS's work for one
 * device (the PCA's ECQV contributions and response encryption) draws the same numbers whichever
 * thread does it and whatever other devices' work runs meanwhile. The operations themselves are
 * the run backend's; signatures are RFC 6979 (deterministic randomness draws nothing for them).
 */
final class DeviceBoundRandomness implements EcBackend {

    private final EcBackend run;
    private final ThreadLocal<Randomness> device = new ThreadLocal<>();

    DeviceBoundRandomness(EcBackend run) {
        if (!run.randomness().isDeterministic()) {
            throw new IllegalArgumentException("the run's randomness must be deterministic");
        }
        this.run = run;
    }

    /** Does {@code work} on this thread with {@code r} as the randomness. */
    <T> T during(Randomness r, Supplier<T> work) {
        Randomness before = device.get();
        device.set(r);
        try {
            return work.get();
        } finally {
            if (before == null) {
                device.remove();
            } else {
                device.set(before);
            }
        }
    }

    @Override
    public String name() {
        return run.name();
    }

    @Override
    public Randomness randomness() {
        Randomness r = device.get();
        return r != null ? r : run.randomness();
    }

    @Override
    public EcKeyPair generateKeyPair(EcCurve curve) {
        if (device.get() == null) {
            return run.generateKeyPair(curve);
        }
        BigInteger d = randomScalar(curve);
        return new EcKeyPair(curve, d, run.multiplyGenerator(curve, d));
    }

    @Override
    public BigInteger randomScalar(EcCurve curve) {
        Randomness r = device.get();
        if (r == null) {
            return run.randomScalar(curve);
        }
        return BigIntegers.createRandomInRange(BigInteger.ONE, curve.order().subtract(BigInteger.ONE), r.random());
    }

    @Override
    public EcdsaSignature sign(EcCurve curve, BigInteger privateKey, byte[] hash) {
        return run.sign(curve, privateKey, hash);
    }

    @Override
    public boolean verify(EcCurve curve, ECPoint publicKey, byte[] hash, EcdsaSignature signature) {
        return run.verify(curve, publicKey, hash, signature);
    }

    @Override
    public byte[] agree(EcCurve curve, BigInteger privateKey, ECPoint peerPublicKey) {
        return run.agree(curve, privateKey, peerPublicKey);
    }

    @Override
    public ECPoint multiplyGenerator(EcCurve curve, BigInteger k) {
        return run.multiplyGenerator(curve, k);
    }

    @Override
    public ECPoint multiply(ECPoint p, BigInteger k) {
        return run.multiply(p, k);
    }
}
