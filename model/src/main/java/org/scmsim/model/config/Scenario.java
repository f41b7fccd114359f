package org.scmsim.model.config;

import java.time.Duration;
import java.time.LocalDate;

/**
 * A complete, validated scenario: what the model runs. Every field is present (the scenario
 * reader fills defaults from the reference scenario before building this record).
 *
 * @param name        short identifier, used in output folder names
 * @param description one line for humans
 * @param seed        master seed of every random stream
 * @param start       first day simulated (UTC midnight); i-period 0 starts here
 * @param horizon     simulated duration
 * @param fidelity    how much of the cryptography runs for real
 * @param deployment  devices added per year (the procurement guide's Table 1), bootstrap, retirement
 * @param region      where devices drive and RSUs stand
 * @param fleet       OBU classes, their trips and channels
 * @param policy      certificate policy (what an LPF sets)
 * @param scms        SCMS components, costs and shuffle
 * @param cost        pricing models, currency, discount rate, re-bootstrap liability
 * @param disruptions outages, CA key exposures, deployment delays applied to the run
 * @param misbehavior misbehaving OBUs, reports, MA, CRL issuance and distribution
 */
public record Scenario(String name, String description, long seed, LocalDate start, Duration horizon,
                       Fidelity fidelity, Deployment deployment, Region region, Fleet fleet, Policy policy, Scms scms,
                       Cost cost, Disruptions disruptions, Misbehavior misbehavior) {

    public Scenario {
        Check.present("name", name);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new InvalidFieldException("name", "must be letters, digits, '.', '_' or '-', was '" + name + "'");
        }
        description = description == null ? "" : description;
        Check.present("start", start);
        Check.positive("horizon", horizon);
        Check.present("fidelity", fidelity);
        Check.present("deployment", deployment);
        Check.present("region", region);
        Check.present("fleet", fleet);
        Check.present("policy", policy);
        Check.present("scms", scms);
        Check.present("cost", cost);
        Check.present("disruptions", disruptions);
        Check.present("misbehavior", misbehavior);
        if (fidelity.mode() != Fidelity.Mode.MODEL && policy.pseudonym().perWeek() > 255) {
            throw new InvalidFieldException("fidelity", "real crypto (mode " + fidelity.mode().name().toLowerCase()
                    + ") supports at most 255 pseudonyms a week (1609.2 jmax), policy.pseudonym.perWeek is "
                    + policy.pseudonym().perWeek());
        }
        long sites = region.siteCapacity();
        if (deployment.totalRsus() > sites) {
            throw new InvalidFieldException("region", "the RSU placement has " + sites
                    + " sites but the deployment adds " + deployment.totalRsus() + " RSUs");
        }
    }

    /** A scenario without pricing or disruptions. */
    public Scenario(String name, String description, long seed, LocalDate start, Duration horizon,
                    Fidelity fidelity, Deployment deployment, Region region, Fleet fleet, Policy policy, Scms scms) {
        this(name, description, seed, start, horizon, fidelity, deployment, region, fleet, policy, scms, Cost.none(),
                Disruptions.none(), Misbehavior.none());
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, newSeed, start, horizon, fidelity, deployment, region, fleet, policy, scms,
                cost, disruptions, misbehavior);
    }

    public Scenario withFidelity(Fidelity f) {
        return new Scenario(name, description, seed, start, horizon, f, deployment, region, fleet, policy, scms, cost,
                disruptions, misbehavior);
    }

    public Scenario withCost(Cost c) {
        return new Scenario(name, description, seed, start, horizon, fidelity, deployment, region, fleet, policy, scms, c,
                disruptions, misbehavior);
    }

    public Scenario withDisruptions(Disruptions d) {
        return new Scenario(name, description, seed, start, horizon, fidelity, deployment, region, fleet, policy, scms,
                cost, d, misbehavior);
    }

    public Scenario withMisbehavior(Misbehavior m) {
        return new Scenario(name, description, seed, start, horizon, fidelity, deployment, region, fleet, policy, scms,
                cost, disruptions, m);
    }

    /** Horizon in simulated seconds. */
    public double horizonSeconds() {
        return horizon.toMillis() / 1000.0;
    }
}
