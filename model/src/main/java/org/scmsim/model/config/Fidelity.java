package org.scmsim.model.config;

/**
 * How much of the cryptography runs for real.
 *
 * @param mode           {@code model}, {@code sampled} or {@code full}
 * @param sampleFraction in {@code sampled} mode, the fraction of OBUs whose certificates are
 *                       really issued, opened and verified (drawn from stream "fidelity.sample")
 * @param backend        the elliptic-curve backend of the real crypto: {@code auto} (Conscrypt when
 *                       its native library loads on this platform, else BouncyCastle), {@code bc} or
 *                       {@code conscrypt}
 * @param threads        threads doing the devices' real crypto; 0: one per available processor. The
 *                       results do not depend on it
 */
public record Fidelity(Mode mode, double sampleFraction, Backend backend, int threads) {

    /** Crypto in the loop. */
    public enum Mode {
        /** Costs only: service times from the scenario's operation costs. For the largest runs. */
        MODEL,
        /** Real crypto for a random sample of devices, the calibrated cost for every device. */
        SAMPLED,
        /** Every certificate really requested, expanded, issued, encrypted, opened and verified. */
        FULL
    }

    /** The elliptic-curve backend of crypto-core that does the real crypto. */
    public enum Backend {
        /** Conscrypt where its native library loads, else BouncyCastle. */
        AUTO,
        /** BouncyCastle (pure Java, every platform). */
        BC,
        /** Conscrypt (BoringSSL) for ECDH and verification; keys and signatures stay deterministic in BouncyCastle. */
        CONSCRYPT
    }

    /** At most this many crypto threads. */
    public static final int MAX_THREADS = 256;

    public Fidelity {
        Check.present("mode", mode);
        Check.fraction("sampleFraction", sampleFraction);
        Check.present("backend", backend);
        Check.range("threads", threads, 0, MAX_THREADS);
    }

    /** Automatic backend, one crypto thread per processor. */
    public Fidelity(Mode mode, double sampleFraction) {
        this(mode, sampleFraction, Backend.AUTO, 0);
    }

    public Fidelity withBackend(Backend b) {
        return new Fidelity(mode, sampleFraction, b, threads);
    }

    public Fidelity withThreads(int n) {
        return new Fidelity(mode, sampleFraction, backend, n);
    }
}
