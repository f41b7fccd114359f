package org.scmsim.model.run;

import org.scmsim.model.config.Scenario;

/**
 * The earlier name of the run's entry point, kept so that callers written against it still work.
 *
 * @deprecated use {@link ScmsModel}
 */
@Deprecated
public final class CertificateDemandModel {

    public static final double WEEK = ScmsModel.WEEK;

    private final ScmsModel model;

    public CertificateDemandModel(Scenario scenario, int replication) {
        this.model = new ScmsModel(scenario, replication);
    }

    public RunResult run() {
        return model.run();
    }
}
