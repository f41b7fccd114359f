package org.scmsim.crypto.base;

import org.bouncycastle.crypto.digests.SHA256Digest;

/** SHA-256 and the IEEE 1609.2 hash constructions built on it. */
public final class Sha256 {

    /** SHA-256 of the empty string: the "signer" input for self-signed certificates (1609.2 §5.3.1). */
    private static final byte[] EMPTY = digest(new byte[0]);

    private Sha256() {
    }

    /** SHA-256 of the concatenation of {@code parts}. */
    public static byte[] digest(byte[]... parts) {
        SHA256Digest d = new SHA256Digest();
        for (byte[] p : parts) {
            d.update(p, 0, p.length);
        }
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
    }

    /** SHA-256(""), a fresh copy. */
    public static byte[] empty() {
        return EMPTY.clone();
    }

    /**
     * The IEEE 1609.2 data input to signing and to ECQV:
     * {@code SHA-256( SHA-256(tbs) || SHA-256(signer) )}, where {@code signer} is the COER encoding
     * of the signer's (issuer's) certificate, or {@code null} for a self-signed root (then the second
     * input is SHA-256 of the empty string).
     */
    public static byte[] signingHash(byte[] tbs, byte[] signerCertificate) {
        byte[] signerHash = signerCertificate == null ? EMPTY : digest(signerCertificate);
        return digest(digest(tbs), signerHash);
    }

    /** As {@link #signingHash(byte[], byte[])} with the signer's SHA-256 already known. */
    public static byte[] signingHashWithSignerDigest(byte[] tbs, byte[] signerSha256) {
        return digest(digest(tbs), signerSha256);
    }
}
