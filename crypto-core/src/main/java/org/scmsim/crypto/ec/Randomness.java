package org.scmsim.crypto.ec;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.prng.EntropySource;
import org.bouncycastle.crypto.prng.EntropySourceProvider;
import org.bouncycastle.crypto.prng.SP800SecureRandomBuilder;

/**
 * Where keys and nonces come from. {@link #deterministic(long, String)} is a NIST SP 800-90A
 * Hash_DRBG (SHA-256) seeded only from the given seed and label, so a simulation replays
 * bit for bit, and signatures then use RFC 6979 nonces; {@link #secure()} uses the platform's
 * {@link SecureRandom} (a DRBG per thread) and random nonces. One instance is thread-safe but, in
 * deterministic mode, its output order depends on call order (and its DRBG is synchronized): give
 * each independent user, and each worker thread, its own instance.
 */
public final class Randomness {

    /** The shared DRBG (deterministic mode), or null. */
    private final SecureRandom random;
    /** One SecureRandom per thread (secure mode), or null. */
    private final ThreadLocal<SecureRandom> perThread;
    private final boolean deterministic;

    private Randomness(SecureRandom random, boolean deterministic) {
        this.random = random;
        this.perThread = null;
        this.deterministic = deterministic;
    }

    private Randomness(ThreadLocal<SecureRandom> perThread, boolean deterministic) {
        this.random = null;
        this.perThread = perThread;
        this.deterministic = deterministic;
    }

    /**
     * Platform randomness; ECDSA with random nonces. Each thread draws from its own SP 800-90A DRBG
     * ({@code SecureRandom.getInstance("DRBG")}, seeded from the platform's entropy source): the
     * default {@code new SecureRandom()} on Linux is one process-wide NativePRNG behind a lock, which
     * every thread of a multi-threaded issuer would queue on.
     */
    public static Randomness secure() {
        return new Randomness(ThreadLocal.withInitial(Randomness::platformDrbg), false);
    }

    private static SecureRandom platformDrbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    /** A seeded DRBG: same seed and label, same sequence. */
    public static Randomness deterministic(long seed, String label) {
        byte[] l = label.getBytes(StandardCharsets.UTF_8);
        return deterministic(ByteBuffer.allocate(8 + l.length).putLong(seed).put(l).array());
    }

    /** A seeded DRBG over arbitrary seed material. */
    public static Randomness deterministic(byte[] seedMaterial) {
        byte[] seed = seedMaterial.clone();
        EntropySourceProvider fixed = bitsRequired -> new EntropySource() {
            private long counter;

            @Override
            public boolean isPredictionResistant() {
                return false;
            }

            @Override
            public byte[] getEntropy() {
                // expands the seed deterministically; called at instantiation (and on the rare reseed)
                SHA256Digest d = new SHA256Digest();
                byte[] out = new byte[(bitsRequired + 7) / 8];
                byte[] block = new byte[32];
                int off = 0;
                while (off < out.length) {
                    d.update(seed, 0, seed.length);
                    byte[] c = ByteBuffer.allocate(8).putLong(counter++).array();
                    d.update(c, 0, 8);
                    d.doFinal(block, 0);
                    int n = Math.min(32, out.length - off);
                    System.arraycopy(block, 0, out, off, n);
                    off += n;
                }
                return out;
            }

            @Override
            public int entropySize() {
                return bitsRequired;
            }
        };
        SecureRandom drbg = new SP800SecureRandomBuilder(fixed)
                .setPersonalizationString("scmsim-deterministic".getBytes(StandardCharsets.US_ASCII))
                .buildHash(new SHA256Digest(), seed, false);
        return new Randomness(drbg, true);
    }

    /** The random source (in secure mode, the calling thread's own). */
    public SecureRandom random() {
        return random != null ? random : perThread.get();
    }

    /** True for a seeded DRBG (RFC 6979 signatures). */
    public boolean isDeterministic() {
        return deterministic;
    }
}
