package org.scmsim.scenarios.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scmsim.scenarios.experiment.Experiment;
import org.scmsim.scenarios.experiment.ExperimentLoader;
import org.scmsim.scenarios.format.ScenarioLibrary;
import org.scmsim.scenarios.format.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scmsim scenarios}: the shipped scenarios and experiments, usable by name. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = {"List the shipped scenarios and experiments (usable by name in run, sweep, experiment, validate)",
            "with their descriptions."})
public final class ScenariosCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ScenarioLoader loader = new ScenarioLoader();
        out.println("Scenarios (scmsim run NAME):");
        for (String name : ScenarioLibrary.names()) {
            out.printf(Locale.ROOT, "  %-30s %s%n", name, loader.load(name).scenario().description());
        }
        out.println("Experiments (scmsim experiment NAME):");
        for (String name : ExperimentLoader.shipped()) {
            Experiment x = new ExperimentLoader().load(name);
            out.printf(Locale.ROOT, "  %-30s %s%n", name, x.description() == null ? "" : x.description());
        }
        return ScmsimCommand.EXIT_OK;
    }
}
