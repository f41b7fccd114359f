package org.scmsim.crypto.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.CertificateIssuer;
import org.scmsim.crypto.cert.CertificateTemplate;
import org.scmsim.crypto.cert.Durations;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.crypto.ecies.DecryptionException;
import org.scmsim.crypto.ecies.Ecies;

/** The directly written envelopes are byte for byte what BouncyCastle's OER engine writes, and they round-trip. */
class EnvelopeEncodingTest {

    private static SigningCredential credential(EcBackend backend) {
        EcKeyPair key = backend.generateKeyPair(EcCurve.NIST_P256);
        Certificate cert = new CertificateIssuer(backend).selfSigned(CertificateTemplate.create().name("signer.test")
                .validity(new Time32(600_000_000L), Durations.years(1)).issuePermission(1, 0, 0x80, 0x23), key);
        return new SigningCredential(cert, key);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 127, 128, 255, 256, 70_000})
    void signedEnvelopeBytesEqualBouncyCastlesAndVerify(int size) throws Exception {
        SigningCredential c = credential(EcBackends.create("bc", Randomness.deterministic(1, "k")));
        byte[] payload = new byte[size];
        for (int k = 0; k < size; k++) {
            payload[k] = (byte) k;
        }
        for (SignerKind kind : SignerKind.values()) {
            for (Time32 t : new Time32[] {null, new Time32(600_000_123L)}) {
                for (long psid : List.of(0x20L, 0x23L, 0x80L, 0x20_40_95L)) {
                    EcBackend b1 = EcBackends.create("bc", Randomness.deterministic(2, "s"));
                    EcBackend b2 = EcBackends.create("bc", Randomness.deterministic(2, "s"));
                    byte[] fast = SignedEnvelope.sign(b1, payload, psid, t, c, kind);
                    assertThat(fast).isEqualTo(SignedEnvelope.signWithBc(b2, payload, psid, t, c, kind));
                    SignedEnvelope back = SignedEnvelope.decode(fast, "test");
                    assertThat(back.payload()).isEqualTo(payload);
                    assertThat(back.psid()).isEqualTo(psid);
                    assertThat(back.generationTime()).isEqualTo(java.util.Optional.ofNullable(t));
                    assertThat(back.verify(b1, c.certificate(), c.keyPair().publicKey())).isTrue();
                }
            }
        }
    }

    @Test
    void encryptedEnvelopeBytesEqualBouncyCastlesAndDecrypt() throws Exception {
        EcBackend keys = EcBackends.create("bc", Randomness.deterministic(3, "k"));
        EcKeyPair recipient = keys.generateKeyPair(EcCurve.NIST_P256);
        for (RecipientKind kind : RecipientKind.values()) {
            for (int size : new int[] {1, 135, 300}) {
                byte[] pt = new byte[size];
                EcBackend b1 = EcBackends.create("bc", Randomness.deterministic(4, "e" + size));
                EcBackend b2 = EcBackends.create("bc", Randomness.deterministic(4, "e" + size));
                HashedId8 id = HashedId8.fromHex("0102030405060708");
                byte[] fast = EncryptedEnvelope.encrypt(b1, pt, recipient.publicKey(), id, kind, Ecies.p1Empty());
                assertThat(fast).isEqualTo(EncryptedEnvelope.encryptWithBc(b2, pt, recipient.publicKey(), id, kind, Ecies.p1Empty()));
                EncryptedEnvelope env = EncryptedEnvelope.decode(fast, "test");
                assertThat(env.kind()).isEqualTo(kind);
                assertThat(env.recipientId()).isEqualTo(id);
                assertThat(env.decrypt(b1, recipient.privateKey(), Ecies.p1Empty())).isEqualTo(pt);
                assertThatThrownBy(() -> env.decrypt(b1, recipient.privateKey().add(java.math.BigInteger.ONE), Ecies.p1Empty()))
                        .isInstanceOf(DecryptionException.class);
            }
        }
    }
}
