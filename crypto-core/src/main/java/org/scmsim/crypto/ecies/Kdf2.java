package org.scmsim.crypto.ecies;

import org.bouncycastle.crypto.digests.SHA256Digest;

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
        SHA256Digest sha = new SHA256Digest();
        byte[] out = new byte[length];
        byte[] block = new byte[32];
        byte[] counter = new byte[4];
        int done = 0;
        for (int i = 1; done < length; i++) {
            counter[0] = (byte) (i >>> 24);
            counter[1] = (byte) (i >>> 16);
            counter[2] = (byte) (i >>> 8);
            counter[3] = (byte) i;
            sha.update(z, 0, z.length);
            sha.update(counter, 0, 4);
            sha.update(p1, 0, p1.length);
            sha.doFinal(block, 0);
            int n = Math.min(32, length - done);
            System.arraycopy(block, 0, out, done, n);
            done += n;
        }
        return out;
    }
}
