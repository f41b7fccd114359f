package org.scmsim.crypto.scms;

import java.util.List;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Duration;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.CertificateIssuer;
import org.scmsim.crypto.cert.CertificateTemplate;
import org.scmsim.crypto.cert.Ecqv;
import org.scmsim.crypto.cert.ImplicitIssuance;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;

/**
 * The enrollment CA: at bootstrap, an implicit enrollment certificate (no encryption key, no
 * linkage) for the device's own key; the device reconstructs its enrollment signing key.
 */
public final class Eca {

    private final EcBackend backend;
    private final SigningCredential credential;
    private final CertificateIssuer issuer;

    public Eca(EcBackend backend, SigningCredential credential) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.credential = Objects.requireNonNull(credential, "credential");
        this.issuer = new CertificateIssuer(backend);
    }

    public Certificate certificate() {
        return credential.certificate();
    }

    /** An enrollment certificate for the device key R_U, valid from {@code start} for {@code validity}. */
    public ImplicitIssuance enroll(ECPoint deviceKey, List<Long> psids, int countryRegion, Time32 start, Duration validity) {
        CertificateTemplate t = CertificateTemplate.create().noId().validity(start, validity);
        if (countryRegion > 0) {
            t.countryRegion(countryRegion);
        }
        for (long psid : psids) {
            t.appPermission(psid);
        }
        return issuer.issueImplicit(t, deviceKey, credential);
    }

    /**
     * The device's side: its enrollment signing credential from the ECA's answer (checked: the
     * reconstructed key must match the certificate).
     */
    public static SigningCredential completeEnrollment(EcBackend backend, ImplicitIssuance issued, Certificate eca, ECPoint ecaKey,
            EcKeyPair deviceKey) {
        EcKeyPair key = Ecqv.reconstructKeyPair(backend, issued.certificate(), eca, ecaKey, issued.reconstructionPrivate(),
                deviceKey.privateKey());
        return new SigningCredential(issued.certificate(), key);
    }

    /** Convenience: a device key, its enrollment, and the resulting credential, in one step. */
    public SigningCredential enrollNewDevice(List<Long> psids, int countryRegion, Time32 start, Duration validity) {
        EcKeyPair deviceKey = backend.generateKeyPair(EcCurve.NIST_P256);
        ImplicitIssuance issued = enroll(deviceKey.publicKey(), psids, countryRegion, start, validity);
        return completeEnrollment(backend, issued, credential.certificate(), credential.keyPair().publicKey(), deviceKey);
    }
}
