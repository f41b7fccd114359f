package org.scmsim.crypto.conscrypt;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scmsim.crypto.base.Sha256;
import org.scmsim.crypto.ec.BcEcBackend;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.EcdsaSignature;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.crypto.vectors.VectorFile;

/**
 * The Conscrypt backend in its native mode ({@code Randomness.secure()}) against BouncyCastle:
 * keys, signatures and shared secrets interoperate both ways; the CAMP ECDH vectors on every backend.
 */
class ConscryptEcBackendTest {

    private final EcBackend conscrypt = EcBackends.create(ConscryptEcBackend.NAME, Randomness.secure());
    private final EcBackend bc = new BcEcBackend(Randomness.secure());

    static Stream<Arguments> ecdhVectors() {
        return EcBackends.providers().keySet().stream()
                .flatMap(b -> IntStream.rangeClosed(1, 25).mapToObj(n -> Arguments.of(b, n)));
    }

    @ParameterizedTest(name = "{0} vector #{1}")
    @MethodSource("ecdhVectors")
    void campEcdhVectorsOnEveryBackend(String backend, int n) {
        VectorFile v = VectorFile.load("camp_ecdh.txt").section("Test Vector #" + n, 0);
        ECPoint b = EcCurve.NIST_P256.curve().createPoint(v.integer("Bx ="), v.integer("By ="));
        for (Randomness r : new Randomness[] {Randomness.secure(), Randomness.deterministic(1, "x")}) {
            EcBackend e = EcBackends.create(backend, r);
            assertThat(e.agree(EcCurve.NIST_P256, v.integer("a ="), b)).isEqualTo(v.bytes("Z ="));
        }
    }

    @Test
    void nativeKeysSignaturesAndSecretsInteroperateWithBouncyCastle() {
        for (int k = 0; k < 50; k++) {
            EcKeyPair c = conscrypt.generateKeyPair(EcCurve.NIST_P256);
            assertThat(EcCurve.NIST_P256.multiplyGenerator(c.privateKey())).isEqualTo(c.publicKey());
            EcKeyPair b = bc.generateKeyPair(EcCurve.NIST_P256);
            byte[] h = Sha256.digest(new byte[] {(byte) k});
            EcdsaSignature sc = conscrypt.sign(EcCurve.NIST_P256, c.privateKey(), h);
            assertThat(bc.verify(EcCurve.NIST_P256, c.publicKey(), h, sc)).isTrue();
            EcdsaSignature sb = bc.sign(EcCurve.NIST_P256, b.privateKey(), h);
            assertThat(conscrypt.verify(EcCurve.NIST_P256, b.publicKey(), h, sb)).isTrue();
            assertThat(conscrypt.verify(EcCurve.NIST_P256, c.publicKey(), h, sb)).isFalse();
            assertThat(conscrypt.agree(EcCurve.NIST_P256, c.privateKey(), b.publicKey()))
                    .isEqualTo(bc.agree(EcCurve.NIST_P256, b.privateKey(), c.publicKey()));
        }
    }

    @Test
    void signatureDerConversionHandlesShortAndHighBitValues() {
        for (BigInteger r : new BigInteger[] {BigInteger.ONE, BigInteger.TWO.pow(255), BigInteger.TWO.pow(200).add(BigInteger.TEN),
            EcCurve.NIST_P256.order().subtract(BigInteger.ONE)}) {
            EcdsaSignature s = new EcdsaSignature(r, r.add(BigInteger.ONE).mod(EcCurve.NIST_P256.order()).max(BigInteger.ONE));
            assertThat(ConscryptEcBackend.fromDer(ConscryptEcBackend.toDer(s))).isEqualTo(s);
        }
    }

    @Test
    void outOfRangeSignaturesAreRejectedNotThrown() {
        EcKeyPair c = conscrypt.generateKeyPair(EcCurve.NIST_P256);
        byte[] h = new byte[32];
        EcdsaSignature tooBig = new EcdsaSignature(EcCurve.NIST_P256.order(), BigInteger.ONE);
        assertThat(conscrypt.verify(EcCurve.NIST_P256, c.publicKey(), h, tooBig)).isFalse();
    }

    @Test
    void deterministicModeReplaysLikeBouncyCastle() {
        EcBackend a = EcBackends.create(ConscryptEcBackend.NAME, Randomness.deterministic(9, "d"));
        EcBackend b = EcBackends.create("bc", Randomness.deterministic(9, "d"));
        EcKeyPair ka = a.generateKeyPair(EcCurve.NIST_P256);
        EcKeyPair kb = b.generateKeyPair(EcCurve.NIST_P256);
        assertThat(ka.privateKey()).isEqualTo(kb.privateKey());
        byte[] h = Sha256.digest(new byte[] {1});
        assertThat(a.sign(EcCurve.NIST_P256, ka.privateKey(), h)).isEqualTo(b.sign(EcCurve.NIST_P256, kb.privateKey(), h));
    }
}
