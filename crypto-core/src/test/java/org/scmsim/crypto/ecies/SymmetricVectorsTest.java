package org.scmsim.crypto.ecies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.KDF2BytesGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.CCMBlockCipher;
import org.bouncycastle.crypto.modes.CCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.KDFParameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scmsim.crypto.vectors.VectorFile;

/** CAMP AES-CCM, MAC1 and KDF2 vectors. */
class SymmetricVectorsTest {

    @ParameterizedTest(name = "AES-CCM vector #{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void aesCcmMatchesCamp(int n) throws Exception {
        VectorFile v = VectorFile.load("camp_aesccm.txt").section("Test Vector #" + n, 0);
        byte[] key = v.bytes("K =");
        byte[] nonce = v.bytes("N =");
        byte[] pt = v.bytes("P =");
        byte[] ct = AesCcm.encrypt(key, nonce, pt);
        assertThat(ct).isEqualTo(v.bytes("C_T ="));
        assertThat(AesCcm.decrypt(key, nonce, ct)).isEqualTo(pt);
        ct[ct.length - 1] ^= 1;
        assertThatThrownBy(() -> AesCcm.decrypt(key, nonce, ct)).isInstanceOf(DecryptionException.class);
    }

    @ParameterizedTest(name = "MAC1 vector #{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void mac1MatchesCamp(int n) {
        VectorFile v = VectorFile.load("camp_mac1.txt").section("Test Vector #" + n, 0);
        assertThat(Mac1.tag(v.bytes("K ="), v.bytes("M ="))).isEqualTo(v.bytes("T ="));
    }

    /** The CAMP kdf.txt gives inputs only; check against BouncyCastle's independent KDF2. */
    @ParameterizedTest(name = "KDF2 inputs #{0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void kdf2AgreesWithBouncyCastleOnCampInputs(int n) {
        VectorFile v = VectorFile.load("camp_kdf.txt").section("Test Vector #" + n, 0);
        byte[] ss = v.bytes("ss =");
        byte[] kdp = v.hexValues("kdp =").isEmpty() ? new byte[0] : v.bytes("kdp =");
        int dl = n <= 2 ? 16 : 128;
        assertThat(Kdf2.derive(ss, kdp, dl)).isEqualTo(bcKdf2(ss, kdp, dl));
    }

    @Property(tries = 50)
    void kdf2AgreesWithBouncyCastle(@ForAll @Size(min = 1, max = 64) byte[] z, @ForAll @Size(max = 40) byte[] p1,
            @ForAll @IntRange(min = 0, max = 100) int len) {
        assertThat(Kdf2.derive(z, p1, len)).isEqualTo(bcKdf2(z, p1, len));
    }

    private static byte[] bcKdf2(byte[] z, byte[] p1, int len) {
        KDF2BytesGenerator g = new KDF2BytesGenerator(new SHA256Digest());
        g.init(new KDFParameters(z, p1));
        byte[] out = new byte[len];
        g.generateBytes(out, 0, len);
        return out;
    }

    @Property(tries = 200)
    void aesCcmAgreesWithBouncyCastle(@ForAll @Size(16) byte[] key, @ForAll @Size(12) byte[] nonce,
            @ForAll @Size(max = 300) byte[] plaintext) throws Exception {
        byte[] ours = AesCcm.encrypt(key, nonce, plaintext);
        assertThat(ours).isEqualTo(bcCcm(key, nonce, plaintext));
        assertThat(AesCcm.decrypt(key, nonce, ours)).isEqualTo(plaintext);
    }

    @Property(tries = 100)
    void aesCcmRefusesAnyAlteredOctet(@ForAll @Size(16) byte[] key, @ForAll @Size(12) byte[] nonce,
            @ForAll @Size(min = 1, max = 100) byte[] plaintext, @ForAll @IntRange(min = 0, max = 1000) int where,
            @ForAll @IntRange(min = 1, max = 255) int flip) {
        byte[] ct = AesCcm.encrypt(key, nonce, plaintext);
        ct[where % ct.length] ^= (byte) flip;
        assertThatThrownBy(() -> AesCcm.decrypt(key, nonce, ct))
                .isInstanceOf(DecryptionException.class)
                .hasMessageContaining("tag does not verify");
    }

    @Property(tries = 100)
    void mac1AgreesWithBouncyCastle(@ForAll @Size(min = 0, max = 64) byte[] key, @ForAll @Size(max = 200) byte[] message) {
        HMac hmac = new HMac(new SHA256Digest());
        hmac.init(new KeyParameter(key));
        hmac.update(message, 0, message.length);
        byte[] full = new byte[32];
        hmac.doFinal(full, 0);
        assertThat(Mac1.tag(key, message)).isEqualTo(java.util.Arrays.copyOf(full, 16));
    }

    private static byte[] bcCcm(byte[] key, byte[] nonce, byte[] plaintext) throws Exception {
        CCMModeCipher ccm = CCMBlockCipher.newInstance(AESEngine.newInstance());
        ccm.init(true, new AEADParameters(new KeyParameter(key), 128, nonce));
        byte[] out = new byte[ccm.getOutputSize(plaintext.length)];
        int n = ccm.processBytes(plaintext, 0, plaintext.length, out, 0);
        ccm.doFinal(out, n);
        return out;
    }
}
