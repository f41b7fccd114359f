package org.scmsim.model.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.scmsim.model.config.ApplicationPolicy;
import org.scmsim.model.config.Component;
import org.scmsim.model.config.Deployment;
import org.scmsim.model.config.DeploymentYear;
import org.scmsim.model.config.Fidelity;
import org.scmsim.model.config.FilesPolicy;
import org.scmsim.model.config.Fleet;
import org.scmsim.model.config.IdentificationPolicy;
import org.scmsim.model.config.ObuClass;
import org.scmsim.model.config.OperationCosts;
import org.scmsim.model.config.Policy;
import org.scmsim.model.config.PseudonymPolicy;
import org.scmsim.model.config.Region;
import org.scmsim.model.config.RsuSites;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.config.Scms;
import org.scmsim.model.config.Shuffle;

/**
 * Scenarios for the model's tests, built in code (the YAML reader lives in the scenarios module).
 * The defaults mirror {@code scenarios/library/reference.yaml}; each {@code with} returns a copy.
 */
public final class TestScenarios {

    private TestScenarios() {
    }

    public static Component component(int servers, Component.Variability v) {
        return new Component(servers, v, 1.0, 0, Duration.ofMinutes(1), Component.Discipline.FIFO, Duration.ZERO,
                Duration.ofHours(4), Duration.ZERO, Duration.ZERO);
    }

    public static OperationCosts costs() {
        return new OperationCosts(OperationCosts.Source.GIVEN, 1.0, 0.0004, 0.0005, 0.00015, 0.00001, 0.00045,
                0.00045, 0.0003);
    }

    public static Scms scms(int servers, Component.Variability v) {
        Component c = component(servers, v);
        return new Scms(costs(), new Shuffle(10_000, Duration.ofHours(1)), c, c, c, c, c, c, c);
    }

    public static ObuClass car(double share, double cellShare, double cellPerDay, double wifiShare) {
        return new ObuClass("car", share, false, 3, "lognormal(12, 1.0)", "uniform(30, 80)", cellShare, cellPerDay,
                Duration.ofSeconds(10), 5, wifiShare, 20);
    }

    public static List<Double> flatDay() {
        return java.util.Collections.nCopies(24, 1.0);
    }

    /** A small pilot: 300 + 150 OBUs, 20 + 10 RSUs, two years, 10 km square, random RSUs. */
    public static Scenario pilot() {
        Deployment dep = new Deployment(Deployment.Arrivals.STRATIFIED,
                List.of(new DeploymentYear(2027, 300, 20), new DeploymentYear(2028, 150, 10)),
                2, 16, Duration.ofDays(5475), Duration.ofDays(3650));
        Region region = new Region(Region.Shape.RECTANGLE, 10, 10, List.of(), 0.1,
                new RsuSites(RsuSites.Placement.RANDOM, 2, List.of(), 300, 6, 10, Duration.ofMillis(50), 0.99,
                        Duration.ofHours(1)));
        Fleet fleet = new Fleet(List.of(car(0.9, 0.2, 0.9, 0.3),
                new ObuClass("transit", 0.1, true, 10, "lognormal(15, 0.5)", "uniform(15, 35)", 1.0, 0.95,
                        Duration.ofSeconds(10), 5, 0, 20)), flatDay());
        Policy policy = new Policy(
                new PseudonymPolicy(20, Duration.ofHours(169), 156, 4, 2, Duration.ofMinutes(5), 0, 348, 1750, 382),
                new ApplicationPolicy(List.of("SPAT", "MAP", "TIM"), Duration.ofHours(169), 1, 348),
                new IdentificationPolicy(1), new FilesPolicy(Duration.ofDays(90), 1000, 4000));
        return new Scenario("pilot", "test pilot", 42, LocalDate.of(2027, 1, 1), Duration.ofDays(730),
                new Fidelity(Fidelity.Mode.MODEL, 0.01), dep, region, fleet, policy, scms(1, Component.Variability.EXPONENTIAL));
    }

    public static Scenario withDeployment(Scenario s, Deployment d) {
        return new Scenario(s.name(), s.description(), s.seed(), s.start(), s.horizon(), s.fidelity(), d, s.region(),
                s.fleet(), s.policy(), s.scms());
    }

    public static Scenario withRegion(Scenario s, Region r) {
        return new Scenario(s.name(), s.description(), s.seed(), s.start(), s.horizon(), s.fidelity(), s.deployment(), r,
                s.fleet(), s.policy(), s.scms());
    }

    public static Scenario withFleet(Scenario s, Fleet f) {
        return new Scenario(s.name(), s.description(), s.seed(), s.start(), s.horizon(), s.fidelity(), s.deployment(),
                s.region(), f, s.policy(), s.scms());
    }

    public static Scenario withPolicy(Scenario s, Policy p) {
        return new Scenario(s.name(), s.description(), s.seed(), s.start(), s.horizon(), s.fidelity(), s.deployment(),
                s.region(), s.fleet(), p, s.scms());
    }

    public static Scenario withScms(Scenario s, Scms c) {
        return new Scenario(s.name(), s.description(), s.seed(), s.start(), s.horizon(), s.fidelity(), s.deployment(),
                s.region(), s.fleet(), s.policy(), c);
    }

    public static Scenario withHorizon(Scenario s, Duration h) {
        return new Scenario(s.name(), s.description(), s.seed(), s.start(), h, s.fidelity(), s.deployment(),
                s.region(), s.fleet(), s.policy(), s.scms());
    }

    public static PseudonymPolicy pseudonyms(int pregenerate, int download, int topOff) {
        return new PseudonymPolicy(20, Duration.ofHours(169), pregenerate, download, topOff, Duration.ofMinutes(5), 0,
                348, 1750, 382);
    }
}
