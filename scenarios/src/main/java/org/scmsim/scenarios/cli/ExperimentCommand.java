package org.scmsim.scenarios.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.scmsim.scenarios.experiment.Experiment;
import org.scmsim.scenarios.experiment.ExperimentLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scmsim experiment FILE [--threads N] [--out DIR] [--resume] [--check]} */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = {"Run an experiment file: sweep points x arms x replications,",
            "with common random numbers across arms and points.",
            "Writes manifest.json, summary.csv/.json, differences.csv, replications.csv,",
            "timeseries.csv, charts/, and the resolved experiment and scenarios.",
            "Ctrl-C stops cleanly, keeping finished replications; --resume continues."})
public final class ExperimentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Experiment file, or the name of a shipped one (${sys:scmsim.experiments}).")
    String file;

    @Mixin
    BatchOptions batch;

    @Option(names = "--check", description = "Validate the experiment and list its cells without running anything.")
    boolean check;

    static {
        System.setProperty("scmsim.experiments", String.join(", ", ExperimentLoader.shipped()));
    }

    @Override
    public Integer call() throws Exception {
        Experiment exp = new ExperimentLoader().load(file);
        if (check) {
            batch.threads();   // the options are checked too: --check says whether the command would start
            PrintWriter o = spec.commandLine().getOut();
            o.println("ok: " + exp.source() + " (" + exp.name() + "): " + exp.cells().size() + " cell(s) x "
                    + exp.replications() + " replication(s), seed " + exp.seed());
            exp.cells().forEach(c -> o.println("  " + c.id() + ": " + c.label()));
            return ScmsimCommand.EXIT_OK;
        }
        return Batches.run(spec, exp, batch, "scmsim experiment " + file);
    }
}
