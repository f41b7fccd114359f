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
        description = "Check scenario files (keys, types, ranges) without running them.")
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
}
