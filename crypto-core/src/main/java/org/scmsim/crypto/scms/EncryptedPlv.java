package org.scmsim.crypto.scms;

import java.util.Objects;
import org.scmsim.crypto.linkage.LaId;

/**
 * A pre-linkage value encrypted by its LA for the PCA under their shared AES-128 key
 * (1609.2.1 {@code EncryptedIndividualPLV{laId, enc-plv}}): AES-128-CCM, 12-octet nonce. The RA
 * forwards it without being able to read it.
 */
public record EncryptedPlv(LaId laId, byte[] nonce, byte[] ciphertext) {

    public EncryptedPlv {
        Objects.requireNonNull(laId, "laId");
        nonce = nonce.clone();
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] nonce() {
        return nonce.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }
}
