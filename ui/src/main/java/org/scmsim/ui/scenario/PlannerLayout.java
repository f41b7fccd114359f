package org.scmsim.ui.scenario;

import java.util.List;

/**
 * The fields a planner changes, grouped the way a planner thinks, shown first in the scenario
 * editor; every other field stays reachable under "All other fields". A path the scenario does not
 * have is skipped, so the layout names fields of model versions to come without breaking.
 */
public final class PlannerLayout {

    /** A titled group of dotted field paths; {@code help} is one line under the title. */
    public record Group(String id, String title, String help, List<String> paths) {
        public Group {
            paths = List.copyOf(paths);
        }
    }

    private PlannerLayout() {
    }

    public static final List<Group> PLANNER = List.of(
            new Group("scenario", "Scenario", "What is run, from when and for how long.",
                    List.of("name", "description", "start", "horizon", "seed", "fidelity.mode", "fidelity.sampleFraction")),
            new Group("deployment", "Deployment curve",
                    "Devices added per calendar year, as in Table 1 of the procurement guide.",
                    List.of("deployment.years", "deployment.arrivals", "deployment.installers",
                            "deployment.installsPerDay")),
            new Group("rsus", "Roadside units",
                    "How many RSUs: the RSU column of the deployment curve. Where they stand and how they connect:",
                    List.of("region.shape", "region.widthKm", "region.heightKm", "region.rsus.placement", "region.rsus.spacingKm", "region.rsus.rangeM",
                            "region.rsus.backhaulMbps", "region.rsus.backhaulAvailability", "policy.application.psids",
                            "policy.application.reserveWeeks")),
            new Group("policy", "Certificate policy", "What the Local Policy File sets for OBU pseudonym certificates.",
                    List.of("policy.pseudonym.perWeek", "policy.pseudonym.downloadWeeks",
                            "policy.pseudonym.pregenerateWeeks", "policy.pseudonym.topOffWeeks",
                            "policy.pseudonym.validity")),
            new Group("capacity", "SCMS capacity",
                    "Servers (HSMs) per SCMS component, and where their per-operation costs come from.",
                    List.of("scms.pca.throughput", "scms.pca.servers", "scms.ra.servers", "scms.la1.servers",
                            "scms.la2.servers", "scms.eca.servers", "scms.crlg.servers", "scms.ma.servers",
                            "scms.pca.serviceTime", "scms.costs.source", "scms.costs.hsmSpeedup")),
            new Group("pricing", "Pricing", "How the SCMS provider charges.",
                    List.of("pricing", "cost")),
            new Group("disruptions", "Disruptions", "Outages and other events, each over a period of the run.",
                    List.of("disruptions")));
}
