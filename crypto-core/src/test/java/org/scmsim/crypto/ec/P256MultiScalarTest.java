package org.scmsim.crypto.ec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

/** {@link EcCurve#sumOfMultiples} (Straus on NIST P-256) against BouncyCastle's reference arithmetic. */
class P256MultiScalarTest {

    private static final EcCurve C = EcCurve.NIST_P256;
    private static final BigInteger N = C.order();

    private static BigInteger random(SplittableRandom r) {
        byte[] b = new byte[32];
        r.nextBytes(b);
        return new BigInteger(1, b).mod(N);
    }

    private static ECPoint reference(BigInteger[] k, ECPoint[] p) {
        ECPoint acc = C.curve().getInfinity();
        for (int i = 0; i < k.length; i++) {
            acc = acc.add(p[i].multiply(k[i].mod(N)));
        }
        return acc.normalize();
    }

    @Test
    void matchesTheSumOfSeparateProducts() {
        SplittableRandom r = new SplittableRandom(7);
        List<BigInteger> edges = P256ArithmeticTest.edgeScalars();
        for (int round = 0; round < 60; round++) {
            int m = 1 + round % 22;
            BigInteger[] k = new BigInteger[m];
            ECPoint[] p = new ECPoint[m];
            for (int i = 0; i < m; i++) {
                k[i] = round % 3 == 0 ? edges.get(r.nextInt(edges.size())) : random(r);
                p[i] = C.multiplyGenerator(random(r).add(BigInteger.ONE));
            }
            if (round % 5 == 0) {
                k[0] = k[0].add(N.multiply(BigInteger.valueOf(3)));   // reduced mod n
            }
            assertThat(C.sumOfMultiples(k, p)).as("round %d", round).isEqualTo(reference(k, p));
        }
    }

    @Test
    void cancellingTermsGiveTheInfinityAndEqualPointsAdd() {
        SplittableRandom r = new SplittableRandom(8);
        ECPoint p = C.multiplyGenerator(random(r));
        ECPoint q = C.multiplyGenerator(random(r));
        BigInteger a = random(r);
        BigInteger b = random(r);
        // a·P + b·Q − (a·dP + b·dQ)·G with P = dP·G written as points: zero
        assertThat(C.sumOfMultiples(new BigInteger[] {a, N.subtract(a)}, new ECPoint[] {p, p}).isInfinity()).isTrue();
        assertThat(C.sumOfMultiples(new BigInteger[] {a, b, N.subtract(a), N.subtract(b)}, new ECPoint[] {p, q, p, q})
                .isInfinity()).isTrue();
        // the same point twice: the additions meet equal points (doubling inside an addition)
        assertThat(C.sumOfMultiples(new BigInteger[] {a, a}, new ECPoint[] {p, p})).isEqualTo(p.multiply(a.shiftLeft(1)).normalize());
        assertThat(C.sumOfMultiples(new BigInteger[] {BigInteger.ONE, BigInteger.ONE}, new ECPoint[] {p, p}))
                .isEqualTo(p.twice().normalize());
    }

    @Test
    void zeroScalarsPointsAtInfinityAndEmptySums() {
        ECPoint p = C.multiplyGenerator(BigInteger.valueOf(12345));
        assertThat(C.sumOfMultiples(new BigInteger[0], new ECPoint[0]).isInfinity()).isTrue();
        assertThat(C.sumOfMultiples(new BigInteger[] {BigInteger.ZERO}, new ECPoint[] {p}).isInfinity()).isTrue();
        assertThat(C.sumOfMultiples(new BigInteger[] {N}, new ECPoint[] {p}).isInfinity()).isTrue();
        assertThat(C.sumOfMultiples(new BigInteger[] {BigInteger.TWO, BigInteger.ONE}, new ECPoint[] {p, C.curve().getInfinity()}))
                .isEqualTo(p.twice().normalize());
        assertThatThrownBy(() -> C.sumOfMultiples(new BigInteger[1], new ECPoint[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 scalars but 2 points");
    }

    @Test
    void brainpoolFallsBackToBouncyCastle() {
        EcCurve b = EcCurve.BRAINPOOL_P256R1;
        ECPoint p = b.multiplyGenerator(BigInteger.valueOf(99));
        ECPoint q = b.multiplyGenerator(BigInteger.valueOf(7));
        assertThat(b.sumOfMultiples(new BigInteger[] {BigInteger.TWO, BigInteger.TEN}, new ECPoint[] {p, q}))
                .isEqualTo(b.multiplyGenerator(BigInteger.valueOf(2 * 99 + 10 * 7)));
    }
}
