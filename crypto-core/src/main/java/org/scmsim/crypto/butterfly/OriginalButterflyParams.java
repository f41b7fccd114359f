package org.scmsim.crypto.butterfly;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;
import org.scmsim.crypto.ec.EcCurve;

/**
 * 1609.2.1 {@code ButterflyParamsOriginal}:
 * <pre>
 * ButterflyParamsOriginal ::= SEQUENCE {
 *   signingExpansion     ButterflyExpansion,   -- ck
 *   encryptionKey        PublicEncryptionKey,  -- H
 *   encryptionExpansion  ButterflyExpansion    -- ek
 * }
 * </pre>
 * together with the caterpillar verification key A carried in the request's
 * {@code verifyKeyIndicator}.
 */
public final class OriginalButterflyParams implements ButterflyParams {

    private final ECPoint signingKey;
    private final byte[] signingExpansion;
    private final ECPoint encryptionKey;
    private final byte[] encryptionExpansion;

    public OriginalButterflyParams(ECPoint signingKey, byte[] signingExpansion, ECPoint encryptionKey, byte[] encryptionExpansion) {
        if (signingExpansion.length != 16 || encryptionExpansion.length != 16) {
            throw new IllegalArgumentException("butterfly expansion keys must be 16 octets");
        }
        this.signingKey = signingKey.normalize();
        this.signingExpansion = signingExpansion.clone();
        this.encryptionKey = encryptionKey.normalize();
        this.encryptionExpansion = encryptionExpansion.clone();
    }

    @Override
    public ButterflyVariant variant() {
        return ButterflyVariant.ORIGINAL;
    }

    /** A, the caterpillar signing public key. */
    public ECPoint signingKey() {
        return signingKey;
    }

    /** ck (copy). */
    public byte[] signingExpansion() {
        return signingExpansion.clone();
    }

    /** H, the caterpillar encryption public key. */
    public ECPoint encryptionKey() {
        return encryptionKey;
    }

    /** ek (copy). */
    public byte[] encryptionExpansion() {
        return encryptionExpansion.clone();
    }

    @Override
    public CocoonKeys expand(long i, long j) {
        return expandWeekFrom(i, j, 1).get(0);
    }

    @Override
    public List<CocoonKeys> expandWeek(long i, int count) {
        return expandWeekFrom(i, 0, count);
    }

    private List<CocoonKeys> expandWeekFrom(long i, long firstJ, int count) {
        ExpansionFunction fck = new ExpansionFunction(signingExpansion);
        ExpansionFunction fek = new ExpansionFunction(encryptionExpansion);
        BigInteger[] scalars = new BigInteger[2 * count];
        ECPoint[] keys = new ECPoint[2 * count];
        for (int k = 0; k < count; k++) {
            long j = firstJ + k;
            scalars[2 * k] = fck.apply(ExpansionKind.SIGNING, i, j);
            scalars[2 * k + 1] = fek.apply(ExpansionKind.ENCRYPTION, i, j);
            keys[2 * k] = signingKey;
            keys[2 * k + 1] = encryptionKey;
        }
        // B = A + f·G and Q = H + f·G, the whole week normalized with one inversion
        ECPoint[] points = EcCurve.NIST_P256.multiplyGeneratorAdd(scalars, keys);
        List<CocoonKeys> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            out.add(new CocoonKeys(i, firstJ + k, points[2 * k], points[2 * k + 1]));
        }
        return out;
    }
}
