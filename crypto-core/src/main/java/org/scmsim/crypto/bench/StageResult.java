package org.scmsim.crypto.bench;

/**
 * One stage's measurement.
 *
 * @param operations certificates processed in the timed part (all threads)
 * @param seconds wall-clock time of the timed part
 * @param cpuSeconds CPU time the worker threads used in the timed part (robust to a loaded machine)
 */
public record StageResult(Stage stage, int threads, long operations, double seconds, double cpuSeconds) {

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
