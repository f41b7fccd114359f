package org.scmsim.scenarios.format;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario that cannot be used, with every problem found and where it is. */
public final class ScenarioException extends Exception {

    private final List<ScenarioProblem> problems;

    public ScenarioException(List<ScenarioProblem> problems) {
        super(problems.stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(ScenarioProblem problem) {
        this(List.of(problem));
    }

    public List<ScenarioProblem> problems() {
        return problems;
    }
}
