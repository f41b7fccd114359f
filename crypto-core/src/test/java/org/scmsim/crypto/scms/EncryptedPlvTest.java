package org.scmsim.crypto.scms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.bouncycastle.oer.its.ieee1609dot2.Ieee1609Dot2Data;
import org.junit.jupiter.api.Test;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.coer.Ieee1609Dot2Schema;
import org.scmsim.crypto.coer.Oer;
import org.scmsim.crypto.data.ContentType;
import org.scmsim.crypto.data.RecipientKind;
import org.scmsim.crypto.data.Spdu;
import org.scmsim.crypto.ecies.DecryptionException;
import org.scmsim.crypto.linkage.LaId;
import org.scmsim.crypto.linkage.PreLinkageValue;

/** EncryptedIndividualPLV: the directly written encPlv is a canonical 1609.2 encryptedData to the shared key. */
class EncryptedPlvTest {

    private static final byte[] KEY = new byte[16];
    private static final PreLinkageValue PLV = PreLinkageValue.ofHex("0102030405060708a9");

    static {
        Arrays.fill(KEY, (byte) 0x5C);
    }

    private static EncryptedPlv sample() {
        return EncryptedPlv.encrypt(new LaId(0x2aa0), KEY, PLV, new Random(7));
    }

    @Test
    void encPlvIsCanonicalEncryptedDataForTheSharedKeyAndDecrypts() throws Exception {
        EncryptedPlv e = sample();
        assertThat(e.encPlv()).hasSize(98);
        Oer.decode(e.encPlv(), Ieee1609Dot2Schema.IEEE1609_DOT2_DATA_ELEMENT, "encPlv", Ieee1609Dot2Data::getInstance);
        Spdu spdu = Spdu.decode(e.encPlv());
        assertThat(spdu.contentType()).isEqualTo(ContentType.ENCRYPTED_DATA);
        assertThat(spdu.encrypted().orElseThrow().recipients()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RecipientKind.SYMMETRIC);
            assertThat(r.recipientId()).isEqualTo(EncryptedPlv.keyId(KEY));
        });
        assertThat(e.decrypt(KEY)).isEqualTo(PLV);
    }

    @Test
    void theWrongKeyOrAlteredCiphertextDoesNotDecrypt() {
        EncryptedPlv e = sample();
        byte[] other = KEY.clone();
        other[0] ^= 1;
        assertThatThrownBy(() -> e.decrypt(other)).isInstanceOf(DecryptionException.class);
        byte[] enc = e.encPlv();
        enc[enc.length - 1] ^= 1;
        assertThatThrownBy(() -> new EncryptedPlv(e.laId(), enc).decrypt(KEY)).isInstanceOf(DecryptionException.class);
    }

    @Test
    void everyTruncationIsADecodeExceptionNamingEncPlv() {
        byte[] enc = sample().encPlv();
        for (int n = 0; n < enc.length; n++) {
            EncryptedPlv cut = new EncryptedPlv(new LaId(0x2aa0), Arrays.copyOf(enc, n));
            assertThatThrownBy(() -> cut.decrypt(KEY)).as("length %d", n).isInstanceOf(DecodeException.class)
                    .hasMessageContaining("EncryptedIndividualPLV.encPlv");
        }
    }
}
