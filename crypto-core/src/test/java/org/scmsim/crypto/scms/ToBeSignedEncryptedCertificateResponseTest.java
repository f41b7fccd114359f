package org.scmsim.crypto.scms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Duration;
import org.junit.jupiter.api.Test;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.cert.Durations;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.data.SignedMessage;

/** The 12-octet header the PCA signs before each encrypted certificate, on the real Korean trace and ours. */
class ToBeSignedEncryptedCertificateResponseTest {

    private static byte[] signedPayload(int j) throws DecodeException {
        return SignedMessage.decode(KoreanTraceOpenTest.TRACE.hex("RESP_" + j), "PCA response").payload();
    }

    @Test
    void theRealHeaderParsesToPsid23ExpirationAndLifetime169Hours() throws Exception {
        for (int j = 0; j < 20; j++) {
            byte[] payload = signedPayload(j);
            ToBeSignedEncryptedCertificateResponse r = ToBeSignedEncryptedCertificateResponse.decode(payload);
            assertThat(r.psids()).containsExactly(0x23L);
            assertThat(r.expiration()).isEqualTo(new Time32(0x2414F92EL));
            assertThat(r.expiration().toInstant().toString()).startsWith("2023-03-08T09:5");
            assertThat(r.lifetime().getChoice()).isEqualTo(Duration.hours);
            assertThat(r.lifetime().getDuration().getValue().intValue()).isEqualTo(169);
            assertThat(r.headerLength()).isEqualTo(12);
            assertThat(Arrays.copyOf(r.encryptedCertificate(), 2)).containsExactly(0x03, 0x82);
            assertThat(r.encode()).as("re-encodes byte for byte").isEqualTo(payload);
            Certificate cert = Certificates.decode(KoreanTraceOpenTest.TRACE.hex("CERT_" + j));
            assertThat(r.checkAgainst(cert)).isNull();
        }
    }

    @Test
    void aHeaderThatDisagreesWithTheCertificateIsNamed() throws Exception {
        Certificate cert = Certificates.decode(KoreanTraceOpenTest.TRACE.hex("CERT_0"));
        ToBeSignedEncryptedCertificateResponse real = ToBeSignedEncryptedCertificateResponse.decode(signedPayload(0));
        byte[] enc = real.encryptedCertificate();
        assertThat(new ToBeSignedEncryptedCertificateResponse(List.of(0x23L), real.expiration(), Durations.hours(168), enc)
                .checkAgainst(cert)).contains("lifetime");
        assertThat(new ToBeSignedEncryptedCertificateResponse(List.of(0x20L), real.expiration(), real.lifetime(), enc)
                .checkAgainst(cert)).contains("0x23");
        assertThat(new ToBeSignedEncryptedCertificateResponse(List.of(0x23L), cert.validityStart(), real.lifetime(), enc)
                .checkAgainst(cert)).contains("expiration");
    }

    @Test
    void truncatedOrAlteredHeadersNameTheField() throws Exception {
        byte[] payload = signedPayload(0);
        assertThatThrownBy(() -> ToBeSignedEncryptedCertificateResponse.decode(Arrays.copyOf(payload, 1)))
                .isInstanceOf(DecodeException.class).hasMessageContaining("psidSsp");
        assertThatThrownBy(() -> ToBeSignedEncryptedCertificateResponse.decode(Arrays.copyOf(payload, 7)))
                .isInstanceOf(DecodeException.class).hasMessageContaining("expiration");
        assertThatThrownBy(() -> ToBeSignedEncryptedCertificateResponse.decode(Arrays.copyOf(payload, 10)))
                .isInstanceOf(DecodeException.class).hasMessageContaining("lifetime");
        assertThatThrownBy(() -> ToBeSignedEncryptedCertificateResponse.decode(Arrays.copyOf(payload, 12)))
                .isInstanceOf(DecodeException.class).hasMessageContaining("encrypted-cert");
        byte[] badChoice = payload.clone();
        badChoice[9] = (byte) 0x87;
        assertThatThrownBy(() -> ToBeSignedEncryptedCertificateResponse.decode(badChoice))
                .isInstanceOf(DecodeException.class).hasMessageContaining("lifetime").hasMessageContaining("0x87");
        byte[] withSsp = payload.clone();
        withSsp[2] = (byte) 0x80;
        assertThatThrownBy(() -> ToBeSignedEncryptedCertificateResponse.decode(withSsp))
                .isInstanceOf(DecodeException.class).hasMessageContaining("psidSsp[0]");
        byte[] notEncrypted = payload.clone();
        notEncrypted[13] = (byte) 0x81;
        assertThatThrownBy(() -> ToBeSignedEncryptedCertificateResponse.decode(notEncrypted))
                .isInstanceOf(DecodeException.class).hasMessageContaining("encrypted-cert.content");
    }
}
