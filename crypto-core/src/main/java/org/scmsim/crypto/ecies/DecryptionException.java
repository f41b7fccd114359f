package org.scmsim.crypto.ecies;

/** Encrypted data that does not decrypt: wrong key, wrong recipient, or altered in transit. */
public final class DecryptionException extends Exception {

    public DecryptionException(String message) {
        super(message);
    }
}
