package org.scmsim.model.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What goes wrong during a run (procurement resource section 2.2.2), grouped by kind; several may
 * combine. Each disruption has a name unique across all kinds: it names its row of
 * {@code disruptions.csv}.
 *
 * @param outages          SCMS components down for a period
 * @param backhaulOutages  RSU backhauls down for a period (a fraction of the RSUs)
 * @param caExposures      CA private keys exposed: devices re-bootstrapped at installer capacity
 * @param deploymentDelays the deployment curve shifted later from a date on
 */
public record Disruptions(List<Outage> outages, List<BackhaulOutage> backhaulOutages, List<CaExposure> caExposures,
                          List<DeploymentDelay> deploymentDelays) {

    public Disruptions {
        outages = List.copyOf(Check.present("outages", outages));
        backhaulOutages = List.copyOf(Check.present("backhaulOutages", backhaulOutages));
        caExposures = List.copyOf(Check.present("caExposures", caExposures));
        deploymentDelays = List.copyOf(Check.present("deploymentDelays", deploymentDelays));
        Set<String> names = new HashSet<>();
        unique(names, "outages", outages.stream().map(Outage::name).toList());
        unique(names, "backhaulOutages", backhaulOutages.stream().map(BackhaulOutage::name).toList());
        unique(names, "caExposures", caExposures.stream().map(CaExposure::name).toList());
        unique(names, "deploymentDelays", deploymentDelays.stream().map(DeploymentDelay::name).toList());
    }

    private static void unique(Set<String> seen, String list, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (!seen.add(names.get(i))) {
                throw new InvalidFieldException(list + "[" + i + "].name", "'" + names.get(i)
                        + "' names another disruption too; names must be unique");
            }
        }
    }

    /** No disruption. */
    public static Disruptions none() {
        return new Disruptions(List.of(), List.of(), List.of(), List.of());
    }

    public boolean hasNone() {
        return outages.isEmpty() && backhaulOutages.isEmpty() && caExposures.isEmpty() && deploymentDelays.isEmpty();
    }

    /** Every disruption's name, in kind order then file order. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        outages.forEach(o -> out.add(o.name()));
        backhaulOutages.forEach(o -> out.add(o.name()));
        caExposures.forEach(o -> out.add(o.name()));
        deploymentDelays.forEach(o -> out.add(o.name()));
        return out;
    }

    static void name(String name) {
        Check.present("name", name);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9 ._-]*")) {
            throw new InvalidFieldException("name", "must be letters, digits, spaces, '.', '_' or '-', was '" + name + "'");
        }
    }
}
