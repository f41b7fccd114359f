package org.scmsim.model.crypto;

import java.util.Optional;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.model.config.Fidelity;
import org.scmsim.model.config.OperationCosts;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.random.RandomStreams;

/** Chooses the crypto loop and the operation costs a scenario's fidelity calls for. */
public final class CryptoLoops {

    /** Why Conscrypt does not load here, or empty; probed once per JVM. */
    private static volatile Optional<String> conscryptProblem;

    private CryptoLoops() {
    }

    /** The crypto loop for the scenario's fidelity. */
    public static CryptoLoop create(Scenario s, RandomStreams streams, int obus, int rsus) {
        if (s.fidelity().mode() == Fidelity.Mode.MODEL) {
            return new CostOnly();
        }
        Optional<String> problem = unavailable(s.fidelity().backend());
        if (problem.isPresent()) {
            throw new IllegalArgumentException("fidelity.backend: " + problem.get());
        }
        return new CryptoCoreLoop(s, streams.stream("fidelity.sample"), obus, rsus, streams.replication(),
                backendName(s.fidelity().backend()), threads(s.fidelity()));
    }

    /** The crypto-core backend name a fidelity backend stands for here ({@code auto}: conscrypt if it loads, else bc). */
    public static String backendName(Fidelity.Backend b) {
        return switch (b) {
            case BC -> "bc";
            case CONSCRYPT -> "conscrypt";
            case AUTO -> conscryptProblem().isEmpty() ? "conscrypt" : "bc";
        };
    }

    /** Why the backend cannot be used on this platform, or empty when it can. */
    public static Optional<String> unavailable(Fidelity.Backend b) {
        if (b != Fidelity.Backend.CONSCRYPT) {
            return Optional.empty();
        }
        return conscryptProblem().map(why -> "conscrypt does not load on this platform (" + why + "); use bc, or auto"
                + " (conscrypt where it loads, else bc)");
    }

    /** Crypto threads: as given, or one per available processor. */
    public static int threads(Fidelity f) {
        return f.threads() > 0 ? f.threads() : Runtime.getRuntime().availableProcessors();
    }

    private static Optional<String> conscryptProblem() {
        Optional<String> p = conscryptProblem;
        if (p == null) {
            try {
                EcBackends.create("conscrypt", Randomness.deterministic(0, "probe"));
                p = Optional.empty();
            } catch (RuntimeException | LinkageError e) {
                p = Optional.of(String.valueOf(e.getMessage()));
            }
            conscryptProblem = p;
        }
        return p;
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
