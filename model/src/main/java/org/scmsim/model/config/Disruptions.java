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
 * @param cellularOutages  cellular service lost by a share of the OBUs for a period
 * @param policyChanges    a new pseudonym policy (LPF) from a date on
 * @param timeSyncFailures a share of the OBUs with a wrong clock for a period
 * @param requestStorms    a share of the OBUs re-sending requests to the RA for a period
 * @param massRevocations  many OBUs revoked at once
 * @param scmsLaunchDelays the SCMS live late: devices deployed before are provisioned retroactively
 */
public record Disruptions(List<Outage> outages, List<BackhaulOutage> backhaulOutages, List<CaExposure> caExposures,
                          List<DeploymentDelay> deploymentDelays, List<CellularOutage> cellularOutages,
                          List<PolicyChange> policyChanges, List<TimeSyncFailure> timeSyncFailures,
                          List<RequestStorm> requestStorms, List<MassRevocation> massRevocations,
                          List<ScmsLaunchDelay> scmsLaunchDelays) {

    public Disruptions {
        outages = List.copyOf(Check.present("outages", outages));
        backhaulOutages = List.copyOf(Check.present("backhaulOutages", backhaulOutages));
        caExposures = List.copyOf(Check.present("caExposures", caExposures));
        deploymentDelays = List.copyOf(Check.present("deploymentDelays", deploymentDelays));
        cellularOutages = List.copyOf(Check.present("cellularOutages", cellularOutages));
        policyChanges = List.copyOf(Check.present("policyChanges", policyChanges));
        timeSyncFailures = List.copyOf(Check.present("timeSyncFailures", timeSyncFailures));
        requestStorms = List.copyOf(Check.present("requestStorms", requestStorms));
        massRevocations = List.copyOf(Check.present("massRevocations", massRevocations));
        scmsLaunchDelays = List.copyOf(Check.present("scmsLaunchDelays", scmsLaunchDelays));
        Set<String> names = new HashSet<>();
        unique(names, "outages", outages.stream().map(Outage::name).toList());
        unique(names, "backhaulOutages", backhaulOutages.stream().map(BackhaulOutage::name).toList());
        unique(names, "caExposures", caExposures.stream().map(CaExposure::name).toList());
        unique(names, "deploymentDelays", deploymentDelays.stream().map(DeploymentDelay::name).toList());
        unique(names, "cellularOutages", cellularOutages.stream().map(CellularOutage::name).toList());
        unique(names, "policyChanges", policyChanges.stream().map(PolicyChange::name).toList());
        unique(names, "timeSyncFailures", timeSyncFailures.stream().map(TimeSyncFailure::name).toList());
        unique(names, "requestStorms", requestStorms.stream().map(RequestStorm::name).toList());
        unique(names, "massRevocations", massRevocations.stream().map(MassRevocation::name).toList());
        unique(names, "scmsLaunchDelays", scmsLaunchDelays.stream().map(ScmsLaunchDelay::name).toList());
        if (scmsLaunchDelays.size() > 1) {
            throw new InvalidFieldException("scmsLaunchDelays[1]", "the SCMS goes live once: give at most one launch delay");
        }
    }

    /** The disruptions of the first four kinds only (outages, backhaul, CA exposures, delays). */
    public Disruptions(List<Outage> outages, List<BackhaulOutage> backhaulOutages, List<CaExposure> caExposures,
                       List<DeploymentDelay> deploymentDelays) {
        this(outages, backhaulOutages, caExposures, deploymentDelays, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    /** The disruptions without an SCMS launch delay. */
    public Disruptions(List<Outage> outages, List<BackhaulOutage> backhaulOutages, List<CaExposure> caExposures,
                       List<DeploymentDelay> deploymentDelays, List<CellularOutage> cellularOutages,
                       List<PolicyChange> policyChanges, List<TimeSyncFailure> timeSyncFailures,
                       List<RequestStorm> requestStorms, List<MassRevocation> massRevocations) {
        this(outages, backhaulOutages, caExposures, deploymentDelays, cellularOutages, policyChanges, timeSyncFailures,
                requestStorms, massRevocations, List.of());
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
        return outages.isEmpty() && backhaulOutages.isEmpty() && caExposures.isEmpty() && deploymentDelays.isEmpty()
                && cellularOutages.isEmpty() && policyChanges.isEmpty() && timeSyncFailures.isEmpty()
                && requestStorms.isEmpty() && massRevocations.isEmpty() && scmsLaunchDelays.isEmpty();
    }

    /** Every disruption's name, in kind order then file order. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        outages.forEach(o -> out.add(o.name()));
        backhaulOutages.forEach(o -> out.add(o.name()));
        caExposures.forEach(o -> out.add(o.name()));
        deploymentDelays.forEach(o -> out.add(o.name()));
        cellularOutages.forEach(o -> out.add(o.name()));
        policyChanges.forEach(o -> out.add(o.name()));
        timeSyncFailures.forEach(o -> out.add(o.name()));
        requestStorms.forEach(o -> out.add(o.name()));
        massRevocations.forEach(o -> out.add(o.name()));
        scmsLaunchDelays.forEach(o -> out.add(o.name()));
        return out;
    }

    static void name(String name) {
        Check.present("name", name);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9 ._-]*")) {
            throw new InvalidFieldException("name", "must be letters, digits, spaces, '.', '_' or '-', was '" + name + "'");
        }
    }
}
