package org.scmsim.scenarios.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;

class MetricSummaryTest {

    @Property(tries = 200)
    void meanSdAndHalfWidthAgreeWithCommonsMath(@ForAll @Size(min = 2, max = 60) double[] raw,
                                                @ForAll @DoubleRange(min = -1e6, max = 1e6) double shift) {
        double[] x = new double[raw.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = shift + (Double.isFinite(raw[i]) ? raw[i] % 1e6 : 0);
        }
        DescriptiveStatistics ref = new DescriptiveStatistics(x);
        double t = new TDistribution(x.length - 1).inverseCumulativeProbability(0.975);
        MetricSummary s = MetricSummary.of(x);
        double scale = Math.max(1, Math.abs(ref.getMean()) + ref.getStandardDeviation());
        assertThat(s.n()).isEqualTo(x.length);
        assertThat(s.mean()).isCloseTo(ref.getMean(), within(1e-9 * scale));
        assertThat(s.sd()).isCloseTo(ref.getStandardDeviation(), within(1e-7 * scale));
        assertThat(s.ci95HalfWidth()).isCloseTo(t * ref.getStandardDeviation() / Math.sqrt(x.length), within(1e-7 * scale));
        assertThat(s.min()).isEqualTo(ref.getMin());
        assertThat(s.max()).isEqualTo(ref.getMax());
    }

    @Test
    void aKnownCase() {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sample sd sqrt(32/7); t(0.975, 7) = 2.364624...
        MetricSummary s = MetricSummary.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9});
        assertThat(s.mean()).isEqualTo(5.0);
        assertThat(s.sd()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
        assertThat(s.ci95HalfWidth()).isCloseTo(2.3646242510102993 * Math.sqrt(32.0 / 7) / Math.sqrt(8), within(1e-9));
        assertThat(s.relativeHalfWidth()).isCloseTo(s.ci95HalfWidth() / 5, within(1e-15));
    }

    @Test
    void undefinedValuesAreLeftOutAndOneValueHasNoInterval() {
        MetricSummary s = MetricSummary.of(new double[] {Double.NaN, 3, Double.NaN});
        assertThat(s.n()).isEqualTo(1);
        assertThat(s.mean()).isEqualTo(3);
        assertThat(s.ci95HalfWidth()).isNaN();
        assertThat(s.relativeHalfWidth()).isInfinite();
        assertThat(MetricSummary.of(new double[] {0, 0, 0}).relativeHalfWidth()).isZero();
        assertThat(MetricSummary.of(new double[] {-1, 1}).relativeHalfWidth()).isInfinite();
        assertThat(MetricSummary.of(new double[0]).n()).isZero();
    }
}
