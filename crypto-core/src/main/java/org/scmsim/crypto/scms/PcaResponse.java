package org.scmsim.crypto.scms;

import org.scmsim.crypto.base.HashedId8;

/**
 * The PCA's answer to one {@link RaAcaCertRequest}: the response SPDU the device downloads (signed
 * and encrypted for original butterfly keys; encrypted only for unified ones), opaque to the RA.
 *
 * @param certificateId the issued certificate's HashedId8 (kept by the PCA for the MA, not sent)
 */
public record PcaResponse(long requestId, byte[] encoded, HashedId8 certificateId) {

    @Override
    public byte[] encoded() {
        return encoded.clone();
    }

    public int length() {
        return encoded.length;
    }
}
