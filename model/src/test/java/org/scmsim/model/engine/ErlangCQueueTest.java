package org.scmsim.model.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scmsim.model.random.RandomStreams;
import org.scmsim.model.stats.ConfidenceInterval;
import org.scmsim.model.stats.Tally;
import umontreal.ssj.rng.RandomStream;

/** M/M/1 and M/M/c stations reproduce the Erlang-C mean wait within the replications' 95% CI. */
class ErlangCQueueTest {

    static double erlangCWait(double lambda, double mu, int c) {
        double a = lambda / mu;
        double rho = a / c;
        double sum = 0;
        double term = 1;
        for (int k = 0; k < c; k++) {
            if (k > 0) {
                term *= a / k;
            }
            sum += term;
        }
        double last = term * a / c / (1 - rho);   // a^c / c! / (1 - rho)
        double pWait = last / (sum + last);
        return pWait / (c * mu - lambda);
    }

    /** One replication: mean queue wait of customers arriving after the warm-up. */
    static double replicate(double lambda, double mu, int c, int replication, double warmUp, double length) {
        Simulation sim = new Simulation();
        RandomStreams streams = new RandomStreams(12345, replication);
        RandomStream arrivals = streams.stream("arrivals");
        RandomStream service = streams.stream("service");
        Tally waits = new Tally();
        double[] arrivedAt = new double[1 << 20];
        int[] next = {0};
        Station station = new Station(sim, "mmc", c, job -> -Math.log1p(-service.nextDouble()) / mu,
                (job, sojourn) -> { });
        // queue wait = sojourn - service; measure directly via the station's waits after warm-up
        Runnable[] arrive = new Runnable[1];
        arrive[0] = () -> {
            int job = next[0]++ & ((1 << 20) - 1);
            arrivedAt[job] = sim.now();
            station.arrive(job);
            sim.after(-Math.log1p(-arrivals.nextDouble()) / lambda, arrive[0]);
        };
        sim.after(0, arrive[0]);
        sim.run(warmUp);
        station.waits().reset();
        sim.run(warmUp + length);
        waits.add(station.waits().mean());
        return waits.mean();
    }

    @ParameterizedTest(name = "M/M/{2}: lambda={0}, mu={1}")
    @CsvSource({"0.8, 1.0, 1", "3.0, 1.0, 4", "7.5, 1.0, 8"})
    void meanWaitMatchesErlangC(double lambda, double mu, int c) {
        Tally across = new Tally();
        for (int r = 0; r < 20; r++) {
            across.add(replicate(lambda, mu, c, r, 1_000, 20_000));
        }
        ConfidenceInterval ci = across.ci95();
        double expected = erlangCWait(lambda, mu, c);
        assertThat(ci.halfWidth()).as("CI must be informative").isLessThan(expected * 0.2);
        assertThat(ci.contains(expected))
                .as("Erlang-C Wq=%.4f in CI [%.4f, %.4f]", expected, ci.lower(), ci.upper()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void erlangCFormulaKnownValues() {
        // M/M/1: Wq = rho / (mu - lambda)
        assertThat(erlangCWait(0.8, 1.0, 1)).isCloseTo(4.0, org.assertj.core.data.Offset.offset(1e-12));
        // M/M/2, lambda=1, mu=1: C = 1/3, Wq = C / (2 - 1) = 1/3
        assertThat(erlangCWait(1.0, 1.0, 2)).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
    }
}
