package org.scmsim.bench.engine;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.scmsim.model.bench.HoldModel;
import org.scmsim.model.bench.ScmsimHold;
import org.scmsim.model.bench.SsjHold;

/**
 * Events per second on the hold model: scmsim's calendar, SSJ's SplayTree and Henriksen lists,
 * DSOL's DevsSimulator, at 10^4, 10^5 and 10^6 pending events, in one JMH run. The score is in
 * events per second (each invocation fires {@value #EVENTS} events).
 *
 * <pre>java -jar bench/target/benchmarks.jar HoldModelBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class HoldModelBenchmark {

    static final int EVENTS = 100_000;

    @Param({"scmsim", "ssj-splay", "ssj-henriksen", "dsol"})
    public String engine;

    @Param({"10000", "100000", "1000000"})
    public int pending;

    private HoldModel model;

    @Setup
    public void fill() {
        model = create(engine, pending, 20261124L);
        model.fill();
        model.hold(pending);   // let the calendar reach its steady shape
    }

    @TearDown
    public void release() {
        model.release();
    }

    static HoldModel create(String engine, int pending, long seed) {
        return switch (engine) {
            case "scmsim" -> new ScmsimHold(pending, seed);
            case "ssj-splay" -> new SsjHold(SsjHold.List.SPLAY, pending, seed);
            case "ssj-henriksen" -> new SsjHold(SsjHold.List.HENRIKSEN, pending, seed);
            case "dsol" -> new DsolHold(pending, seed);
            default -> throw new IllegalArgumentException("unknown engine " + engine);
        };
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long hold() {
        return model.hold(EVENTS);
    }

    /** Holding with 10% of the events cancelled and re-inserted each round: cancellation's cost. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long holdWithCancellation() {
        model.cancelAndReplace(EVENTS / 10);
        return model.hold(EVENTS);
    }
}
