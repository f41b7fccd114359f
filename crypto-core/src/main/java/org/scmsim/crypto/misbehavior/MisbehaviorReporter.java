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

/** The reporting device's side: sign with a pseudonym certificate, then encrypt to the MA. */
public final class MisbehaviorReporter {

    /** PSID of misbehavior reporting (38). */
    public static final long MBR_PSID = 0x26;

    private MisbehaviorReporter() {
    }

    /**
     * The report signed with {@code pseudonym} (certificate included) and encrypted to the MA's
     * encryption key (certRecipInfo, P1 = SHA-256 of the MA certificate).
     */
    public static byte[] report(EcBackend backend, MisbehaviorReport report, SigningCredential pseudonym, Certificate ma,
            ECPoint maEncryptionKey, Time32 now) {
        byte[] signed = SignedMessage.sign(backend, report.encode(), MBR_PSID, now, pseudonym, SignerType.CERTIFICATE);
        return EncryptedMessage.encrypt(backend, signed, maEncryptionKey, ma.hashedId8(), RecipientKind.CERTIFICATE,
                Ecies.p1ForCertificate(ma.encoded()));
    }
}
