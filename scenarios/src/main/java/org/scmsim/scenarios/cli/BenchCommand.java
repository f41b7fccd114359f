package org.scmsim.scenarios.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code scmsim bench}: the group of benchmarks vendors run on their own hardware. */
@Command(name = BenchCommand.NAME,
        mixinStandardHelpOptions = true,
        description = {"Benchmarks that print a table of figures and write them as JSON."})
public final class BenchCommand implements Runnable {

    public static final String NAME = "bench";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
