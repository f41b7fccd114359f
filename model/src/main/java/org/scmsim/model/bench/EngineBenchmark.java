package org.scmsim.model.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

/**
 * Runs the hold model on several engines at several calendar sizes, in one process and one
 * sitting, so their figures can be compared as ratios on a noisy machine.
 *
 * <p>For each engine and size: fill the calendar, run warm-up rounds, then timed rounds of
 * {@code eventsPerRound} events; report the median, lowest and highest events per second.
 * The clock is read here, in the harness, never in the engines.
 */
public final class EngineBenchmark {

    /** An engine under test, made fresh for each calendar size. */
    public record Contender(String name, IntFunction<HoldModel> factory) {
    }

    /** One engine at one calendar size. */
    public record Figure(String engine, int pendingEvents, long eventsPerRound, int rounds,
                         double medianEventsPerSecond, double minEventsPerSecond, double maxEventsPerSecond) {
    }

    /** Warm-up and measurement sizes. */
    public record Plan(int[] pendingSizes, long eventsPerRound, int warmupRounds, int measureRounds) {

        public Plan {
            pendingSizes = pendingSizes.clone();
            if (pendingSizes.length == 0 || eventsPerRound < 1 || warmupRounds < 0 || measureRounds < 1) {
                throw new IllegalArgumentException("empty or negative benchmark plan");
            }
        }

        /** The figures in BENCHMARKS.md: 10^4, 10^5, 10^6 pending events. */
        public static Plan full() {
            return new Plan(new int[] {10_000, 100_000, 1_000_000}, 2_000_000, 3, 5);
        }

        /** A quick look (about a minute). */
        public static Plan quick() {
            return new Plan(new int[] {10_000, 1_000_000}, 1_000_000, 1, 3);
        }
    }

    /** Progress lines while it runs (a console, or nothing). */
    public interface Listener {
        void measured(Figure figure);
    }

    private final LongSupplier nanoClock;

    public EngineBenchmark(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** scmsim's calendar and the two SSJ event lists the issue compares against. */
    public static List<Contender> standardContenders(long seed) {
        return List.of(
                new Contender("scmsim 4-ary heap", n -> new ScmsimHold(n, seed)),
                new Contender("SSJ SplayTree", n -> new SsjHold(SsjHold.List.SPLAY, n, seed)),
                new Contender("SSJ Henriksen", n -> new SsjHold(SsjHold.List.HENRIKSEN, n, seed)));
    }

    public List<Figure> run(Plan plan, List<Contender> contenders, Listener listener) {
        List<Figure> out = new ArrayList<>();
        for (int pending : plan.pendingSizes()) {
            for (Contender c : contenders) {
                Figure f = measure(c, pending, plan);
                out.add(f);
                listener.measured(f);
            }
        }
        return out;
    }

    private Figure measure(Contender c, int pending, Plan plan) {
        HoldModel model = c.factory().apply(pending);
        model.fill();
        for (int i = 0; i < plan.warmupRounds(); i++) {
            model.hold(plan.eventsPerRound());
        }
        double[] rates = new double[plan.measureRounds()];
        for (int i = 0; i < rates.length; i++) {
            long t0 = nanoClock.getAsLong();
            long fired = model.hold(plan.eventsPerRound());
            long t1 = nanoClock.getAsLong();
            if (fired != plan.eventsPerRound() || model.size() != pending) {
                throw new IllegalStateException(c.name() + " fired " + fired + " events with " + model.size()
                        + " pending; expected " + plan.eventsPerRound() + " with " + pending);
            }
            rates[i] = fired / ((t1 - t0) / 1e9);
        }
        Arrays.sort(rates);
        return new Figure(c.name(), pending, plan.eventsPerRound(), rates.length,
                rates[rates.length / 2], rates[0], rates[rates.length - 1]);
    }
}
