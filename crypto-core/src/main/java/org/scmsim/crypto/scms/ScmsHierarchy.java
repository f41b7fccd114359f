package org.scmsim.crypto.scms;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.CertificateIssuer;
import org.scmsim.crypto.cert.CertificateTemplate;
import org.scmsim.crypto.cert.Durations;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.crl.CrlGenerator;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.crypto.linkage.LaId;

/**
 * A complete SCMS of our own, with real keys and explicit CA certificates: a self-signed root
 * (RCA) that certifies the ECA, PCA, RA, CRL generator and MA (the MA's certificate carries an
 * encryption key for reports), two LAs sharing AES keys with the PCA, and the role objects wired
 * together. For tests, the CLI's test CRLs, benchmarks and the simulation's {@code full} fidelity.
 *
 * <p>CA validity 20 years (root 60), as in the Korean SCMS.
 */
public final class ScmsHierarchy {

    /** The LA identifiers used (those of the Korean SCMS's linkage CRL). */
    public static final LaId LA1_ID = new LaId(0x2aa0);
    public static final LaId LA2_ID = new LaId(0x0e7e);

    private final EcBackend backend;
    private final PseudonymProfile profile;
    private final SigningCredential rca;
    private final SigningCredential ecaCredential;
    private final SigningCredential pcaCredential;
    private final SigningCredential raCredential;
    private final SigningCredential crlgCredential;
    private final SigningCredential maCredential;
    private final EcKeyPair maEncryptionKey;
    private final EcKeyPair raEncryptionKey;
    private final Eca eca;
    private final Pca pca;
    private final Ra ra;
    private final LinkageAuthority la1;
    private final LinkageAuthority la2;
    private final CrlGenerator crlGenerator;
    private final Map<LaId, byte[]> laKeys;

