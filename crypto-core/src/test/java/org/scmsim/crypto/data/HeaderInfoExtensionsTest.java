package org.scmsim.crypto.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.bouncycastle.oer.its.ieee1609dot2.HeaderInfo;
import org.bouncycastle.oer.its.ieee1609dot2.PduFunctionalType;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Psid;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Time64;
import org.junit.jupiter.api.Test;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.CertificateIssuer;
import org.scmsim.crypto.cert.CertificateTemplate;
import org.scmsim.crypto.cert.Durations;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.Randomness;

/** HeaderInfo fields after the extension marker (requestedCertificate, pduFunctionalType) survive a round trip. */
class HeaderInfoExtensionsTest {

    @Test
    void extensionFieldsRoundTripAndAreSigned() throws DecodeException {
        EcBackend ec = EcBackends.createDefault(Randomness.deterministic(2, "hdr"));
        EcKeyPair key = ec.generateKeyPair(EcCurve.NIST_P256);
        Certificate cert = new CertificateIssuer(ec).selfSigned(CertificateTemplate.create().name("x")
                .validity(Time32.of(Instant.parse("2026-01-01T00:00:00Z")), Durations.years(1)).appPermission(32), key);
        SigningCredential cred = new SigningCredential(cert, key);
        HeaderInfo h = HeaderInfo.builder().setPsid(new Psid(32)).setGenerationTime(new Time64(123456789L))
                .setRequestedCertificate(org.bouncycastle.oer.its.ieee1609dot2.Certificate.getInstance(cert.asn1()))
                .setPduFunctionalType(new PduFunctionalType(1))
                .createHeaderInfo();
        MessageSigner signer = new MessageSigner(ec);
        Spdu spdu = signer.sign(cred, SignerType.DIGEST, h, new byte[]{9});
        Spdu back = Spdu.decode(spdu.encoded());
        assertThat(back.encoded()).isEqualTo(spdu.encoded());
        HeaderInfo hb = back.signed().orElseThrow().headerInfo();
        assertThat(hb.getPduFunctionalType()).isNotNull();
        assertThat(hb.getRequestedCertificate()).isNotNull();
        assertThat(signer.verify(back.signed().orElseThrow(), cert, key.publicKey())).isTrue();
    }
}
