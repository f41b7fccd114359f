package org.scmsim.crypto.scms;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.math.ec.ECPoint;
import org.scmsim.crypto.base.Sha256;
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
        Prepared p = prepare(i, j, response);
        return p.failure() != null ? p.failure() : checkKey(p.candidate());
    }

    /**
     * Opens a period's responses, {@code responsesByJ[j]} filed as {@code <i>_<j>} (null: none;
     * its result is null), with the same results as {@link #open} for each, but the implicit
     * certificates' keys checked in one equation: with weights z_j derived from the certificates
     * and private key contributions (SHA-256, so no randomness is drawn),
     * Σ z_j·e_j·P_U,j + (Σ z_j)·Q_CA − (Σ z_j·d_j)·G = O holds if every d_j·G = e_j·P_U,j + Q_CA, and
     * otherwise with probability at most 2^-127. The products share their doublings
     * ({@link EcCurve#sumOfMultiples}), which makes a week's 20 checks cost about a fifth of 20
     * separate reconstructions. If the equation fails, each certificate is checked alone, so the
     * failing ones get {@link OpenOutcome#KEY_MISMATCH} as with {@link #open}.
     */
    public OpenResult[] openAll(int i, byte[][] responsesByJ) {
        OpenResult[] out = new OpenResult[responsesByJ.length];
        List<Candidate> implicit = new ArrayList<>(responsesByJ.length);
        for (int j = 0; j < responsesByJ.length; j++) {
            if (responsesByJ[j] == null) {
                continue;
            }
            Prepared p = prepare(i, j, responsesByJ[j]);
            if (p.failure() != null) {
                out[j] = p.failure();
            } else if (p.candidate().cert().isImplicit() && pcaKey.getCurve().equals(EcCurve.NIST_P256.curve())) {
                implicit.add(p.candidate());
            } else {
                out[j] = checkKey(p.candidate());
            }
        }
        if (implicit.size() == 1 || !implicit.isEmpty() && !batchHolds(implicit)) {
            for (Candidate c : implicit) {
                out[c.j()] = checkKey(c);
            }
        } else if (!implicit.isEmpty()) {
            // the public keys d_j·G, normalized together (one field inversion for the week)
            BigInteger[] ds = new BigInteger[implicit.size()];
            ECPoint[] none = new ECPoint[implicit.size()];
            for (int k = 0; k < ds.length; k++) {
                ds[k] = implicit.get(k).d();
                none[k] = EcCurve.NIST_P256.curve().getInfinity();
            }
            ECPoint[] keys = EcCurve.NIST_P256.multiplyGeneratorAdd(ds, none);
            for (int k = 0; k < ds.length; k++) {
                out[implicit.get(k).j()] = ok(implicit.get(k), keys[k]);
            }
        }
        return out;
    }

    /** A response decrypted and decoded, its private key computed, its key not yet checked. */
    private record Candidate(int i, int j, Certificate cert, BigInteger keyInfo, BigInteger d,
                             Optional<RevocationTarget.Linkage> linkage) {
    }

    /** Either a failure or a candidate. */
    private record Prepared(OpenResult failure, Candidate candidate) {
        static Prepared failed(OpenOutcome outcome, String detail) {
            return new Prepared(OpenResult.failed(outcome, detail), null);
        }
    }

    /** Σ z_j·e_j·P_U,j + (Σ z_j)·Q_CA − (Σ z_j·d_j)·G = O for the implicit candidates. */
    private boolean batchHolds(List<Candidate> candidates) {
        EcCurve curve = EcCurve.NIST_P256;
        BigInteger n = curve.order();
        byte[][] transcript = new byte[2 * candidates.size()][];
        for (int k = 0; k < candidates.size(); k++) {
            transcript[2 * k] = candidates.get(k).cert().encoded();
            transcript[2 * k + 1] = EcCurve.to32Bytes(candidates.get(k).keyInfo().mod(n));
        }
        byte[] seed = Sha256.digest(transcript);
        int m = candidates.size();
        BigInteger[] scalars = new BigInteger[m + 2];
        ECPoint[] points = new ECPoint[m + 2];
        BigInteger zSum = BigInteger.ZERO;
        BigInteger zd = BigInteger.ZERO;
        for (int k = 0; k < m; k++) {
            Candidate c = candidates.get(k);
            ECPoint pu = c.cert().reconstructionValue().orElse(null);
            if (pu == null) {
                return false;
            }
            byte[] h = Sha256.digest(seed, new byte[] {(byte) (k >>> 8), (byte) k});
            BigInteger z = new BigInteger(1, Arrays.copyOf(h, 16)).setBit(127);
            scalars[k] = z.multiply(Ecqv.hashToScalar(c.cert(), pca)).mod(n);
            points[k] = pu;
            zSum = zSum.add(z);
            zd = zd.add(z.multiply(c.d()));
        }
        scalars[m] = zSum.mod(n);
        points[m] = pcaKey;
        scalars[m + 1] = n.subtract(zd.mod(n)).mod(n);
        points[m + 1] = curve.generator();
        return curve.sumOfMultiples(scalars, points).isInfinity();
    }

    private Prepared prepare(int i, int j, byte[] response) {
        byte[] encrypted;
        ToBeSignedEncryptedCertificateResponse header = null;
        if (secrets.variant() == ButterflyVariant.ORIGINAL) {
            SignedMessage signed;
            try {
                signed = SignedMessage.decode(response, "PCA response");
            } catch (DecodeException e) {
                return Prepared.failed(OpenOutcome.MALFORMED, e.getMessage());
            }
            if (!signed.verify(backend, pca, pcaKey)) {
                return Prepared.failed(OpenOutcome.BAD_PCA_SIGNATURE, "signed by " + signed.signerId().map(h -> h.hex()).orElse("self")
                        + ", PCA is " + pca.hashedId8().hex());
            }
            try {
                header = ToBeSignedEncryptedCertificateResponse.decode(signed.payload());
            } catch (DecodeException e) {
                return Prepared.failed(OpenOutcome.MALFORMED, e.getMessage());
            }
            encrypted = header.encryptedCertificate();
        } else {
            encrypted = response;
        }
        EncryptedMessage envelope;
        try {
            envelope = EncryptedMessage.decode(encrypted, "encrypted PCA response");
        } catch (DecodeException e) {
            return Prepared.failed(OpenOutcome.MALFORMED, e.getMessage());
        }
        byte[] plaintext;
        try {
            plaintext = envelope.decrypt(backend, secrets.encryptionPrivate(i, j), Ecies.p1Empty());
        } catch (DecryptionException e) {
            return Prepared.failed(OpenOutcome.NOT_DECRYPTABLE, e.getMessage());
        }
        Certificate cert;
        BigInteger keyInfo;
        try {
            if (plaintext.length > 0 && plaintext[0] == RaAcaCertRequest.VERSION) {
                AcaEeCertResponse r = AcaEeCertResponse.decode(plaintext);  // 1609.2.1 (our cubk responses)
                cert = r.certificate();
                keyInfo = r.privateKeyInfo().orElse(null);
                if (keyInfo == null) {
                    return Prepared.failed(OpenOutcome.MALFORMED, "AcaEeCertResponse without privateKeyInfo");
                }
            } else {
                byte[] body = Spdu.unsecuredPayload(plaintext, "response plaintext");   // CAMP PoC layout
                if (body.length < 1 + 32 + 1 || (body[0] & 0xFF) != 0x80) {
                    return Prepared.failed(OpenOutcome.MALFORMED, "response body is not {certificate, privateKeyInfo}");
                }
                cert = Certificates.decode(Arrays.copyOfRange(body, 1, body.length - 32));
                keyInfo = new BigInteger(1, Arrays.copyOfRange(body, body.length - 32, body.length));
            }
        } catch (DecodeException e) {
            return Prepared.failed(OpenOutcome.MALFORMED, e.getMessage());
        }
        if (!cert.issuerId().map(pca.hashedId8()::equals).orElse(false)) {
            return Prepared.failed(OpenOutcome.WRONG_ISSUER, "issuer " + cert.issuerId().map(h -> h.hex()).orElse("self"));
        }
        String headerProblem = header == null ? null : header.checkAgainst(cert);
        if (headerProblem != null) {
            return Prepared.failed(OpenOutcome.HEADER_MISMATCH, headerProblem);
        }
        Optional<RevocationTarget.Linkage> linkage = PseudonymCertificates.linkage(cert);
        if (linkage.isPresent() && linkage.get().iCert() != i) {
            return Prepared.failed(OpenOutcome.WRONG_PERIOD, "iCert " + linkage.get().iCert() + " filed under i " + i);
        }
        EcCurve curve = EcCurve.NIST_P256;
        BigInteger b = secrets.signingPrivate(i, j);
        BigInteger d;
        if (cert.isImplicit()) {
            d = Ecqv.reconstructPrivateKey(cert, pca, keyInfo, b);
        } else {
            if (!Certificates.verifySignature(backend, cert, pca, pcaKey)) {
                return Prepared.failed(OpenOutcome.BAD_CERTIFICATE_SIGNATURE, "certificate " + cert.hashedId8().hex());
            }
            d = b.add(keyInfo).mod(curve.order());
        }
        return new Prepared(null, new Candidate(i, j, cert, keyInfo, d, linkage));
    }

    /** d·G against the certificate's key (reconstructed for implicit certificates). */
    private OpenResult checkKey(Candidate c) {
        ECPoint expected = c.cert().isImplicit() ? Ecqv.reconstructPublicKey(backend, c.cert(), pca, pcaKey)
                : c.cert().verificationKey().orElseThrow();
        ECPoint dG = backend.multiplyGenerator(EcCurve.NIST_P256, c.d());
        if (!dG.equals(expected)) {
            return OpenResult.failed(OpenOutcome.KEY_MISMATCH, "certificate " + c.cert().hashedId8().hex());
        }
        return ok(c, expected);
    }

    private static OpenResult ok(Candidate c, ECPoint publicKey) {
        return OpenResult.ok(new OpenedPseudonym(c.i(), c.j(), c.cert(), c.keyInfo(),
                new EcKeyPair(EcCurve.NIST_P256, c.d(), publicKey), c.linkage().map(RevocationTarget.Linkage::value)));
    }
}
