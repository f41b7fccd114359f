package org.scmsim.bench.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.EcdsaSignature;
import org.scmsim.crypto.ec.Randomness;

/**
 * The P-256 operations a PCA certificate is made of, per thread (state per thread, so
 * {@code -t 2} shows how they scale): G·k from scmsim's table ({@code EcCurve.multiplyGenerator})
 * against BouncyCastle's fixed-point comb, P·k for a fresh point (BouncyCastle wNAF), ECDH and
 * ECDSA signing on the backend.
 *
 * <pre>
 * mvn -B -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar P256MultiplyBenchmark -p backend=bc,conscrypt        # one thread
 * java -jar bench/target/benchmarks.jar P256MultiplyBenchmark -p backend=bc,conscrypt -t 2   # two threads
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class P256MultiplyBenchmark {

    @Param({"bc"})
    public String backend;

    private EcBackend ec;
    private final FixedPointCombMultiplier comb = new FixedPointCombMultiplier();
    private final BigInteger[] scalars = new BigInteger[64];
    private final ECPoint[] points = new ECPoint[64];
    private EcKeyPair key;
    private final byte[] hash = new byte[32];
    private int next;

    @Setup
    public void setUp() {
        ec = EcBackends.create(backend, Randomness.secure());
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < scalars.length; i++) {
            scalars[i] = new BigInteger(256, random).mod(EcCurve.NIST_P256.order());
            points[i] = EcCurve.NIST_P256.multiplyGenerator(new BigInteger(256, random));
        }
        key = ec.generateKeyPair(EcCurve.NIST_P256);
        random.nextBytes(hash);
    }

    private int i() {
        next = (next + 1) & 63;
        return next;
    }

    @Benchmark
    public ECPoint generatorTable() {
        return EcCurve.NIST_P256.multiplyGenerator(scalars[i()]);
    }

    @Benchmark
    public ECPoint generatorBouncyCastleComb() {
        return comb.multiply(EcCurve.NIST_P256.generator(), scalars[i()]).normalize();
    }

    /** A point decoded per operation has no cached precomputation, like a request's key. */
    @Benchmark
    public ECPoint arbitraryPoint() {
        int k = i();
        ECPoint fresh = EcCurve.NIST_P256.curve().createPoint(points[k].getAffineXCoord().toBigInteger(),
                points[k].getAffineYCoord().toBigInteger());
        return ec.multiply(fresh, scalars[k]);
    }

    @Benchmark
    public byte[] ecdh() {
        int k = i();
        ECPoint fresh = EcCurve.NIST_P256.curve().createPoint(points[k].getAffineXCoord().toBigInteger(),
                points[k].getAffineYCoord().toBigInteger());
        return ec.agree(EcCurve.NIST_P256, key.privateKey(), fresh);
    }

    @Benchmark
    public EcdsaSignature sign() {
        hash[0]++;
        return ec.sign(EcCurve.NIST_P256, key.privateKey(), hash);
    }

    @Benchmark
    public EcKeyPair keyPair() {
        return ec.generateKeyPair(EcCurve.NIST_P256);
    }
}
