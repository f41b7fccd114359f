package org.scmsim.crypto.misbehavior;

import org.bouncycastle.math.ec.ECPoint;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ecies.Ecies;
import org.scmsim.crypto.data.EncryptedMessage;
import org.scmsim.crypto.data.RecipientKind;
import org.scmsim.crypto.data.SignedMessage;
import org.scmsim.crypto.data.SignerType;

/**
 * The reporting device's side: the COER report signed with a pseudonym certificate (PSID 38,
 * certificate included, no generationTime in the header: the report carries its own), encrypted
 * to the MA's certificate, in a {@code SaeJ3287Data} of content {@code sTE}.
 */
public final class MisbehaviorReporter {

    /** PSID of misbehavior reporting (38). */
    public static final long MBR_PSID = 0x26;

    private MisbehaviorReporter() {
    }

    /**
     * The report as the MA receives it: {@code SaeJ3287Data{1, sTE(Ieee1609Dot2Data encrypted to the
     * MA (certRecipInfo, P1 = SHA-256 of the MA certificate) of Ieee1609Dot2Data signed with
     * pseudonym over SaeJ3287Mbr)}}.
     *
     * @param now when the report is sent; not before the report's generation time
     */
    public static byte[] report(EcBackend backend, MisbehaviorReport report, SigningCredential pseudonym, Certificate ma,
            ECPoint maEncryptionKey, Time32 now) {
        if (report.generationTime().toTime32().isAfter(now)) {
            throw new IllegalArgumentException("report generated at " + report.generationTime() + ", after it is sent at " + now);
        }
        byte[] signed = SignedMessage.sign(backend, report.encode(), MBR_PSID, null, pseudonym, SignerType.CERTIFICATE);
        byte[] encrypted = EncryptedMessage.encrypt(backend, signed, maEncryptionKey, ma.hashedId8(), RecipientKind.CERTIFICATE,
                Ecies.p1ForCertificate(ma.encoded()));
        return new SaeJ3287Data(SaeJ3287Data.ContentType.SIGNED_THEN_ENCRYPTED, encrypted).encode();
    }
}
