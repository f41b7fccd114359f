package org.scmsim.crypto.ecies;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.CCMBlockCipher;
import org.bouncycastle.crypto.modes.CCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * AES-128-CCM with the IEEE 1609.2 parameters: 12-octet nonce, 16-octet tag, no associated data
 * (NIST SP 800-38C). The ciphertext carries the tag at its end.
 */
public final class AesCcm {

    public static final int KEY_LENGTH = 16;
    public static final int NONCE_LENGTH = 12;
    public static final int TAG_LENGTH = 16;

    private AesCcm() {
    }

    /** Encrypts and authenticates; returns ciphertext followed by the 16-octet tag. */
    public static byte[] encrypt(byte[] key, byte[] nonce, byte[] plaintext) {
        CCMModeCipher ccm = init(true, key, nonce);
        byte[] out = new byte[ccm.getOutputSize(plaintext.length)];
        int n = ccm.processBytes(plaintext, 0, plaintext.length, out, 0);
        try {
            ccm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("AES-CCM encryption failed", e);
        }
        return out;
    }

    /**
     * Checks the tag and decrypts.
     *
     * @throws DecryptionException if the tag does not verify (wrong key, nonce or altered data)
     */
    public static byte[] decrypt(byte[] key, byte[] nonce, byte[] ciphertextAndTag) throws DecryptionException {
        if (ciphertextAndTag.length < TAG_LENGTH) {
            throw new DecryptionException("AES-CCM ciphertext of " + ciphertextAndTag.length
                    + " octets is shorter than its 16-octet tag");
        }
        CCMModeCipher ccm = init(false, key, nonce);
        byte[] out = new byte[ccm.getOutputSize(ciphertextAndTag.length)];
        int n = ccm.processBytes(ciphertextAndTag, 0, ciphertextAndTag.length, out, 0);
        try {
            ccm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new DecryptionException("AES-CCM tag does not verify");
        }
        return out;
    }

    private static CCMModeCipher init(boolean encrypt, byte[] key, byte[] nonce) {
        if (key.length != KEY_LENGTH) {
            throw new IllegalArgumentException("AES-128-CCM key must be 16 octets, not " + key.length);
        }
        if (nonce.length != NONCE_LENGTH) {
            throw new IllegalArgumentException("AES-CCM nonce must be 12 octets, not " + nonce.length);
        }
        CCMModeCipher ccm = CCMBlockCipher.newInstance(AESEngine.newInstance());
        ccm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_LENGTH * 8, nonce));
        return ccm;
    }
}
