package org.scmsim.model.crypto;

import org.scmsim.model.config.Fidelity;
import org.scmsim.model.config.OperationCosts;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.random.RandomStreams;

/** Chooses the crypto loop and the operation costs a scenario's fidelity calls for. */
public final class CryptoLoops {

    private CryptoLoops() {
    }

    /** The crypto loop for the scenario's fidelity. */
    public static CryptoLoop create(Scenario s, RandomStreams streams, int obus, int rsus) {
        if (s.fidelity().mode() == Fidelity.Mode.MODEL) {
            return new CostOnly();
        }
        return new CryptoCoreLoop(s, streams.stream("fidelity.sample"), obus, rsus, streams.replication());
    }

    /** The operation costs the run uses: as given, or measured on this machine. */
    public static OperationCosts costs(Scenario s) {
        OperationCosts c = s.scms().costs();
        if (c.source() == OperationCosts.Source.GIVEN) {
            return c;
        }
        return CostCalibration.calibrate(c);
    }
}
