package org.scmsim.crypto.butterfly;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.util.BigIntegers;
import org.scmsim.crypto.ec.EcCurve;

/**
 * Original-butterfly caterpillar keys: signing key pair (a, A = aG) with expansion key ck, and
 * encryption key pair (h, H = hG) with expansion key ek.
 */
public final class CaterpillarKeys implements ButterflySecrets {

    private final BigInteger a;
    private final byte[] ck;
    private final BigInteger h;
    private final byte[] ek;
    private final OriginalButterflyParams params;

    public CaterpillarKeys(BigInteger a, byte[] ck, BigInteger h, byte[] ek) {
        this.a = checkScalar(a, "a");
        this.h = checkScalar(h, "h");
        if (ck.length != 16 || ek.length != 16) {
            throw new IllegalArgumentException("ck and ek must be 16 octets");
        }
        this.ck = ck.clone();
        this.ek = ek.clone();
        this.params = new OriginalButterflyParams(EcCurve.NIST_P256.multiplyGenerator(a), ck, EcCurve.NIST_P256.multiplyGenerator(h), ek);
    }

    /** Fresh random caterpillar keys. */
    public static CaterpillarKeys generate(SecureRandom random) {
        byte[] ck = new byte[16];
        byte[] ek = new byte[16];
        BigInteger a = randomScalar(random);
        random.nextBytes(ck);
        BigInteger h = randomScalar(random);
        random.nextBytes(ek);
        return new CaterpillarKeys(a, ck, h, ek);
    }

    @Override
    public ButterflyVariant variant() {
        return ButterflyVariant.ORIGINAL;
    }

    @Override
    public OriginalButterflyParams params() {
        return params;
    }

    public BigInteger a() {
        return a;
    }

    public byte[] ck() {
        return ck.clone();
    }

    public BigInteger h() {
        return h;
    }

    public byte[] ek() {
        return ek.clone();
    }

    @Override
    public BigInteger signingPrivate(long i, long j) {
        return a.add(new ExpansionFunction(ck).apply(ExpansionKind.SIGNING, i, j)).mod(P256.N);
    }

    @Override
    public BigInteger encryptionPrivate(long i, long j) {
        return h.add(new ExpansionFunction(ek).apply(ExpansionKind.ENCRYPTION, i, j)).mod(P256.N);
    }

    static BigInteger randomScalar(SecureRandom random) {
        return BigIntegers.createRandomInRange(BigInteger.ONE, P256.N.subtract(BigInteger.ONE), random);
    }

    static BigInteger checkScalar(BigInteger k, String name) {
        if (k.signum() <= 0 || k.compareTo(P256.N) >= 0) {
            throw new IllegalArgumentException(name + " must be in [1, n-1]");
        }
        return k;
    }
}
