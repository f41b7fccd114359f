package org.scmsim.model.scms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scmsim.model.config.Component;
import org.scmsim.model.engine.Simulation;
import org.scmsim.model.random.RandomStreams;
import org.scmsim.model.stats.ConfidenceInterval;
import org.scmsim.model.stats.Tally;
import umontreal.ssj.rng.RandomStream;

/** An SCMS component fed Poisson requests with exponential service reproduces the Erlang-C mean wait. */
class ComponentQueueTest {

    static double erlangCWait(double lambda, double mu, int c) {
        double a = lambda / mu;
        double sum = 0;
        double term = 1;
        for (int k = 0; k < c; k++) {
            if (k > 0) {
                term *= a / k;
            }
            sum += term;
        }
        double last = term * a / c / (1 - a / c);
        return last / (sum + last) / (c * mu - lambda);
    }

    static Component spec(int servers, int queueLimit, Duration mtbf) {
        return new Component(servers, Component.Variability.EXPONENTIAL, 1, queueLimit, Duration.ofSeconds(5),
                Component.Discipline.FIFO, mtbf, Duration.ofSeconds(50), Duration.ZERO, Duration.ZERO);
    }

    /** One replication: mean queue wait after a warm-up. */
    static double replicate(double lambda, double mu, int c, int rep) {
        Simulation sim = new Simulation();
        RandomStreams streams = new RandomStreams(99, rep);
        RandomStream arrivals = streams.stream("arrivals");
        Requests requests = new Requests();
        ScmsComponent pca = new ScmsComponent(sim, ComponentId.PCA, spec(c, 0, Duration.ZERO), requests,
                streams.stream("pca.service"), streams.stream("pca.failures"), requests::close);
        Runnable[] arrive = new Runnable[1];
        arrive[0] = () -> {
            int r = requests.open(RequestKind.PREGENERATION, 0, 1, 0, 0, sim.now());
            pca.submit(r, 1 / mu);
            sim.after(-Math.log1p(-arrivals.nextDouble()) / lambda, arrive[0]);
        };
        sim.after(0, arrive[0]);
        sim.run(1_000);
        pca.station().waits().reset();
        sim.run(21_000);
        return pca.station().waits().mean();
    }

    @ParameterizedTest(name = "M/M/{2}: lambda={0}, mu={1}")
    @CsvSource({"0.8, 1.0, 1", "3.0, 1.0, 4"})
    void meanWaitMatchesErlangC(double lambda, double mu, int c) {
        Tally across = new Tally();
        for (int rep = 0; rep < 20; rep++) {
            across.add(replicate(lambda, mu, c, rep));
        }
        ConfidenceInterval ci = across.ci95();
        double expected = erlangCWait(lambda, mu, c);
        assertThat(ci.contains(expected)).as("Erlang-C Wq=%.4f in CI [%.4f, %.4f]", expected, ci.lower(), ci.upper())
                .isTrue();
    }

    @Test
    void aFullQueueRefusesAndCountsIt() {
        Simulation sim = new Simulation();
        RandomStreams streams = new RandomStreams(1, 0);
        Requests requests = new Requests();
        ScmsComponent ra = new ScmsComponent(sim, ComponentId.RA, spec(1, 2, Duration.ZERO), requests,
                streams.stream("s"), streams.stream("f"), requests::close);
        int accepted = 0;
        for (int i = 0; i < 5; i++) {
            int r = requests.open(RequestKind.DOWNLOAD, i, 0, -1, -1, 0);
            if (ra.submit(r, 10) == ScmsComponent.Admission.ACCEPTED) {
                accepted++;
            }
        }
        assertThat(accepted).isEqualTo(3);   // one in service, two waiting
        assertThat(ra.refused()).isEqualTo(2);
    }

    @Test
    void failuresTakeTheComponentDownForAboutMttrOverMtbfPlusMttr() {
        Simulation sim = new Simulation();
        RandomStreams streams = new RandomStreams(3, 0);
        Requests requests = new Requests();
        ScmsComponent la = new ScmsComponent(sim, ComponentId.LA1, spec(1, 0, Duration.ofSeconds(450)), requests,
                streams.stream("s"), streams.stream("f"), requests::close);
        sim.run(2_000_000);
        // availability = MTBF / (MTBF + MTTR) = 450 / 500
        assertThat(la.downTime().mean(sim.now())).isBetween(0.08, 0.12);
        assertThat(la.outages()).isBetween(3_600, 4_400);
    }

    @Test
    void withPriorityDeviceRequestsOvertakeWaitingPregenerationSlices() {
        Simulation sim = new Simulation();
        RandomStreams streams = new RandomStreams(1, 0);
        Requests requests = new Requests();
        java.util.List<Integer> order = new java.util.ArrayList<>();
        Component spec = new Component(1, Component.Variability.DETERMINISTIC, 0, 0, Duration.ofSeconds(5),
                Component.Discipline.PRIORITY, Duration.ZERO, Duration.ofSeconds(1), Duration.ZERO, Duration.ZERO);
        ScmsComponent pca = new ScmsComponent(sim, ComponentId.PCA, spec, requests, streams.stream("s"),
                streams.stream("f"), r -> {
                    order.add(requests.device(r));
                    requests.close(r);
                });
        for (int k = 0; k < 3; k++) {
            pca.submit(requests.open(RequestKind.PREGENERATION, 100 + k, 10, 5, 5, 0), 10);
        }
        sim.run(1);
        pca.submit(requests.open(RequestKind.PSEUDONYM_BATCH, 7, 20, 0, 0, 1), 1);
        assertThat(pca.waiting()).isEqualTo(3);   // one slice in service, two held, the device request queued
        sim.runToEnd();
        // the first slice was in service; the device's request goes next, then the other slices
        assertThat(order).containsExactly(100, 7, 101, 102);
        assertThat(pca.waits().max()).isEqualTo(21.0);   // the last slice waited for three services
    }

    @Test
    void maintenanceWindowsAndFailuresOverlapWithoutBringingTheComponentBackEarly() {
        Simulation sim = new Simulation();
        RandomStreams streams = new RandomStreams(4, 0);
        Requests requests = new Requests();
        Component spec = new Component(1, Component.Variability.DETERMINISTIC, 0, 0, Duration.ofSeconds(5),
                Component.Discipline.FIFO, Duration.ZERO, Duration.ofSeconds(1), Duration.ofHours(24), Duration.ofHours(2));
        ScmsComponent ra = new ScmsComponent(sim, ComponentId.RA, spec, requests, streams.stream("s"),
                streams.stream("f"), requests::close);
        sim.run(25 * 3600.0);
        assertThat(ra.station().isUp()).isFalse();       // inside the first window (24 h to 26 h)
        ra.setUp(false);                                   // an incident starts during the window
        sim.run(27 * 3600.0);
        assertThat(ra.station().isUp()).isFalse();       // the window ended, the incident goes on
        ra.setUp(true);
        assertThat(ra.station().isUp()).isTrue();
        sim.run(10 * 86_400.0);
        // ten days: windows on days 1..9 (2 h each) plus the incident's extra hour
        assertThat(ra.downTime().integral(sim.now()) / 3600).isCloseTo(9 * 2 + 1, org.assertj.core.data.Offset.offset(1e-6));
    }
}
