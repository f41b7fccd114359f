package org.scmsim.crypto.ec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

/** Uncompressed P-256 points: decoded with the curve equation, equal to BouncyCastle's decoding, refused with the reason. */
class P256PointsTest {

    private static final EcCurve P256 = EcCurve.NIST_P256;

    @Test
    void uncompressedAndCompressedPointsRoundTripToTheSamePoint() {
        Random r = new Random(7);
        for (int n = 0; n < 200; n++) {
            ECPoint p = P256.multiplyGenerator(new BigInteger(256, r).add(BigInteger.ONE));
            byte[] xy = P256Points.coordinates(p);
            ECPoint fromXy = P256Points.fromCoordinates(xy, 0);
            assertThat(fromXy).isEqualTo(p);
            assertThat(P256.decodePoint(p.getEncoded(false))).isEqualTo(p);
            assertThat(P256.decodePoint(p.getEncoded(true))).isEqualTo(p);
            assertThat(P256.curve().decodePoint(p.getEncoded(false))).as("BouncyCastle agrees").isEqualTo(fromXy);
            assertThat(fromXy.getEncoded(true)).isEqualTo(p.getEncoded(true));
        }
        ECPoint g = P256.generator();
        byte[] padded = new byte[70];
        System.arraycopy(P256Points.coordinates(g), 0, padded, 5, 64);
        assertThat(P256Points.fromCoordinates(padded, 5)).isEqualTo(g);
    }

    @Test
    void pointsOffTheCurveAreRefusedWithTheReason() {
        byte[] xy = P256Points.coordinates(P256.generator());
        for (int k = 0; k < 64; k++) {
            byte[] bad = xy.clone();
            bad[k] ^= (byte) (1 << (k % 8));
            assertThatThrownBy(() -> P256Points.fromCoordinates(bad, 0)).as("octet %d", k)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not on the curve");
        }
        byte[] sec1 = P256.generator().getEncoded(false);
        sec1[64] ^= 0x01;
        assertThatThrownBy(() -> P256.decodePoint(sec1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid secp256r1 point").hasMessageContaining("not on the curve");
        assertThatThrownBy(() -> P256Points.fromCoordinates(new byte[63], 0)).hasMessageContaining("64 octets");
    }

    @Test
    void coordinatesAtOrAboveThePrimeAreRefusedEvenWhenTheyReduceToACurvePoint() {
        BigInteger p = P256.curve().getField().getCharacteristic();
        // the curve point with the smallest x: x + p still fits 256 bits
        ECPoint q = null;
        for (int x = 0; q == null; x++) {
            var fx = P256.curve().fromBigInteger(BigInteger.valueOf(x));
            var y = fx.square().add(P256.curve().getA()).multiply(fx).add(P256.curve().getB()).sqrt();
            if (y != null) {
                q = P256.curve().createPoint(fx.toBigInteger(), y.toBigInteger());
            }
        }
        assertThat(P256Points.fromCoordinates(P256Points.coordinates(q), 0)).isEqualTo(q);
        byte[] xy = P256Points.coordinates(q);
        byte[] xPlusP = xy.clone();
        System.arraycopy(EcCurve.to32Bytes(q.getAffineXCoord().toBigInteger().add(p)), 0, xPlusP, 0, 32);
        assertThatThrownBy(() -> P256Points.fromCoordinates(xPlusP, 0)).hasMessageContaining("x-coordinate is not below the field prime");
        byte[] yAll = xy.clone();
        Arrays.fill(yAll, 32, 64, (byte) 0xFF);
        assertThatThrownBy(() -> P256Points.fromCoordinates(yAll, 0)).hasMessageContaining("y-coordinate is not below the field prime");
    }

    @Test
    void theAffineAddOfPublicPointsEqualsTheCurveAdd() {
        Random r = new Random(13);
        ECPoint inf = P256.curve().getInfinity();
        for (int n = 0; n < 200; n++) {
            ECPoint a = P256.multiplyGenerator(new BigInteger(256, r).add(BigInteger.ONE));
            ECPoint b = n % 10 == 0 ? a : n % 10 == 1 ? a.negate() : P256.multiplyGenerator(new BigInteger(256, r).add(BigInteger.ONE));
            ECPoint expected = a.add(b).normalize();
            assertThat(P256Points.addPublic(a, b)).as("pair %d", n).isEqualTo(expected);
            assertThat(P256Points.addPublic(a, b).isInfinity() || P256Points.addPublic(a, b).isValid()).isTrue();
        }
        ECPoint g = P256.generator();
        assertThat(P256Points.addPublic(g, inf)).isEqualTo(g);
        assertThat(P256Points.addPublic(inf, g)).isEqualTo(g);
    }
}
