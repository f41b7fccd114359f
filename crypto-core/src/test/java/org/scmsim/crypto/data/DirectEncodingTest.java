package org.scmsim.crypto.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.base.Time64;
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

/** The directly written signed and encrypted messages are byte for byte what BouncyCastle's OER engine writes, and they round-trip. */
class DirectEncodingTest {

    private static SigningCredential credential(EcBackend backend) {
        EcKeyPair key = backend.generateKeyPair(EcCurve.NIST_P256);
        Certificate cert = new CertificateIssuer(backend).selfSigned(CertificateTemplate.create().name("signer.test")
                .validity(new Time32(600_000_000L), Durations.years(1)).issuePermission(1, 0, 0x80, 0x23), key);
        return new SigningCredential(cert, key);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 127, 128, 255, 256, 70_000})
    void signedMessageBytesEqualBouncyCastlesAndVerify(int size) throws Exception {
        SigningCredential c = credential(EcBackends.create("bc", Randomness.deterministic(1, "k")));
        byte[] payload = new byte[size];
        for (int k = 0; k < size; k++) {
            payload[k] = (byte) k;
        }
        for (SignerType kind : SignerType.values()) {
            for (Time32 t : new Time32[] {null, new Time32(600_000_123L)}) {
                for (long psid : List.of(0x20L, 0x23L, 0x80L, 0x20_40_95L)) {
                    EcBackend b1 = EcBackends.create("bc", Randomness.deterministic(2, "s"));
                    EcBackend b2 = EcBackends.create("bc", Randomness.deterministic(2, "s"));
                    byte[] fast = SignedMessage.sign(b1, payload, psid, t, c, kind);
                    assertThat(fast).isEqualTo(SignedMessage.signWithBc(b2, payload, psid, t, c, kind));
                    SignedMessage back = SignedMessage.decode(fast, "test");
                    assertThat(back.payload()).isEqualTo(payload);
                    assertThat(back.psid()).isEqualTo(psid);
                    assertThat(back.generationTime().map(Time64::toTime32)).isEqualTo(java.util.Optional.ofNullable(t));
                    assertThat(back.verify(b1, kind == SignerType.SELF ? null : c.certificate(), c.keyPair().publicKey())).isTrue();
                }
            }
        }
    }

    @Test
    void encryptedMessageBytesEqualBouncyCastlesAndDecrypt() throws Exception {
        EcBackend keys = EcBackends.create("bc", Randomness.deterministic(3, "k"));
        EcKeyPair recipient = keys.generateKeyPair(EcCurve.NIST_P256);
        for (RecipientKind kind : List.of(RecipientKind.CERTIFICATE, RecipientKind.RESPONSE_ENCRYPTION_KEY)) {
            for (int size : new int[] {1, 135, 300}) {
                byte[] pt = new byte[size];
                EcBackend b1 = EcBackends.create("bc", Randomness.deterministic(4, "e" + size));
                EcBackend b2 = EcBackends.create("bc", Randomness.deterministic(4, "e" + size));
                HashedId8 id = HashedId8.fromHex("0102030405060708");
                byte[] fast = EncryptedMessage.encrypt(b1, pt, recipient.publicKey(), id, kind, Ecies.p1Empty());
                assertThat(fast).isEqualTo(EncryptedMessage.encryptWithBc(b2, pt, recipient.publicKey(), id, kind, Ecies.p1Empty()));
                EncryptedMessage env = EncryptedMessage.decode(fast, "test");
                assertThat(env.recipient().kind()).isEqualTo(kind);
                assertThat(env.recipientId()).isEqualTo(id);
                assertThat(env.decrypt(b1, recipient.privateKey(), Ecies.p1Empty())).isEqualTo(pt);
                assertThatThrownBy(() -> env.decrypt(b1, recipient.privateKey().add(java.math.BigInteger.ONE), Ecies.p1Empty()))
                        .isInstanceOf(DecryptionException.class);
            }
        }
    }
}
