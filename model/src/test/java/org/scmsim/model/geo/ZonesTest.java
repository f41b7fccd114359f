package org.scmsim.model.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ZonesTest {

    @Test
    void aRectangleIsCutIntoEqualCellsAndEveryPointHasOne() {
        Zones z = Zones.plane(10, 5, 2, 1000);
        assertThat(z.count()).isEqualTo(15);   // 5 x 3 cells of 2 x 1.667 km
        assertThat(z.size()).isCloseTo(10.0 / 5 * 5.0 / 3, within(1e-12));
        assertThat(z.zoneOf(0, 0)).isZero();
        assertThat(z.zoneOf(1.99, 1.6)).isZero();
        assertThat(z.zoneOf(2.01, 0)).isEqualTo(1);
        assertThat(z.zoneOf(0, 1.7)).isEqualTo(5);
        assertThat(z.zoneOf(10, 5)).isEqualTo(14);        // the far corner belongs to the last cell
        assertThat(z.zoneOf(-1, 99)).isEqualTo(10);       // clamped
    }

    @Test
    void tooFineZonesAreCoarsenedToTheCap() {
        Zones z = Zones.plane(100, 100, 0.01, 10_000);
        assertThat(z.count()).isLessThanOrEqualTo(10_000).isGreaterThan(9_000);
        Zones c = Zones.corridor(400, 0.001, 1000);
        assertThat(c.count()).isEqualTo(1000);
        assertThat(c.size()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void aCorridorIsCutIntoSegments() {
        Zones z = Zones.corridor(647, 1, 1_000_000);
        assertThat(z.corridor()).isTrue();
        assertThat(z.count()).isEqualTo(647);
        assertThat(z.zoneOf(0.5, 0)).isZero();
        assertThat(z.zoneOf(646.5, 0)).isEqualTo(646);
        assertThat(z.zoneOf(647, 0)).isEqualTo(646);
    }

    @Test
    void relativeSpeedOfRandomHeadingsHasItsClosedFormsAtTheEnds() {
        assertThat(Zones.meanRelativeSpeed(10, 10)).isCloseTo(40 / Math.PI, within(1e-6));
        assertThat(Zones.meanRelativeSpeed(10, 0)).isCloseTo(10, within(1e-9));
        double mixed = Zones.meanRelativeSpeed(30, 80);
        // Jensen: at least the faster speed, at most the root of the mean square sqrt(va^2 + vb^2)
        assertThat(mixed).isBetween(80.0, Math.hypot(30, 80));
        assertThat(mixed).isCloseTo(Zones.meanRelativeSpeed(80, 30), within(1e-9));
    }

    @Test
    void meetingRatesFollowKineticGeometry() {
        // plane: 2 r E|v_rel| / area; 4 km^2 zones, 0.3 km range, both at 0.01 km/s
        Zones p = Zones.plane(10, 10, 2, 1000);
        assertThat(p.meetingRate(0.01, 0.01, 0.3)).isCloseTo(2 * 0.3 * (0.04 / Math.PI) / 4, within(1e-9));
        // twice the range, twice the rate; the range does not matter on a road
        assertThat(p.meetingRate(0.01, 0.01, 0.6)).isCloseTo(2 * p.meetingRate(0.01, 0.01, 0.3), within(1e-12));
        Zones c = Zones.corridor(100, 5, 1000);
        assertThat(c.meetingRate(0.02, 0.03, 0.3)).isCloseTo(0.03 / 5, within(1e-12));
        assertThat(c.meetingRate(0.02, 0.03, 3)).isEqualTo(c.meetingRate(0.02, 0.03, 0.3));
    }
}
