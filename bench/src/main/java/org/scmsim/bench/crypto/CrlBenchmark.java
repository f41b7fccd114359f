package org.scmsim.bench.crypto;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
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
import org.scmsim.crypto.base.HashedId10;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.crl.CrlContents;
import org.scmsim.crypto.crl.CrlIndex;
import org.scmsim.crypto.crl.IMaxGroup;
import org.scmsim.crypto.crl.IndividualRevocation;
import org.scmsim.crypto.crl.JMaxGroup;
import org.scmsim.crypto.crl.LaGroup;
import org.scmsim.crypto.crl.RevocationChecker;
import org.scmsim.crypto.crl.RevocationTarget;
import org.scmsim.crypto.crl.RevocationVerdict;
import org.scmsim.crypto.crl.ToBeSignedLinkageValueCrl;
import org.scmsim.crypto.linkage.LaId;
import org.scmsim.crypto.linkage.LinkageSeed;
import org.scmsim.crypto.linkage.LinkageValue;

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

    private static final int I_REV = 600;

    @Param({"100", "1000"})
    public int revoked;

    private CrlContents crl;
    private CrlIndex index;
    private RevocationTarget[] targets;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        SecureRandom random = new SecureRandom();
        List<IndividualRevocation> entries = new ArrayList<>();
        for (int k = 0; k < revoked; k++) {
            byte[] a = new byte[16];
            byte[] b = new byte[16];
            random.nextBytes(a);
            random.nextBytes(b);
            entries.add(new IndividualRevocation(new LinkageSeed(a), new LinkageSeed(b)));
        }
        crl = new CrlContents(1, HashedId8.fromHex("0011223344556677"), new Time32(600_000_000L), new Time32(600_086_400L),
                java.util.OptionalInt.of(0), new ToBeSignedLinkageValueCrl(false, I_REV, 0, List.of(new JMaxGroup(20,
                        List.of(new LaGroup(new LaId(1), new LaId(2), List.of(new IMaxGroup(I_REV + 150, entries)))))), List.of()));
        index = CrlIndex.build(I_REV + 1, List.of(crl));
        targets = new RevocationTarget[1024];
        for (int k = 0; k < targets.length; k++) {
            byte[] id = new byte[10];
            byte[] lv = new byte[9];
            random.nextBytes(id);
            random.nextBytes(lv);
            targets[k] = RevocationTarget.of(new HashedId10(id), I_REV + 1, new LinkageValue(lv));
        }
    }

    /** The receiver's fast path: two hash lookups per certificate. */
    @Benchmark
    public RevocationVerdict indexCheck() {
        return index.check(targets[next++ & 1023]);
    }

    /** Entry by entry: each revoked device's seeds evolved one week and 20 linkage values computed. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.SECONDS)
    public RevocationVerdict entryByEntryCheck() {
        return RevocationChecker.check(crl, targets[next++ & 1023]);
    }

    /** Building the week's index (once a week, or when a CRL arrives). */
    @Benchmark
    public CrlIndex buildIndex() {
        return CrlIndex.build(I_REV + 1, List.of(crl));
    }
}
