package org.scmsim.scenarios.experiment;

import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default {@link BatchRunner}: a fixed pool of worker threads in this JVM. Workers only run
 * models; results are handed to the sink from the calling thread, one at a time. The pool's threads
 * are daemons, so an interrupted batch never keeps the JVM alive.
 */
public final class ThreadPoolRunner implements BatchRunner {

    private final int threads;

    public ThreadPoolRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        this.threads = threads;
    }

    /** As many threads as the machine has cores. */
    public static ThreadPoolRunner allCores() {
        return new ThreadPoolRunner(Runtime.getRuntime().availableProcessors());
    }

    public int threads() {
        return threads;
    }

    @Override
    public String describe() {
        return "threads(" + threads + ")";
    }

    @Override
    public void run(List<ReplicationTask> tasks, Sink sink, Cancellation cancel) throws BatchException, InterruptedException {
        if (tasks.isEmpty()) {
            return;
        }
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "scmsim-replication-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), factory);
        try {
            CompletionService<ReplicationRecord> done = new ExecutorCompletionService<>(pool);
            java.util.Map<Future<ReplicationRecord>, ReplicationTask> inFlight = new java.util.HashMap<>();
            // at most a few tasks per thread are queued, so a stop abandons little and memory stays flat
            int window = 2 * threads;
            int next = 0;
            while (next < tasks.size() || !inFlight.isEmpty()) {
                while (!cancel.isCancelled() && next < tasks.size() && inFlight.size() < window) {
                    ReplicationTask t = tasks.get(next++);
                    inFlight.put(done.submit(() -> t.execute(f -> sink.advanced(t, f))), t);
                }
                Future<ReplicationRecord> f = cancel.isCancelled() ? done.poll() : done.poll(100, TimeUnit.MILLISECONDS);
                if (f == null) {
                    if (cancel.isCancelled()) {
                        return;   // finished results have been handed over; running ones are abandoned
                    }
                    continue;
                }
                ReplicationTask t = inFlight.remove(f);
                ReplicationRecord r;
                try {
                    r = f.get();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    throw new BatchException("replication " + t.replication() + " of cell " + t.cellId() + " failed: " + c, c);
                }
                try {
                    sink.finished(t, r);
                } catch (Exception e) {
                    throw new BatchException("cannot keep replication " + t.replication() + " of cell " + t.cellId() + ": " + e, e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
