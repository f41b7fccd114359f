package org.scmsim.model.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StationTest {

    private final Simulation sim = new Simulation();
    private final List<String> log = new ArrayList<>();

    private Station station(int servers) {
        return new Station(sim, "s", servers, job -> 10.0, (job, sojourn) -> log.add(job + "@" + sim.now() + "/" + sojourn));
    }

    @Test
    void servesInArrivalOrderOnOneServer() {
        Station s = station(1);
        sim.at(0, () -> { s.arrive(1); s.arrive(2); s.arrive(3); });
        sim.runToEnd();
        assertThat(log).containsExactly("1@10.0/10.0", "2@20.0/20.0", "3@30.0/30.0");
        assertThat(s.waits().mean()).isEqualTo(10.0);
    }

    @Test
    void serversWorkInParallel() {
        Station s = station(2);
        sim.at(0, () -> { s.arrive(1); s.arrive(2); s.arrive(3); });
        sim.runToEnd();
        assertThat(log).containsExactly("1@10.0/10.0", "2@10.0/10.0", "3@20.0/20.0");
    }

    @Test
    void downStationQueuesUntilItComesBack() {
        Station s = station(1);
        sim.at(0, () -> { s.setUp(false); s.arrive(1); });
        sim.at(100, () -> s.setUp(true));
        sim.runToEnd();
        assertThat(log).containsExactly("1@110.0/110.0");
    }

    @Test
    void jobInServiceFinishesWhenStationGoesDown() {
        Station s = station(1);
        sim.at(0, () -> { s.arrive(1); s.arrive(2); });
        sim.at(5, () -> s.setUp(false));
        sim.at(50, () -> s.setUp(true));
        sim.runToEnd();
        assertThat(log).containsExactly("1@10.0/10.0", "2@60.0/60.0");
    }

    @Test
    void addingAndRemovingServers() {
        Station s = station(1);
        sim.at(0, () -> { for (int j = 1; j <= 4; j++) { s.arrive(j); } });
        sim.at(1, () -> s.setServers(3));
        sim.at(12, () -> s.setServers(1));
        sim.runToEnd();
        assertThat(log).containsExactly("1@10.0/10.0", "2@11.0/11.0", "3@11.0/11.0", "4@20.0/20.0");
        assertThat(s.servers()).isEqualTo(1);
        assertThat(s.utilisation(sim.now())).isBetween(0.0, 3.0);
    }
}
