package org.scmsim.bench.crypto;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.scmsim.crypto.crl.CrlIndex;
import org.scmsim.crypto.crl.RevocationChecker;
import org.scmsim.crypto.crl.RevocationVerdict;

/**
 * A receiver checking pseudonym certificates against a linkage CRL of {@code revoked} devices:
 * the per-week hash index (lookup per certificate, and the cost of building it once a week) against
 * the entry-by-entry check (seed evolution and jmax linkage values per entry).
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar CrlBenchmark -p revoked=100,10000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CrlBenchmark {

    @Param({"100", "1000"})
    public int revoked;

    private LinkageCrlFixture fixture;

    @Setup(Level.Trial)
    public void setUp() {
        fixture = LinkageCrlFixture.individuals(revoked);
    }

    /** The receiver's fast path: two hash lookups per certificate. */
    @Benchmark
    public RevocationVerdict indexCheck() {
        return fixture.index().check(fixture.nextTarget());
    }

    /** Entry by entry: each revoked device's seeds evolved one week and 20 linkage values computed. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.SECONDS)
    public RevocationVerdict entryByEntryCheck() {
        return RevocationChecker.check(fixture.crl(), fixture.nextTarget());
    }

    /** Building the week's index (once a week, or when a CRL arrives). */
    @Benchmark
    public CrlIndex buildIndex() {
        return fixture.buildIndex();
    }
}
