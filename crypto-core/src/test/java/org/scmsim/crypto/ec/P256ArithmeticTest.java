package org.scmsim.crypto.ec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.raw.Nat256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written P-256 multipliers against BouncyCastle's reference point arithmetic. */
class P256ArithmeticTest {

    private static final BigInteger N = EcCurve.NIST_P256.order();
    private static final ECPoint G = EcCurve.NIST_P256.generator();

    /** Scalars where carries, the odd/even switch and the top window are at their limits. */
    static List<BigInteger> edgeScalars() {
        List<BigInteger> out = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            out.add(BigInteger.valueOf(i));
            out.add(N.subtract(BigInteger.valueOf(i)));
        }
        for (int b = 1; b < 256; b++) {
            BigInteger p = BigInteger.ONE.shiftLeft(b);
            for (BigInteger v : List.of(p, p.subtract(BigInteger.ONE), p.add(BigInteger.ONE))) {
                if (v.signum() > 0 && v.compareTo(N) < 0) {
                    out.add(v);
                }
            }
        }
        out.add(N.shiftRight(1));
        out.add(N.shiftRight(1).add(BigInteger.ONE));
        out.add(new BigInteger("5555555555555555555555555555555555555555555555555555555555555555", 16));
        out.add(new BigInteger("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 16).mod(N));
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8})
    void recodingReproducesTheScalarWithOddDigitsInRange(int w) {
        SplittableRandom r = new SplittableRandom(w);
        List<BigInteger> scalars = edgeScalars();
        for (int i = 0; i < 300; i++) {
            scalars.add(random(r));
        }
        for (BigInteger k : scalars) {
            int[] kw = Nat256.create();
            int negate = P256Scalars.oddScalar(k, kw);
            BigInteger odd = Nat256.toBigInteger(kw);
            assertThat(odd).isEqualTo(negate == 0 ? k : N.subtract(k));
            assertThat(odd.testBit(0)).isTrue();
            int[] d = P256Scalars.recode(kw, w);
            assertThat(d).hasSize(P256Scalars.digits(w));
            BigInteger sum = BigInteger.ZERO;
            for (int i = d.length - 1; i >= 0; i--) {
                assertThat(Math.abs(d[i]) % 2).as("digit %d of %s", i, k).isEqualTo(1);
                assertThat(Math.abs(d[i])).as("digit %d of %s", i, k).isLessThan(1 << w);
                sum = sum.shiftLeft(w).add(BigInteger.valueOf(d[i]));
            }
            assertThat(d[d.length - 1]).isPositive();
            assertThat(sum).isEqualTo(odd);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 5, 6, 7, 8})
    void generatorTableAgreesWithBouncyCastleOnEdgeScalars(int w) {
        P256GeneratorTable table = new P256GeneratorTable(w);
        for (BigInteger k : edgeScalars()) {
            P256Jacobian acc = new P256Jacobian();
            table.multiply(k, acc);
            assertThat(affine(acc)).as("k = %s", k).isEqualTo(G.multiply(k).normalize());
        }
    }

    @Property(tries = 200)
    void generatorMultiplicationMatchesReference(@ForAll("scalars") BigInteger k) {
        assertThat(P256Arithmetic.multiplyGenerator(k)).isEqualTo(G.multiply(k).normalize());
        assertThat(P256Arithmetic.generatorX(k)).isEqualTo(G.multiply(k).normalize().getAffineXCoord().toBigInteger());
    }

    @Test
    void pointMultiplierAgreesWithBouncyCastleOnEdgeScalars() {
        ECPoint p = G.multiply(new BigInteger("1f3a9c2b5d7e", 16)).normalize();
        for (ECPoint base : List.of(G, p)) {
            for (BigInteger k : edgeScalars()) {
                ECPoint expected = base.multiply(k).normalize();
                assertThat(P256Arithmetic.multiply(base, k)).as("k = %s", k).isEqualTo(expected);
                assertThat(new BigInteger(1, P256Arithmetic.sharedX(base, k))).isEqualTo(expected.getAffineXCoord().toBigInteger());
            }
        }
    }

    @Property(tries = 200)
    void pointMultiplicationMatchesReference(@ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger k) {
        ECPoint p = G.multiply(a); // not normalized
        ECPoint expected = p.multiply(k).normalize();
        assertThat(P256Arithmetic.multiply(p, k)).isEqualTo(expected);
        assertThat(P256Arithmetic.multiply(p, k.add(N))).isEqualTo(expected);
        assertThat(new BigInteger(1, P256Arithmetic.sharedX(p, k))).isEqualTo(expected.getAffineXCoord().toBigInteger());
        assertThat(EcBackends.create("bc", Randomness.secure()).agree(EcCurve.NIST_P256, k, p))
                .isEqualTo(EcCurve.to32Bytes(expected.getAffineXCoord().toBigInteger()));
    }

    @Property(tries = 100)
    void additionMatchesReference(@ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger b) {
        ECPoint p = G.multiply(a);
        ECPoint q = G.multiply(b);
        ECPoint inf = EcCurve.NIST_P256.curve().getInfinity();
        for (EcCurve curve : EcCurve.values()) {
            ECPoint pc = curve.generator().multiply(a);
            ECPoint qc = curve.generator().multiply(b);
            assertThat(curve.add(pc, qc)).isEqualTo(pc.add(qc).normalize());
        }
        assertThat(EcCurve.NIST_P256.add(p, p)).isEqualTo(p.twice().normalize());
        assertThat(EcCurve.NIST_P256.add(p, p.negate()).isInfinity()).isTrue();
        assertThat(EcCurve.NIST_P256.add(inf, q)).isEqualTo(q.normalize());
        assertThat(EcCurve.NIST_P256.add(p, inf)).isEqualTo(p.normalize());
    }

