package org.scmsim.crypto.ec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.scmsim.crypto.base.Sha256;

class EcBackendTest {

    static Stream<EcBackend> backends() {
        return EcBackends.providers().values().stream().map(p -> p.create(Randomness.deterministic(7, "test")));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void signVerifyOnBothCurves(EcBackend backend) {
        for (EcCurve curve : EcCurve.values()) {
            EcKeyPair kp = backend.generateKeyPair(curve);
            byte[] h = Sha256.digest("message".getBytes());
            EcdsaSignature sig = backend.sign(curve, kp.privateKey(), h);
            assertThat(backend.verify(curve, kp.publicKey(), h, sig)).isTrue();
            byte[] other = h.clone();
            other[0] ^= 1;
            assertThat(backend.verify(curve, kp.publicKey(), other, sig)).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void ecdhAgreesBothWays(EcBackend backend) {
        EcKeyPair a = backend.generateKeyPair(EcCurve.NIST_P256);
        EcKeyPair b = backend.generateKeyPair(EcCurve.NIST_P256);
        assertThat(backend.agree(EcCurve.NIST_P256, a.privateKey(), b.publicKey()))
                .isEqualTo(backend.agree(EcCurve.NIST_P256, b.privateKey(), a.publicKey()))
                .hasSize(32);
    }

    @ParameterizedTest
    @EnumSource(EcCurve.class)
    void combMultiplierAgreesWithGenericMultiply(EcCurve curve) {
        BigInteger k = new BigInteger("123456789abcdef0123456789abcdef", 16);
        assertThat(curve.multiplyGenerator(k)).isEqualTo(curve.generator().multiply(k).normalize());
    }

    @Test
    void deterministicModeReplaysKeysAndRfc6979Signatures() {
        EcBackend a = EcBackends.create("bc", Randomness.deterministic(42, "pca"));
        EcBackend b = EcBackends.create("bc", Randomness.deterministic(42, "pca"));
        EcKeyPair ka = a.generateKeyPair(EcCurve.NIST_P256);
        EcKeyPair kb = b.generateKeyPair(EcCurve.NIST_P256);
        assertThat(ka.privateKey()).isEqualTo(kb.privateKey());
        byte[] h = Sha256.digest(new byte[]{1});
        assertThat(a.sign(EcCurve.NIST_P256, ka.privateKey(), h)).isEqualTo(b.sign(EcCurve.NIST_P256, kb.privateKey(), h));
        EcBackend c = EcBackends.create("bc", Randomness.deterministic(43, "pca"));
        assertThat(c.generateKeyPair(EcCurve.NIST_P256).privateKey()).isNotEqualTo(ka.privateKey());
    }

    @Test
    void rfc6979KnownAnswerP256Sha256() {
        // RFC 6979 A.2.5, P-256, message "sample", SHA-256
        BigInteger x = new BigInteger("C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721", 16);
        EcBackend backend = new BcEcBackend(Randomness.deterministic(1, "kat"));
        EcdsaSignature sig = backend.sign(EcCurve.NIST_P256, x, Sha256.digest("sample".getBytes()));
        assertThat(sig.r()).isEqualTo(new BigInteger("EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716", 16));
        assertThat(sig.s()).isEqualTo(new BigInteger("F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8", 16));
    }

    @Test
    void secureModeSignaturesDifferButVerify() {
        EcBackend backend = EcBackends.createDefault(Randomness.secure());
        EcKeyPair kp = backend.generateKeyPair(EcCurve.NIST_P256);
        byte[] h = Sha256.digest(new byte[]{5});
        EcdsaSignature s1 = backend.sign(EcCurve.NIST_P256, kp.privateKey(), h);
        EcdsaSignature s2 = backend.sign(EcCurve.NIST_P256, kp.privateKey(), h);
        assertThat(s1).isNotEqualTo(s2);
        assertThat(backend.verify(EcCurve.NIST_P256, kp.publicKey(), h, s2)).isTrue();
    }

    @Test
    void unknownBackendNameListsTheKnownOnes() {
        assertThatThrownBy(() -> EcBackends.create("nope", Randomness.secure()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bc");
    }
}
