package org.scmsim.scenarios.cli.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.scmsim.scenarios.cli.ScmsimCommand;

/**
 * The process {@code scmsim bench batch} starts for each measured batch: the ordinary {@code scmsim}
 * command line, followed by one line with what the JVM spent, written to the file named by the first
 * argument: {@code cpu_seconds jit_seconds uptime_seconds} (the process's CPU time over all its
 * threads, the JIT compilers' accumulated time, and the JVM's age at exit).
 */
public final class BatchChild {

    private BatchChild() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: BatchChild CPU_FILE SCMSIM_ARGS...");
            System.exit(ScmsimCommand.EXIT_BAD_INPUT);
        }
        int code = ScmsimCommand.commandLine().execute(Arrays.copyOfRange(args, 1, args.length));
        double cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        var jit = ManagementFactory.getCompilationMXBean();
        double jitSeconds = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() / 1e3 : Double.NaN;
        double uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
        Files.writeString(Path.of(args[0]), String.format(Locale.ROOT, "%.3f %.3f %.3f%n", cpu, jitSeconds, uptime),
                StandardCharsets.UTF_8);
        System.exit(code);
    }
}
