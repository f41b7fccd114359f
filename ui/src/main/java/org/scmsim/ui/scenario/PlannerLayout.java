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

    /** Labels where the field's own name would be unclear out of its section. */
    public static final java.util.Map<String, String> LABELS = java.util.Map.ofEntries(
            java.util.Map.entry("fidelity.mode", "Fidelity"),
            java.util.Map.entry("fidelity.sampleFraction", "Sampled fraction of OBUs"),
            java.util.Map.entry("deployment.arrivals", "Arrivals in a year"),
            java.util.Map.entry("deployment.installers", "Installer crews"),
            java.util.Map.entry("deployment.installsPerDay", "OBUs a crew installs per day"),
            java.util.Map.entry("region.shape", "Region shape"),
            java.util.Map.entry("region.widthKm", "Region width (km)"),
            java.util.Map.entry("region.heightKm", "Region height (km)"),
            java.util.Map.entry("region.rsus.placement", "RSU placement"),
            java.util.Map.entry("region.rsus.spacingKm", "RSU spacing (km)"),
            java.util.Map.entry("region.rsus.rangeM", "Radio range (m)"),
            java.util.Map.entry("region.rsus.backhaulMbps", "Backhaul (Mbit/s)"),
            java.util.Map.entry("region.rsus.backhaulAvailability", "Backhaul availability"),
            java.util.Map.entry("policy.application.psids", "RSU applications (PSIDs)"),
            java.util.Map.entry("policy.application.reserveWeeks", "RSU reserve weeks"),
            java.util.Map.entry("policy.pseudonym.perWeek", "Certificates per week"),
            java.util.Map.entry("policy.pseudonym.downloadWeeks", "Weeks per download"),
            java.util.Map.entry("policy.pseudonym.pregenerateWeeks", "Pre-generated weeks"),
            java.util.Map.entry("policy.pseudonym.topOffWeeks", "Top off below (weeks)"),
            java.util.Map.entry("policy.pseudonym.validity", "Certificate validity"),
            java.util.Map.entry("scms.pca.servers", "PCA servers"),
            java.util.Map.entry("scms.ra.servers", "RA servers"),
            java.util.Map.entry("scms.la1.servers", "LA1 servers"),
            java.util.Map.entry("scms.la2.servers", "LA2 servers"),
            java.util.Map.entry("scms.eca.servers", "ECA servers"),
            java.util.Map.entry("scms.crlg.servers", "CRL generator servers"),
            java.util.Map.entry("scms.ma.servers", "MA servers"),
            java.util.Map.entry("scms.pca.serviceTime", "PCA service time"),
            java.util.Map.entry("scms.costs.source", "Operation costs"),
            java.util.Map.entry("scms.costs.hsmSpeedup", "HSM speed-up over one core"));

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
                    List.of("scms.pca.servers", "scms.ra.servers", "scms.la1.servers",
                            "scms.la2.servers", "scms.eca.servers", "scms.crlg.servers", "scms.ma.servers",
                            "scms.pca.serviceTime", "scms.costs.source", "scms.costs.hsmSpeedup")),
            new Group("pricing", "Pricing", "How the SCMS provider charges.",
                    List.of("pricing", "cost")),
            new Group("disruptions", "Disruptions", "Outages and other events, each over a period of the run.",
                    List.of("disruptions")));
}
