package org.scmsim.model.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scmsim.model.random.RandomStreams;
import umontreal.ssj.rng.RandomStream;

class TripClockTest {

    @Test
    void tripsPerDayAndTheirHoursFollowTheProfile() {
        List<Double> profile = new ArrayList<>(Collections.nCopies(24, 0.0));
        profile.set(8, 3.0);    // three quarters of trips start 08:00-09:00
        profile.set(17, 1.0);   // one quarter 17:00-18:00
        TripClock clock = new TripClock(profile, 4);
        RandomStream s = RandomStreams.create(5, "trips", 0);
        int days = 2_000;
        int[] byHour = new int[24];
        double t = 0;
        int n = 0;
        while (true) {
            t = clock.next(t, s);
            if (t >= days * 86_400.0) {
                break;
            }
            byHour[(int) (t / 3600) % 24]++;
            n++;
        }
        assertThat(n / (double) days).isBetween(3.9, 4.1);
        assertThat(byHour[8] + byHour[17]).isEqualTo(n);
        assertThat(byHour[8] / (double) n).isBetween(0.73, 0.77);
    }

    @Test
    void aClassThatNeverDrivesNeverStartsATrip() {
        TripClock clock = new TripClock(Collections.nCopies(24, 1.0), 0);
        assertThat(clock.next(100, RandomStreams.create(1, "x", 0))).isInfinite();
    }
}
