package org.scmsim.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void tallyMeanVarianceMinMax() {
        Tally t = new Tally();
        for (double x : new double[] {2, 4, 4, 4, 5, 5, 7, 9}) {
            t.add(x);
        }
        assertThat(t.count()).isEqualTo(8);
        assertThat(t.mean()).isEqualTo(5.0);
        assertThat(t.variance()).isCloseTo(32.0 / 7, offset(1e-12));
        assertThat(t.min()).isEqualTo(2.0);
        assertThat(t.max()).isEqualTo(9.0);
        // t(0.975, 7) = 2.364624
        assertThat(t.ci95().halfWidth()).isCloseTo(2.364624 * Math.sqrt(32.0 / 7 / 8), offset(1e-5));
    }

    @Test
    void emptyTallyIsNaN() {
        Tally t = new Tally();
        assertThat(t.mean()).isNaN();
        assertThat(t.ci95().halfWidth()).isNaN();
    }

    @Test
    void timeWeightedAverage() {
        TimeWeighted q = new TimeWeighted(0, 0);
        q.update(2, 3);   // 0 on [0,2), 3 on [2,6), 1 on [6,10)
        q.update(6, 1);
        assertThat(q.integral(10)).isEqualTo(16.0);
        assertThat(q.mean(10)).isEqualTo(1.6);
        assertThat(q.max()).isEqualTo(3.0);
        assertThat(q.variance(10)).isCloseTo((9 * 4 + 1 * 4) / 10.0 - 1.6 * 1.6, offset(1e-12));
        q.reset(10, 1);
        assertThat(q.mean(20)).isEqualTo(1.0);
    }
}
