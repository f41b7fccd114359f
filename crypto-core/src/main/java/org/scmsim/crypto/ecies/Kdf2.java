package org.scmsim.crypto.ecies;

import org.scmsim.crypto.base.Sha256;

/**
 * KDF2 with SHA-256 (IEEE 1363a, as used by IEEE 1609.2 ECIES): the output is
 * {@code SHA-256(z || I2OSP(1,4) || P1) || SHA-256(z || I2OSP(2,4) || P1) || ...} cut to length.
 */
public final class Kdf2 {

    private Kdf2() {
    }

    /**
     * Derives {@code length} octets from the shared secret {@code z} and the key derivation
     * parameter {@code p1} (may be empty).
     */
    public static byte[] derive(byte[] z, byte[] p1, int length) {
        if (length < 0) {
            throw new IllegalArgumentException("KDF2 length must not be negative: " + length);
        }
        byte[] out = new byte[length];
        byte[] counter = new byte[4];
        int done = 0;
        for (int i = 1; done < length; i++) {
            counter[0] = (byte) (i >>> 24);
            counter[1] = (byte) (i >>> 16);
            counter[2] = (byte) (i >>> 8);
            counter[3] = (byte) i;
            byte[] block = Sha256.digest(z, counter, p1);
            int n = Math.min(32, length - done);
            System.arraycopy(block, 0, out, done, n);
            done += n;
        }
        return out;
    }
}
