package org.scmsim.model.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scmsim.model.random.RandomStreams;
import org.scmsim.model.stats.ConfidenceInterval;
import org.scmsim.model.stats.Tally;
import umontreal.ssj.rng.RandomStream;

/**
 * Straight trips of length L placed uniformly in an area A with N RSUs of range r (no edge
 * effects) meet on average N (2 r L + pi r^2) / A RSUs: a disc is met when its centre lies in
 * the segment's r-neighbourhood, whose area is 2 r L + pi r^2.
 */
class ContactCountTest {

    @ParameterizedTest(name = "L={0} km, r={1} km, N={2}")
    @CsvSource({"5, 0.3, 2000", "12, 0.5, 500", "0.5, 1.0, 300", "30, 0.1, 4000"})
    void meanContactsPerTripMatchTheClosedForm(double length, double range, int rsus) {
        // RSUs uniform on a 100 km square; trips start in the middle square so that their
        // neighbourhood never leaves the RSU area
        double side = 100;
        RandomStream s = RandomStreams.create(7, "contacts.test", 0);
        double margin = length + range;
        Contacts c = new Contacts();
        Tally perReplication = new Tally();
        for (int rep = 0; rep < 20; rep++) {
            // each replication: a fresh RSU layout and 5,000 trips
            double[] x = new double[rsus];
            double[] y = new double[rsus];
            for (int i = 0; i < rsus; i++) {
                x[i] = s.nextDouble() * side;
                y[i] = s.nextDouble() * side;
            }
            PlaneTerrain t = new PlaneTerrain(side, side, x, y, range);
            long met = 0;
            int trips = 5_000;
            for (int k = 0; k < trips; k++) {
                double x0 = margin + s.nextDouble() * (side - 2 * margin);
                double y0 = margin + s.nextDouble() * (side - 2 * margin);
                double a = 2 * Math.PI * s.nextDouble();
                t.contacts(x0, y0, x0 + length * Math.cos(a), y0 + length * Math.sin(a), c);
                met += c.size();
            }
            perReplication.add(met / (double) trips);
        }
        double expected = rsus * (2 * range * length + Math.PI * range * range) / (side * side);
        // four cases: a 99% interval each keeps the family's error rate near 5% (Bonferroni)
        ConfidenceInterval ci = perReplication.confidenceInterval(0.99);
        assertThat(ci.contains(expected)).as("closed form %.4f in CI [%.4f, %.4f]", expected, ci.lower(), ci.upper())
                .isTrue();
    }

    @Test
    void theChordIsTheTimeInRange() {
        // RSU at (5, 1) with range 2: the x axis is in range for |x - 5| < sqrt(3)
        PlaneTerrain t = new PlaneTerrain(10, 10, new double[] {5}, new double[] {1}, 2);
        Contacts c = new Contacts();
        t.contacts(0, 0, 10, 0, c);
        assertThat(c.size()).isEqualTo(1);
        assertThat(c.enter(0)).isCloseTo(5 - Math.sqrt(3), within(1e-12));
        assertThat(c.exit(0)).isCloseTo(5 + Math.sqrt(3), within(1e-12));
        // a path that starts inside the range enters at 0; one that stops inside leaves at its end
        t.contacts(5, 0, 5, 0.5, c);
        assertThat(c.enter(0)).isZero();
        assertThat(c.exit(0)).isCloseTo(0.5, within(1e-12));
        // a path that misses the disc meets nothing
        t.contacts(0, 4, 10, 4, c);
        assertThat(c.size()).isZero();
    }

    @Test
    void contactsComeInTheOrderTheyAreMetWhateverTheDirection() {
        PlaneTerrain t = new PlaneTerrain(10, 10, new double[] {2, 8, 5}, new double[] {5, 5, 5}, 0.5);
        Contacts c = new Contacts();
        t.contacts(9.9, 5, 0.1, 5, c);
        assertThat(c.size()).isEqualTo(3);
        assertThat(new int[] {c.rsu(0), c.rsu(1), c.rsu(2)}).containsExactly(1, 2, 0);
        assertThat(c.enter(0)).isLessThan(c.enter(1));
    }

    @Test
    void aCorridorContactIsTheChordBesideTheRoad() {
        // sites at 10 km and 30 km, 0.3 km beside the road, range 0.5 km: chord half-length 0.4 km
        CorridorTerrain t = new CorridorTerrain(50, new double[] {30, 10}, new double[] {0.3, 0.3}, 0.5);
        Contacts c = new Contacts();
        t.contacts(40, 0, 5, 0, c);   // driving towards 0
        assertThat(c.size()).isEqualTo(2);
        assertThat(c.rsu(0)).isEqualTo(0);
        assertThat(c.enter(0)).isCloseTo(40 - 30.4, within(1e-9));
        assertThat(c.exit(0)).isCloseTo(40 - 29.6, within(1e-9));
        assertThat(c.rsu(1)).isEqualTo(1);
        t.contacts(0, 0, 9.8, 0, c);   // stops inside the second site's range
        assertThat(c.size()).isEqualTo(1);
        assertThat(c.exit(0)).isCloseTo(9.8, within(1e-9));
    }

    @Test
    void reflectionKeepsDestinationsInside() {
        assertThat(Terrain.reflect(12, 10)).isCloseTo(8, within(1e-12));
        assertThat(Terrain.reflect(-3, 10)).isCloseTo(3, within(1e-12));
        assertThat(Terrain.reflect(25, 10)).isCloseTo(5, within(1e-12));
    }
}
