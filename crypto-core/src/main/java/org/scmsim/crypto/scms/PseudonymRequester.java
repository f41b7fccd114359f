package org.scmsim.crypto.scms;

import org.bouncycastle.math.ec.ECPoint;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.butterfly.ButterflySecrets;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.ecies.Ecies;
import org.scmsim.crypto.data.EncryptedMessage;
import org.scmsim.crypto.data.RecipientKind;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.data.SignedMessage;
import org.scmsim.crypto.data.SignerType;

/** The device's side of the butterfly request. */
public final class PseudonymRequester {

    /** PSID of SCMS management messages (requests, responses, CRLs): 0x23. */
    public static final long SCMS_PSID = 0x23;

    private PseudonymRequester() {
    }

    /**
     * A signed {@code EeRaCertRequest} with the butterfly parameters of {@code secrets}, signed with
     * the device's enrollment credential (its certificate included).
     */
    public static byte[] request(EcBackend backend, ButterflySecrets secrets, CertificateFormat format,
            SigningCredential enrollment, PseudonymProfile profile, Time32 now) {
        byte[] body = EeRaCertRequests.encode(now, format, secrets.params(), profile);
        return SignedMessage.sign(backend, body, SCMS_PSID, now, enrollment, SignerType.CERTIFICATE);
    }

    /**
     * The signed request encrypted to the RA, as devices send it
     * ({@code SecuredPseudonymCertProvisioningRequest}: certRecipInfo to the RA certificate, P1 =
     * SHA-256 of that certificate).
     */
    public static byte[] requestEncrypted(EcBackend backend, ButterflySecrets secrets, CertificateFormat format,
            SigningCredential enrollment, PseudonymProfile profile, Time32 now, Certificate ra, ECPoint raEncryptionKey) {
        byte[] signed = request(backend, secrets, format, enrollment, profile, now);
        return EncryptedMessage.encrypt(backend, signed, raEncryptionKey, ra.hashedId8(), RecipientKind.CERTIFICATE,
                Ecies.p1ForCertificate(ra.encoded()));
    }

    /** The request hash the RA acknowledges and names the download after: HashedId8 of the request. */
    public static HashedId8 requestHash(byte[] signedRequest) {
        return HashedId8.of(signedRequest);
    }
}
