package org.scmsim.crypto.ecies;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-128-CCM with the IEEE 1609.2 parameters: 12-octet nonce, 16-octet tag, no associated data
 * (NIST SP 800-38C). The ciphertext carries the tag at its end.
 *
 * <p>The JDK has no CCM mode, but its AES block cipher is a HotSpot intrinsic (AES-NI), several
 * times BouncyCastle's Java {@code AESEngine} for the short messages of an SCMS (pre-linkage values,
 * certificate responses). CCM is built here from two JDK modes over one key: the counter-mode
 * keystream {@code E(Ctr_0) || E(Ctr_1) || ...} from one ECB call over the counter blocks, and the
 * CBC-MAC over {@code B_0 || P || 0-padding} block by block, on one ECB engine keyed once per
 * operation. With a 12-octet nonce
 * the length field and the counter are 3 octets (q = 3), so a message holds at most 2^24 - 1 octets.
 * The CAMP and SP 800-38C vectors in the tests pin the construction.
 */
public final class AesCcm {

    public static final int KEY_LENGTH = 16;
    public static final int NONCE_LENGTH = 12;
    public static final int TAG_LENGTH = 16;

    /** Largest plaintext a 3-octet length field can describe. */
    static final int MAX_PLAINTEXT = (1 << 24) - 1;

    private static final int BLOCK = 16;
    /** B_0 flags: no associated data, ((t - 2) / 2) << 3 with t = 16, q - 1 with q = 3. */
    private static final byte B0_FLAGS = (byte) ((((TAG_LENGTH - 2) / 2) << 3) | 2);
    /** Counter-block flags: q - 1. */
    private static final byte CTR_FLAGS = 2;

    /** One ECB engine per thread; each operation keys it once. */
    private static final ThreadLocal<Engines> ENGINES = ThreadLocal.withInitial(Engines::new);

    private AesCcm() {
    }

    /** Encrypts and authenticates; returns ciphertext followed by the 16-octet tag. */
    public static byte[] encrypt(byte[] key, byte[] nonce, byte[] plaintext) {
        check(key, nonce);
        if (plaintext.length > MAX_PLAINTEXT) {
            throw new IllegalArgumentException("AES-CCM with a 12-octet nonce takes at most " + MAX_PLAINTEXT
                    + " octets, not " + plaintext.length);
        }
        Engines e = ENGINES.get().keyed(key);
        byte[] mac = e.cbcMac(nonce, plaintext, plaintext.length);
        byte[] stream = e.keystream(nonce, plaintext.length);
        byte[] out = new byte[plaintext.length + TAG_LENGTH];
        for (int i = 0; i < plaintext.length; i++) {
            out[i] = (byte) (plaintext[i] ^ stream[BLOCK + i]);
        }
        for (int i = 0; i < TAG_LENGTH; i++) {
            out[plaintext.length + i] = (byte) (mac[i] ^ stream[i]);
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
        check(key, nonce);
        int n = ciphertextAndTag.length - TAG_LENGTH;
        if (n > MAX_PLAINTEXT) {
            throw new DecryptionException("AES-CCM ciphertext of " + ciphertextAndTag.length
                    + " octets is longer than a 12-octet nonce allows");
        }
        Engines e = ENGINES.get().keyed(key);
        byte[] stream = e.keystream(nonce, n);
        byte[] plaintext = new byte[n];
        for (int i = 0; i < n; i++) {
            plaintext[i] = (byte) (ciphertextAndTag[i] ^ stream[BLOCK + i]);
        }
        byte[] mac = e.cbcMac(nonce, plaintext, n);
        byte[] expected = new byte[TAG_LENGTH];
        for (int i = 0; i < TAG_LENGTH; i++) {
            expected[i] = (byte) (mac[i] ^ stream[i]);
        }
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(ciphertextAndTag, n, n + TAG_LENGTH))) {
            Arrays.fill(plaintext, (byte) 0);
            throw new DecryptionException("AES-CCM tag does not verify");
        }
        return plaintext;
    }

    private static void check(byte[] key, byte[] nonce) {
        if (key.length != KEY_LENGTH) {
            throw new IllegalArgumentException("AES-128-CCM key must be 16 octets, not " + key.length);
        }
        if (nonce.length != NONCE_LENGTH) {
            throw new IllegalArgumentException("AES-CCM nonce must be 12 octets, not " + nonce.length);
        }
    }

    /** A thread's JDK AES engine (ECB, re-keyed once per operation). */
    private static final class Engines {
        private final Cipher ecb = cipher("AES/ECB/NoPadding");

        private static Cipher cipher(String transformation) {
            try {
                try {
                    return Cipher.getInstance(transformation, "SunJCE");
                } catch (GeneralSecurityException noSunJce) {
                    return Cipher.getInstance(transformation);
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the platform has no " + transformation, e);
            }
        }

        /** Keys the engine for one operation. */
        Engines keyed(byte[] key) {
            try {
                ecb.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
                return this;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES refused a 16-octet key", e);
            }
        }

        /** E(Ctr_0) || E(Ctr_1) || ... covering one tag block and {@code length} octets. */
        byte[] keystream(byte[] nonce, int length) {
            int blocks = 1 + (length + BLOCK - 1) / BLOCK;
            byte[] counters = new byte[blocks * BLOCK];
            for (int i = 0; i < blocks; i++) {
                int o = i * BLOCK;
                counters[o] = CTR_FLAGS;
                System.arraycopy(nonce, 0, counters, o + 1, NONCE_LENGTH);
                counters[o + 13] = (byte) (i >>> 16);
                counters[o + 14] = (byte) (i >>> 8);
                counters[o + 15] = (byte) i;
            }
            try {
                ecb.update(counters, 0, counters.length, counters, 0);
                return counters;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES failed", e);
            }
        }

        /** The CBC-MAC over B_0 || P || zero padding (before masking with E(Ctr_0)). */
        byte[] cbcMac(byte[] nonce, byte[] p, int length) {
            byte[] x = new byte[BLOCK];
            x[0] = B0_FLAGS;
            System.arraycopy(nonce, 0, x, 1, NONCE_LENGTH);
            x[13] = (byte) (length >>> 16);
            x[14] = (byte) (length >>> 8);
            x[15] = (byte) length;
            try {
                ecb.update(x, 0, BLOCK, x, 0);
                for (int done = 0; done < length; done += BLOCK) {
                    int n = Math.min(BLOCK, length - done);
                    for (int i = 0; i < n; i++) {
                        x[i] ^= p[done + i];
                    }
                    ecb.update(x, 0, BLOCK, x, 0);
                }
                return x;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES failed", e);
            }
        }
    }
}