    private ScmsHierarchy(EcBackend backend, PseudonymProfile profile, Time32 start, Randomness raShuffle,
            Randomness laRandomness) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.profile = Objects.requireNonNull(profile, "profile");
        CertificateIssuer issuer = new CertificateIssuer(backend);
        EcKeyPair rootKey = backend.generateKeyPair(EcCurve.NIST_P256);
        Certificate root = issuer.selfSigned(CertificateTemplate.create().name("rca.scmsim.test")
                .validity(start, Durations.years(60)).issuePermission(2, 0, 0x80), rootKey);
        this.rca = new SigningCredential(root, rootKey);
        this.ecaCredential = ca(issuer, "eca.scmsim.test", start, 0x23);
        this.pcaCredential = ca(issuer, "pca.scmsim.test", start, 0x20, 0x23, 0x26);
        this.raEncryptionKey = backend.generateKeyPair(EcCurve.NIST_P256);
        EcKeyPair raKey = backend.generateKeyPair(EcCurve.NIST_P256);
        Certificate raCert = issuer.issueExplicit(CertificateTemplate.create().name("ra.scmsim.test").validity(start, Durations.years(20))
                .issuePermission(1, 0, 0x80, 0x23).encryptionKey(EcCurve.NIST_P256, raEncryptionKey.publicKey()),
                EcCurve.NIST_P256, raKey.publicKey(), rca);
        this.raCredential = new SigningCredential(raCert, raKey);
        this.crlgCredential = ca(issuer, "crlg.scmsim.test", start, 0x23);
        this.maEncryptionKey = backend.generateKeyPair(EcCurve.NIST_P256);
        EcKeyPair maKey = backend.generateKeyPair(EcCurve.NIST_P256);
        Certificate maCert = issuer.issueExplicit(CertificateTemplate.create().name("ma.scmsim.test")
                .validity(start, Durations.years(20)).appPermission(0x26).appPermission(0x23)
                .encryptionKey(EcCurve.NIST_P256, maEncryptionKey.publicKey()), EcCurve.NIST_P256, maKey.publicKey(), rca);
        this.maCredential = new SigningCredential(maCert, maKey);
        byte[] k1 = new byte[16];
        byte[] k2 = new byte[16];
        laRandomness.random().nextBytes(k1);
        laRandomness.random().nextBytes(k2);
        this.la1 = new LinkageAuthority(LA1_ID, k1, laRandomness);
        this.la2 = new LinkageAuthority(LA2_ID, k2, laRandomness);
        this.crlGenerator = new CrlGenerator(backend, crlgCredential);
        this.eca = new Eca(backend, ecaCredential);
        this.laKeys = Map.of(LA1_ID, k1.clone(), LA2_ID, k2.clone());
        this.pca = new Pca(backend, pcaCredential, laKeys, profile, crlgCredential.certificate().hashedId8(),
                raCert, raKey.publicKey());
        this.ra = new Ra(backend, ecaCredential.certificate(), ecaCredential.keyPair().publicKey(), la1, la2, profile, raShuffle,
                raCredential, raEncryptionKey);
    }

    private SigningCredential ca(CertificateIssuer issuer, String name, Time32 start, long... psids) {
        EcKeyPair key = backend.generateKeyPair(EcCurve.NIST_P256);
        Certificate cert = issuer.issueExplicit(CertificateTemplate.create().name(name).validity(start, Durations.years(20))
                .issuePermission(1, 0, 0x80, psids), EcCurve.NIST_P256, key.publicKey(), rca);
        return new SigningCredential(cert, key);
    }

    /**
     * A new SCMS. Keys come from {@code backend}; the RA's shuffling and the LAs' seeds from their
     * own randomness (give deterministic ones for a reproducible simulation).
     */
    public static ScmsHierarchy create(EcBackend backend, PseudonymProfile profile, Time32 start, Randomness raShuffle,
            Randomness laRandomness) {
        return new ScmsHierarchy(backend, profile, start, raShuffle, laRandomness);
    }

    /** A new SCMS drawing everything from the backend's randomness. */
    public static ScmsHierarchy create(EcBackend backend, PseudonymProfile profile, Time32 start) {
        return new ScmsHierarchy(backend, profile, start, backend.randomness(), backend.randomness());
    }

    public EcBackend backend() {
        return backend;
    }

    public PseudonymProfile profile() {
        return profile;
    }

    public SigningCredential rca() {
        return rca;
    }

    public SigningCredential ecaCredential() {
        return ecaCredential;
    }

    public SigningCredential pcaCredential() {
        return pcaCredential;
    }

    public SigningCredential raCredential() {
        return raCredential;
    }

    public SigningCredential crlgCredential() {
        return crlgCredential;
    }

    public SigningCredential maCredential() {
        return maCredential;
    }

    /** The RA's request-decryption key pair (its certificate carries the public half). */
    public EcKeyPair raEncryptionKey() {
        return raEncryptionKey;
    }

    /** The MA's report-encryption key pair (its certificate carries the public half). */
    public EcKeyPair maEncryptionKey() {
        return maEncryptionKey;
    }

    public Eca eca() {
        return eca;
    }

    public Pca pca() {
        return pca;
    }

    public Ra ra() {
        return ra;
    }

    public LinkageAuthority la1() {
        return la1;
    }

    public LinkageAuthority la2() {
        return la2;
    }

    public CrlGenerator crlGenerator() {
        return crlGenerator;
    }

    /**
     * Another PCA worker with the same certificate, key and LA keys but its own backend (and so its
     * own randomness): for issuing on several threads without sharing a random source. Its
     * record of issued certificates (for the MA) is its own.
     */
    public Pca pcaWorker(EcBackend workerBackend) {
        return new Pca(workerBackend, pcaCredential, laKeys, profile, crlgCredential.certificate().hashedId8(),
                raCredential.certificate(), raCredential.keyPair().publicKey());
    }

    public Certificate pcaCertificate() {
        return pcaCredential.certificate();
    }

    public ECPoint pcaKey() {
        return pcaCredential.keyPair().publicKey();
    }

    /** Enrolls a new device at the ECA (enrollment valid six years, as in the Korean SCMS). */
    public SigningCredential enrollDevice(Time32 now) {
        return eca.enrollNewDevice(List.of(0x23L), profile.countryRegion(), now, Durations.years(6));
    }
}
