package org.scmsim.scenarios.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.scmsim.scenarios.format.ScenarioException;
import org.scmsim.scenarios.format.ScenarioLoader;
import org.scmsim.scenarios.format.ScenarioProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scmsim validate SCENARIO...}: checks scenario files without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check scenario files (keys, types, ranges, cross-field rules) without running them.",
            "Experiment files (those with a top-level `scenario:` key) are checked with every cell they make."})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files or shipped scenario names.")
    List<String> scenarios;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioLoader loader = new ScenarioLoader();
        int bad = 0;
        for (String s : scenarios) {
            try {
                if (isExperiment(s)) {
                    org.scmsim.scenarios.experiment.Experiment x = new org.scmsim.scenarios.experiment.ExperimentLoader().load(s);
                    out.println("ok: " + x.source() + " (experiment " + x.name() + ", " + x.cells().size() + " cell(s))");
                    continue;
                }
                ScenarioLoader.Loaded l = loader.load(s);
                out.println("ok: " + l.source() + " (" + l.scenario().name() + ")");
            } catch (ScenarioException e) {
                bad++;
                for (ScenarioProblem p : e.problems()) {
                    err.println("error: " + p);
                }
            }
        }
        return bad == 0 ? ScmsimCommand.EXIT_OK : ScmsimCommand.EXIT_BAD_INPUT;
    }

    /** An experiment file names its base scenario with a top-level {@code scenario:} key, which scenarios never have. */
    private static boolean isExperiment(String nameOrPath) {
        java.nio.file.Path p = java.nio.file.Path.of(nameOrPath);
        if (!java.nio.file.Files.isRegularFile(p)) {
            return org.scmsim.scenarios.experiment.ExperimentLoader.shipped().contains(nameOrPath);
        }
        try {
            return org.scmsim.scenarios.format.LocatedTree.parse(java.nio.file.Files.readString(p), nameOrPath).root().has("scenario");
        } catch (ScenarioException | java.io.IOException e) {
            return false;   // the scenario loader reports it
        }
    }
}
