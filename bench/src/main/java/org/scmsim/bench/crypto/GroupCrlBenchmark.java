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
import org.scmsim.crypto.crl.RevocationChecker;
import org.scmsim.crypto.crl.RevocationVerdict;

/**
 * A receiver checking group members' pseudonym certificates (with a group linkage value) against a
 * linkage CRL of {@code groups} revoked groups: the week index (group seeds evolved once, two AES
 * blocks per group entry) against the entry-by-entry check (seed evolution per entry and check).
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar GroupCrlBenchmark -p groups=1,10,100
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GroupCrlBenchmark {

    @Param({"10", "100"})
    public int groups;

    private LinkageCrlFixture fixture;

    @Setup(Level.Trial)
    public void setUp() {
        fixture = LinkageCrlFixture.groups(groups);
    }

    /** The week index: two AES blocks per group entry (key schedules done once per thread). */
    @Benchmark
    public RevocationVerdict indexCheck() {
        return fixture.index().check(fixture.nextTarget());
    }

    /** Entry by entry: each group's seeds evolved one week, then two AES blocks. */
    @Benchmark
    public RevocationVerdict entryByEntryCheck() {
        return RevocationChecker.check(fixture.crl(), fixture.nextTarget());
    }
}
