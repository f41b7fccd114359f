package org.scmsim.crypto.butterfly;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;
import org.scmsim.crypto.ec.EcCurve;

/**
 * The unified butterfly parameters (1609.2.1 {@code AdditionalParams.unified}): one caterpillar
 * public key P and one expansion key k. The cocoon key {@code B = P + f_k(x_sign)·G} serves both as
 * the certificate's key and as the key the PCA encrypts to.
 */
public final class UnifiedButterflyParams implements ButterflyParams {

    private final ECPoint key;
    private final byte[] expansion;

    public UnifiedButterflyParams(ECPoint key, byte[] expansion) {
        if (expansion.length != 16) {
            throw new IllegalArgumentException("butterfly expansion key must be 16 octets, not " + expansion.length);
        }
        this.key = key.normalize();
        this.expansion = expansion.clone();
    }

    @Override
    public ButterflyVariant variant() {
        return ButterflyVariant.UNIFIED;
    }

    /** P, the caterpillar public key. */
    public ECPoint key() {
        return key;
    }

    /** The expansion key (copy). */
    public byte[] expansion() {
        return expansion.clone();
    }

    @Override
    public CocoonKeys expand(long i, long j) {
        return expandFrom(i, j, 1).get(0);
    }

    @Override
    public List<CocoonKeys> expandWeek(long i, int count) {
        return expandFrom(i, 0, count);
    }

    private List<CocoonKeys> expandFrom(long i, long firstJ, int count) {
        ExpansionFunction f = new ExpansionFunction(expansion);
        BigInteger[] scalars = new BigInteger[count];
        ECPoint[] keys = new ECPoint[count];
        for (int k = 0; k < count; k++) {
            scalars[k] = f.apply(ExpansionKind.SIGNING, i, firstJ + k);
            keys[k] = key;
        }
        // the whole week normalized with one inversion
        ECPoint[] points = EcCurve.NIST_P256.multiplyGeneratorAdd(scalars, keys);
        List<CocoonKeys> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            out.add(new CocoonKeys(i, firstJ + k, points[k], points[k]));
        }
        return out;
    }
}
