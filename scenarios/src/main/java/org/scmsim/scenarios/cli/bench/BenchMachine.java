package org.scmsim.scenarios.cli.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;

/**
 * What a benchmark ran on, written beside its figures so that numbers from different machines
 * are never compared without knowing it.
 */
public record BenchMachine(String scmsimVersion, String javaVersion, String javaVm, String os, String arch,
                           int availableProcessors, long maxHeapBytes, String jvmArguments, Instant at) {

    public static BenchMachine current(String scmsimVersion, Instant at) {
        Runtime rt = Runtime.getRuntime();
        return new BenchMachine(scmsimVersion, System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"), System.getProperty("os.arch"),
                rt.availableProcessors(), rt.maxMemory(),
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()), at);
    }
}
