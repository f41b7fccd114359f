package org.scmsim.crypto.butterfly;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.scmsim.crypto.ec.EcCurve;

/**
 * Unified-butterfly caterpillar key: one key pair (p, P = pG) and one expansion key k. The cocoon
 * private key {@code p + f_k(x_sign) mod n} both decrypts the PCA's response and (with the PCA's
 * contribution) signs.
 */
public final class UnifiedCaterpillarKey implements ButterflySecrets {

    private final BigInteger p;
    private final byte[] k;
    private final UnifiedButterflyParams params;

    public UnifiedCaterpillarKey(BigInteger p, byte[] k) {
        this.p = CaterpillarKeys.checkScalar(p, "p");
        if (k.length != 16) {
            throw new IllegalArgumentException("expansion key must be 16 octets");
        }
        this.k = k.clone();
        this.params = new UnifiedButterflyParams(EcCurve.NIST_P256.multiplyGenerator(p), k);
    }

    /** A fresh random unified caterpillar key. */
    public static UnifiedCaterpillarKey generate(SecureRandom random) {
        BigInteger p = CaterpillarKeys.randomScalar(random);
        byte[] k = new byte[16];
        random.nextBytes(k);
        return new UnifiedCaterpillarKey(p, k);
    }

    @Override
    public ButterflyVariant variant() {
        return ButterflyVariant.UNIFIED;
    }

    @Override
    public UnifiedButterflyParams params() {
        return params;
    }

    public BigInteger p() {
        return p;
    }

    public byte[] k() {
        return k.clone();
    }

    @Override
    public BigInteger signingPrivate(long i, long j) {
        return p.add(new ExpansionFunction(k).apply(ExpansionKind.SIGNING, i, j)).mod(P256.N);
    }

    /** The same key as {@link #signingPrivate}: one cocoon key serves both purposes. */
    @Override
    public BigInteger encryptionPrivate(long i, long j) {
        return signingPrivate(i, j);
    }
}