    @Test
    void sharedSecretAtInfinityIsRefused() {
        assertThatThrownBy(() -> P256Arithmetic.sharedX(EcCurve.NIST_P256.curve().getInfinity(), BigInteger.TEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> P256Arithmetic.sharedX(G, N)).isInstanceOf(IllegalArgumentException.class);
        assertThat(P256Arithmetic.multiply(G, N).isInfinity()).isTrue();
        assertThat(P256Arithmetic.multiply(EcCurve.NIST_P256.curve().getInfinity(), BigInteger.TEN).isInfinity()).isTrue();
    }

    @Property(tries = 50)
    void unreducedAndZeroScalars(@ForAll("scalars") BigInteger k) {
        assertThat(P256Arithmetic.multiplyGenerator(k.add(N))).isEqualTo(G.multiply(k).normalize());
        assertThat(P256Arithmetic.multiplyGenerator(k.negate())).isEqualTo(G.multiply(k).negate().normalize());
        assertThat(P256Arithmetic.multiplyGenerator(N).isInfinity()).isTrue();
        assertThat(P256Arithmetic.multiplyGenerator(BigInteger.ZERO).isInfinity()).isTrue();
    }

    @Property(tries = 30)
    void batchMultiplyAddMatchesReferenceOnBothCurves(@ForAll("scalars") BigInteger a, @ForAll("scalars") BigInteger b) {
        for (EcCurve curve : EcCurve.values()) {
            ECPoint g = curve.generator();
            ECPoint p = g.multiply(a).normalize();
            ECPoint q = g.multiply(b); // not normalized
            BigInteger[] k = {b, a, BigInteger.ZERO, curve.order().subtract(a), b.add(curve.order()), a};
            ECPoint[] pts = {p, q, p, p, p, curve.curve().getInfinity()};
            ECPoint[] got = curve.multiplyGeneratorAdd(k, pts);
            for (int i = 0; i < k.length; i++) {
                ECPoint expected = g.multiply(k[i].mod(curve.order())).add(pts[i]).normalize();
                assertThat(got[i]).as("%s i=%d", curve, i).isEqualTo(expected);
            }
            assertThat(got[3].isInfinity()).isTrue(); // (n − a)·G + a·G
        }
        assertThatThrownBy(() -> EcCurve.NIST_P256.multiplyGeneratorAdd(new BigInteger[1], new ECPoint[2]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mixedAdditionHandlesEqualAndOppositePointsAndInfinity() {
        ECPoint p = G.multiply(BigInteger.valueOf(12345)).normalize();
        int[] px = words(p.getAffineXCoord().toBigInteger());
        int[] py = words(p.getAffineYCoord().toBigInteger());
        ECPoint p2 = p.twice().normalize();
        int[] qx = words(p2.getAffineXCoord().toBigInteger());
        int[] qy = words(p2.getAffineYCoord().toBigInteger());
        P256Jacobian a = new P256Jacobian();
        a.addAffine(px, py);         // infinity + P
        assertThat(affine(a)).isEqualTo(p);
        a.twice();
        a.addAffine(px, py);         // 2P + P with Z != 1
        assertThat(affine(a)).isEqualTo(p.multiply(BigInteger.valueOf(3)).normalize());
        P256Jacobian b = new P256Jacobian();
        b.setAffine(px, py);
        b.twice();
        b.negateIf(-1);              // -2P, Z != 1
        b.addAffine(qx, qy);         // -2P + 2P
        assertThat(b.infinity).isTrue();
        assertThatThrownBy(() -> b.toAffine(Nat256.create(), null)).isInstanceOf(IllegalStateException.class);
        P256Jacobian c = new P256Jacobian();
        c.setAffine(px, py);
        c.twice();                   // 2P, Z != 1
        c.negateIf(0);               // unchanged
        c.addAffine(qx, qy);         // 2P + 2P: the doubling case
        assertThat(affine(c)).isEqualTo(p.multiply(BigInteger.valueOf(4)).normalize());
    }

    private static int[] words(BigInteger v) {
        return Nat256.fromBigInteger(v);
    }

    @Provide
    Arbitrary<BigInteger> scalars() {
        return Arbitraries.bigIntegers().between(BigInteger.ONE, N.subtract(BigInteger.ONE))
                .withDistribution(net.jqwik.api.RandomDistribution.uniform());
    }

    private static BigInteger random(SplittableRandom r) {
        byte[] b = new byte[32];
        r.nextBytes(b);
        BigInteger k = new BigInteger(1, b).mod(N);
        return k.signum() == 0 ? BigInteger.ONE : k;
    }

    private static ECPoint affine(P256Jacobian p) {
        int[] x = Nat256.create();
        int[] y = Nat256.create();
        p.toAffine(x, y);
        return EcCurve.NIST_P256.curve().createPoint(Nat256.toBigInteger(x), Nat256.toBigInteger(y));
    }
}
