package org.scmsim.crypto.bench;

/**
 * One stage's measurement.
 *
 * @param operations certificates processed in the timed part (all threads)
 * @param seconds wall-clock time of the timed part
 * @param cpuSeconds CPU time the worker threads used in the timed part (robust to a loaded machine)
 * @param allocatedBytes heap bytes the worker threads allocated in the timed part (0 if not measured)
 */
public record StageResult(Stage stage, int threads, long operations, double seconds, double cpuSeconds, long allocatedBytes) {

    /** A result without an allocation figure. */
    public StageResult(Stage stage, int threads, long operations, double seconds, double cpuSeconds) {
        this(stage, threads, operations, seconds, cpuSeconds, 0);
    }

    /** Heap bytes allocated per certificate (0 if not measured). */
    public double allocatedBytesPerOperation() {
        return operations <= 0 ? 0 : (double) allocatedBytes / operations;
    }

    /** Certificates per second over all threads. */
    public double perSecond() {
        return seconds <= 0 ? 0 : operations / seconds;
    }

    /** Certificates per CPU-second of the worker threads: what one fully available core does. */
    public double perCpuSecond() {
        return cpuSeconds <= 0 ? 0 : operations / cpuSeconds;
    }

    /** Certificates per second per thread. */
    public double perSecondPerThread() {
        return perSecond() / threads;
    }
}
