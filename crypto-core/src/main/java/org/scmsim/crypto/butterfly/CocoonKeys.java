package org.scmsim.crypto.butterfly;

import org.bouncycastle.math.ec.ECPoint;

/**
 * The RA's expanded ("cocoon") public keys for one (i, j): the key the certificate is built on and
 * the key the PCA encrypts its response to. In the unified variant both are the same point.
 *
 * @param i the i-period (week) index
 * @param j the index within the week
 * @param signing {@code B = A + f_ck(x_sign)·G} (normalized)
 * @param encryption {@code Q = H + f_ek(x_enc)·G} (normalized)
 */
public record CocoonKeys(long i, long j, ECPoint signing, ECPoint encryption) {
}
