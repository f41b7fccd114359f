package org.scmsim.model.random;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;

/**
 * The named random streams of one replication.
 *
 * <p>Every stochastic source asks for its own stream by name ("deployment", "pca.service", …).
 * A stream's starting seed is derived from the scenario seed and the name alone (SHA-256, reduced
 * to a valid MRG32k3a seed), and replication {@code r} uses that stream's {@code r}-th substream
 * (L'Ecuyer MRG32k3a, 2^76 draws apart). Hence:
 * <ul>
 *   <li>the same (seed, name, replication) always gives the same numbers, in any thread and in
 *       whatever order streams are created: no shared static seed is involved;</li>
 *   <li>two scenario arms that differ in parameters but not in seed see the same numbers in each
 *       source (common random numbers), and replications are independent.</li>
 * </ul>
 */
public final class RandomStreams {

    private static final long M1 = 4294967087L;
    private static final long M2 = 4294944443L;

    private final long seed;
    private final int replication;
    private final Map<String, RandomStream> streams = new HashMap<>();

    public RandomStreams(long seed, int replication) {
        if (replication < 0) {
            throw new IllegalArgumentException("replication must be >= 0: " + replication);
        }
        this.seed = seed;
        this.replication = replication;
    }

    public long seed() {
        return seed;
    }

    public int replication() {
        return replication;
    }

    /** The stream for one source; created on first use, then the same object. */
    public RandomStream stream(String name) {
        return streams.computeIfAbsent(name, n -> create(seed, n, replication));
    }

    /** Names of the streams used so far, sorted (for run manifests). */
    public TreeSet<String> names() {
        return new TreeSet<>(streams.keySet());
    }

    /** A fresh stream positioned at the start of substream {@code replication}. */
    public static RandomStream create(long seed, String name, int replication) {
        MRG32k3a stream = new MRG32k3a(name);
        stream.setSeed(seedFor(seed, name));
        for (int r = 0; r < replication; r++) {
            stream.resetNextSubstream();
        }
        return stream;
    }

    /** The six-component MRG32k3a seed of a named stream. */
    static long[] seedFor(long seed, String name) {
        byte[] digest;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ByteBuffer.allocate(8).putLong(seed).array());
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            digest = sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
        ByteBuffer b = ByteBuffer.wrap(digest);
        long[] s = new long[6];
        for (int i = 0; i < 6; i++) {
            long v = Integer.toUnsignedLong(b.getInt());
            s[i] = v % (i < 3 ? M1 : M2);
        }
        if (s[0] == 0 && s[1] == 0 && s[2] == 0) {
            s[0] = 1;
        }
        if (s[3] == 0 && s[4] == 0 && s[5] == 0) {
            s[3] = 1;
        }
        return s;
    }
}
