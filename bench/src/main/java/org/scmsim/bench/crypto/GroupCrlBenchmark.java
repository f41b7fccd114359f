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
import org.scmsim.crypto.crl.GroupCrlEntry;
import org.scmsim.crypto.crl.RevocationChecker;
import org.scmsim.crypto.crl.RevocationTarget;
import org.scmsim.crypto.crl.RevocationVerdict;
import org.scmsim.crypto.crl.ToBeSignedLinkageValueCrl;
import org.scmsim.crypto.linkage.GroupLinkageValue;
import org.scmsim.crypto.linkage.LaId;
import org.scmsim.crypto.linkage.LinkageSeed;
import org.scmsim.crypto.linkage.LinkageValue;

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

    private static final int I_REV = 600;

    @Param({"10", "100"})
    public int groups;

    private CrlContents crl;
    private CrlIndex index;
    private RevocationTarget[] targets;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        SecureRandom random = new SecureRandom();
        List<GroupCrlEntry> entries = new ArrayList<>();
        for (int k = 0; k < groups; k++) {
            byte[] a = new byte[16];
            byte[] b = new byte[16];
            random.nextBytes(a);
            random.nextBytes(b);
            entries.add(new GroupCrlEntry(I_REV + 150, new LaId(1), new LinkageSeed(a), new LaId(2), new LinkageSeed(b)));
        }
        crl = new CrlContents(1, HashedId8.fromHex("0011223344556677"), new Time32(600_000_000L), new Time32(600_086_400L),
                java.util.OptionalInt.of(0), new ToBeSignedLinkageValueCrl(false, I_REV, 0, List.of(), entries));
        index = CrlIndex.build(I_REV + 1, List.of(crl));
        targets = new RevocationTarget[1024];
        for (int k = 0; k < targets.length; k++) {
            byte[] id = new byte[10];
            byte[] lv = new byte[9];
            byte[] glv = new byte[9];
            random.nextBytes(id);
            random.nextBytes(lv);
            random.nextBytes(glv);
            targets[k] = RevocationTarget.of(new HashedId10(id), I_REV + 1, new LinkageValue(lv),
                    new GroupLinkageValue(random.nextInt() & 0xFFFF_FFFFL, new LinkageValue(glv)));
        }
    }

    /** The week index: two AES blocks per group entry (key schedules done once per thread). */
    @Benchmark
    public RevocationVerdict indexCheck() {
        return index.check(targets[next++ & 1023]);
    }

    /** Entry by entry: each group's seeds evolved one week, then two AES blocks. */
    @Benchmark
    public RevocationVerdict entryByEntryCheck() {
        return RevocationChecker.check(crl, targets[next++ & 1023]);
    }
}
