package org.scmsim.crypto.scms;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.math.ec.ECPoint;
import org.scmsim.crypto.butterfly.ButterflySecrets;
import org.scmsim.crypto.butterfly.ButterflyVariant;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.cert.Ecqv;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.crl.RevocationTarget;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ecies.DecryptionException;
import org.scmsim.crypto.ecies.Ecies;
import org.scmsim.crypto.data.EncryptedMessage;
import org.scmsim.crypto.data.Spdu;
import org.scmsim.crypto.data.SignedMessage;

/**
 * The device opening its PCA responses: check the PCA's signature (original butterfly keys),
 * decrypt with the cocoon encryption key of (i, j), reconstruct the signing key
 * ({@code s + e·(a + f_ck(x_sign))} for implicit, {@code a + f_ck(x_sign) + c} for explicit
 * certificates), and check it against the certificate. For original butterfly keys the signed
 * payload is a {@link ToBeSignedEncryptedCertificateResponse}: the header (PSID 0x23, expiration,
 * lifetime; 12 octets) is parsed and checked against the certificate, then the encrypted data
 * after it is opened, as in the CAMP PoC responses of the Korean SCMS and ours; its plaintext
 * is {@code unsecuredData(0x80 || certificate || privateKeyInfo)}. Unified ({@code cubk}) responses
 * are the encrypted data alone, around a 1609.2.1 {@link AcaEeCertResponse}.
 */
public final class PseudonymOpener {

    private final EcBackend backend;
    private final ButterflySecrets secrets;
    private final Certificate pca;
    private final ECPoint pcaKey;

    /**
     * @param pcaKey the PCA's public key (its explicit certificate's key), kept as one object so
     *     verification reuses its precomputation
     */
    public PseudonymOpener(EcBackend backend, ButterflySecrets secrets, Certificate pca, ECPoint pcaKey) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.pca = Objects.requireNonNull(pca, "pca");
        this.pcaKey = Objects.requireNonNull(pcaKey, "pcaKey");
    }

    /** Opens the response filed as {@code <i>_<j>}. */
    public OpenResult open(int i, int j, byte[] response) {
        byte[] encrypted;
        ToBeSignedEncryptedCertificateResponse header = null;
        if (secrets.variant() == ButterflyVariant.ORIGINAL) {
            SignedMessage signed;
            try {
                signed = SignedMessage.decode(response, "PCA response");
            } catch (DecodeException e) {
                return OpenResult.failed(OpenOutcome.MALFORMED, e.getMessage());
            }
            if (!signed.verify(backend, pca, pcaKey)) {
                return OpenResult.failed(OpenOutcome.BAD_PCA_SIGNATURE, "signed by " + signed.signerId().map(h -> h.hex()).orElse("self")
                        + ", PCA is " + pca.hashedId8().hex());
            }
            try {
                header = ToBeSignedEncryptedCertificateResponse.decode(signed.payload());
            } catch (DecodeException e) {
                return OpenResult.failed(OpenOutcome.MALFORMED, e.getMessage());
            }
            encrypted = header.encryptedCertificate();
        } else {
            encrypted = response;
        }
        EncryptedMessage envelope;
        try {
            envelope = EncryptedMessage.decode(encrypted, "encrypted PCA response");
        } catch (DecodeException e) {
            return OpenResult.failed(OpenOutcome.MALFORMED, e.getMessage());
        }
        byte[] plaintext;
        try {
            plaintext = envelope.decrypt(backend, secrets.encryptionPrivate(i, j), Ecies.p1Empty());
        } catch (DecryptionException e) {
            return OpenResult.failed(OpenOutcome.NOT_DECRYPTABLE, e.getMessage());
        }
        Certificate cert;
        BigInteger keyInfo;
        try {
            if (plaintext.length > 0 && plaintext[0] == RaAcaCertRequest.VERSION) {
                AcaEeCertResponse r = AcaEeCertResponse.decode(plaintext);  // 1609.2.1 (our cubk responses)
                cert = r.certificate();
                keyInfo = r.privateKeyInfo().orElse(null);
                if (keyInfo == null) {
                    return OpenResult.failed(OpenOutcome.MALFORMED, "AcaEeCertResponse without privateKeyInfo");
                }
            } else {
                byte[] body = Spdu.unsecuredPayload(plaintext, "response plaintext");   // CAMP PoC layout
                if (body.length < 1 + 32 + 1 || (body[0] & 0xFF) != 0x80) {
                    return OpenResult.failed(OpenOutcome.MALFORMED, "response body is not {certificate, privateKeyInfo}");
                }
                cert = Certificates.decode(Arrays.copyOfRange(body, 1, body.length - 32));
                keyInfo = new BigInteger(1, Arrays.copyOfRange(body, body.length - 32, body.length));
            }
        } catch (DecodeException e) {
            return OpenResult.failed(OpenOutcome.MALFORMED, e.getMessage());
        }
        if (!cert.issuerId().map(pca.hashedId8()::equals).orElse(false)) {
            return OpenResult.failed(OpenOutcome.WRONG_ISSUER, "issuer " + cert.issuerId().map(h -> h.hex()).orElse("self"));
        }
        String headerProblem = header == null ? null : header.checkAgainst(cert);
        if (headerProblem != null) {
            return OpenResult.failed(OpenOutcome.HEADER_MISMATCH, headerProblem);
        }
        Optional<RevocationTarget.Linkage> linkage = PseudonymCertificates.linkage(cert);
        if (linkage.isPresent() && linkage.get().iCert() != i) {
            return OpenResult.failed(OpenOutcome.WRONG_PERIOD, "iCert " + linkage.get().iCert() + " filed under i " + i);
        }
        EcCurve curve = EcCurve.NIST_P256;
        BigInteger b = secrets.signingPrivate(i, j);
        BigInteger d;
        ECPoint expected;
        if (cert.isImplicit()) {
            d = Ecqv.reconstructPrivateKey(cert, pca, keyInfo, b);
            expected = Ecqv.reconstructPublicKey(backend, cert, pca, pcaKey);
        } else {
            if (!Certificates.verifySignature(backend, cert, pca, pcaKey)) {
                return OpenResult.failed(OpenOutcome.BAD_CERTIFICATE_SIGNATURE, "certificate " + cert.hashedId8().hex());
            }
            d = b.add(keyInfo).mod(curve.order());
            expected = cert.verificationKey().orElseThrow();
        }
        ECPoint dG = backend.multiplyGenerator(curve, d);
        if (!dG.equals(expected)) {
            return OpenResult.failed(OpenOutcome.KEY_MISMATCH, "certificate " + cert.hashedId8().hex());
        }
        return OpenResult.ok(new OpenedPseudonym(i, j, cert, keyInfo, new EcKeyPair(curve, d, expected),
                linkage.map(RevocationTarget.Linkage::value)));
    }
}
