package org.scmsim.crypto.ec;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.SplittableRandom;

import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

/** The table verifier of often-used keys against BouncyCastle's ECDSASigner, on good and bad signatures. */
class P256VerifierTest {

    private static final EcCurve C = EcCurve.NIST_P256;
    private static final BigInteger N = C.order();

    private static boolean reference(ECPoint q, byte[] hash, BigInteger r, BigInteger s) {
        if (r.signum() <= 0 || s.signum() <= 0 || r.compareTo(N) >= 0 || s.compareTo(N) >= 0) {
            return false;
        }
        ECDSASigner v = new ECDSASigner();
        v.init(false, new ECPublicKeyParameters(q, C.domain()));
        return v.verifySignature(hash, r, s);
    }

    private static byte[] hash(SplittableRandom rnd) {
        byte[] h = new byte[32];
        rnd.nextBytes(h);
        return h;
    }

    @Test
    void tableVerificationAgreesWithBouncyCastleOnValidAndTamperedSignatures() {
        BcEcBackend backend = new BcEcBackend(Randomness.deterministic(7, "p256-verifier"));
        SplittableRandom rnd = new SplittableRandom(11);
        EcKeyPair key = backend.generateKeyPair(C);
        P256GeneratorTable table = new P256GeneratorTable(P256GeneratorTable.DEFAULT_WIDTH, key.publicKey());
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < 200; i++) {
            byte[] h = hash(rnd);
            EcdsaSignature sig = backend.sign(C, key.privateKey(), h);
            BigInteger r = sig.r();
            BigInteger s = sig.s();
            switch (i % 5) {
                case 1 -> h[rnd.nextInt(32)] ^= (byte) (1 << rnd.nextInt(8));
                case 2 -> s = s.add(BigInteger.ONE).mod(N);
                case 3 -> r = N.subtract(r);
                case 4 -> s = N.subtract(s);   // (r, n−s) is also valid ECDSA: both must agree
                default -> { }
            }
            boolean expected = reference(key.publicKey(), h, r, s);
            assertThat(P256Verifier.verify(table, h, r, s)).as("signature %d", i).isEqualTo(expected);
            if (expected) {
                valid++;
            } else {
                invalid++;
            }
        }
        assertThat(valid).isGreaterThan(50);
        assertThat(invalid).isGreaterThan(50);
    }

    @Test
    void outOfRangeValuesAreRefused() {
        BcEcBackend backend = new BcEcBackend(Randomness.deterministic(8, "p256-verifier"));
        EcKeyPair key = backend.generateKeyPair(C);
        P256GeneratorTable table = new P256GeneratorTable(P256GeneratorTable.DEFAULT_WIDTH, key.publicKey());
        byte[] h = new byte[32];
        EcdsaSignature sig = backend.sign(C, key.privateKey(), h);
        assertThat(P256Verifier.verify(table, h, sig.r(), sig.s())).isTrue();
        assertThat(P256Verifier.verify(table, h, BigInteger.ZERO, sig.s())).isFalse();
        assertThat(P256Verifier.verify(table, h, sig.r(), N)).isFalse();
        assertThat(P256Verifier.verify(table, h, sig.r().add(N), sig.s())).isFalse();
    }

    @Test
    void theBackendSwitchesToTheTableForAnOftenUsedKeyWithTheSameAnswers() {
        BcEcBackend backend = new BcEcBackend(Randomness.deterministic(9, "p256-verifier"));
        SplittableRandom rnd = new SplittableRandom(12);
        EcKeyPair often = backend.generateKeyPair(C);
        for (int i = 0; i < 3 * P256Verifier.TABLE_AFTER; i++) {
            byte[] h = hash(rnd);
            EcdsaSignature sig = backend.sign(C, often.privateKey(), h);
            assertThat(backend.verify(C, often.publicKey(), h, sig)).isTrue();
            byte[] other = h.clone();
            other[0] ^= 1;
            assertThat(backend.verify(C, often.publicKey(), other, sig)).isFalse();
            // the same key given as an equal, non-normalized point object
            ECPoint same = often.publicKey().twice().subtract(often.publicKey());
            assertThat(backend.verify(C, same, h, sig)).isTrue();
        }
    }

    @Test
    void verificationOfManyDistinctKeysNeverBuildsTablesAndStaysCorrect() {
        P256Verifier verifier = new P256Verifier();
        BcEcBackend backend = new BcEcBackend(Randomness.deterministic(10, "p256-verifier"));
        for (int i = 0; i < 50; i++) {
            EcKeyPair k = backend.generateKeyPair(C);
            assertThat(verifier.tableFor(k.publicKey())).isNull();
        }
    }

    @Test
    void theIndexedWalkForPublicScalarsEqualsTheScanningWalk() {
        SplittableRandom rnd = new SplittableRandom(5);
        ECPoint q = C.multiplyGenerator(new BigInteger(255, new java.util.Random(3)).add(BigInteger.ONE));
        for (int w : new int[] {4, 6, 7, 8}) {
            P256GeneratorTable g = new P256GeneratorTable(w);
            P256GeneratorTable t = new P256GeneratorTable(w, q);
            BigInteger[] edge = {BigInteger.ONE, BigInteger.TWO, N.subtract(BigInteger.ONE), N.subtract(BigInteger.TWO), N.shiftRight(1)};
            for (int i = 0; i < 40; i++) {
                BigInteger u1 = i < edge.length ? edge[i] : new BigInteger(256, new java.util.Random(rnd.nextLong())).mod(N.subtract(BigInteger.ONE)).add(BigInteger.ONE);
                BigInteger u2 = new BigInteger(256, new java.util.Random(rnd.nextLong())).mod(N.subtract(BigInteger.ONE)).add(BigInteger.ONE);
                P256Jacobian scanned = new P256Jacobian();
                g.accumulate(u1, scanned);
                t.accumulate(u2, scanned);
                P256Jacobian indexed = new P256Jacobian();
                g.accumulatePublic(u1, indexed);
                t.accumulatePublic(u2, indexed);
                ECPoint expected = C.generator().multiply(u1).add(q.multiply(u2)).normalize();
                assertThat(affineX(indexed)).as("w=%d, i=%d", w, i).isEqualTo(affineX(scanned))
                        .isEqualTo(expected.getAffineXCoord().toBigInteger());
            }
        }
    }

    private static BigInteger affineX(P256Jacobian p) {
        int[] x = org.bouncycastle.math.raw.Nat256.create();
        p.toAffine(x, null);
        return org.bouncycastle.math.raw.Nat256.toBigInteger(x);
    }
}
