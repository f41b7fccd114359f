package org.scmsim.scenarios.cli.bench;

import java.util.ArrayList;
import java.util.List;
import org.scmsim.model.config.Scenario;
import org.scmsim.scenarios.format.ScenarioLoader;

/** The scenario a whole-model benchmark runs: a shipped (or given) one with its fleet replaced. */
final class FleetScenario {

    private FleetScenario() {
    }

    /**
     * Scenario {@code nameOrFile} with {@code overrides} ({@code field=value}) applied, then its
     * deployment replaced by {@code obus} OBUs and {@code rsus} RSUs all deployed in the year before
     * it starts (so the whole fleet is in service from the first day).
     */
    static Scenario deployedBeforeStart(String nameOrFile, int obus, int rsus, String... overrides) throws Exception {
        ScenarioLoader loader = new ScenarioLoader();
        Scenario base = loader.load(nameOrFile).scenario();
        int before = base.start().getYear() - 1;
        List<ScenarioLoader.Override> sets = new ArrayList<>();
        for (String o : overrides) {
            sets.add(ScenarioLoader.Override.parse(o));
        }
        sets.add(ScenarioLoader.Override.parse("deployment.years=[{year: " + before + ", obus: " + obus + ", rsus: "
                + rsus + "}]"));
        return loader.load(nameOrFile, sets).scenario();
    }
}
