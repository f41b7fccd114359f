package org.scmsim.crypto.scms;

import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.butterfly.ButterflyVariant;

/**
 * The RA's request to the PCA for one certificate (after expansion and shuffling), as 1609.2.1
 * {@code RaAcaCertRequest{flags{butterflyExplicit, cubk}, linkageInfo{encPlv1, encPlv2}, certEncKey, tbsCert}}.
 * It names the period i (the certificate needs it) but not j.
 *
 * @param requestId the RA's opaque handle to route the response back (not derived from j)
 * @param signingKey the cocoon key B the certificate is built on
 * @param encryptionKey the cocoon key Q the response is encrypted to (equal to B for unified keys)
 * @param generationTime when the RA sent the request
 */
public record RaAcaCertRequest(long requestId, ButterflyVariant variant, CertificateFormat format, int iCert,
        ECPoint signingKey, ECPoint encryptionKey, EncryptedPlv plv1, EncryptedPlv plv2, Time32 generationTime) {

    public RaAcaCertRequest {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(signingKey, "signingKey");
        Objects.requireNonNull(encryptionKey, "encryptionKey");
        Objects.requireNonNull(plv1, "plv1");
        Objects.requireNonNull(plv2, "plv2");
        Objects.requireNonNull(generationTime, "generationTime");
    }
}
