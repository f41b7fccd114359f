package org.scmsim.results.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts render headless to non-empty files and hold the series they were given. */
class ChartsTest {

    @TempDir
    Path dir;

    private static final List<LocalDate> WEEKS = IntStream.range(0, 10)
            .mapToObj(i -> LocalDate.of(2027, 1, 1).plusWeeks(i)).toList();

    @Test
    void timeSeriesWithSecondAxisBandAndShade() throws Exception {
        double[] y = IntStream.range(0, 10).mapToDouble(i -> i * 10).toArray();
        double[] lo = IntStream.range(0, 10).mapToDouble(i -> i * 10 - 2).toArray();
        double[] hi = IntStream.range(0, 10).mapToDouble(i -> i * 10 + 2).toArray();
        JFreeChart c = TimeSeriesChart.titled("t").leftAxis("certs").steps("requested", WEEKS, y)
                .band("issued (95% CI)", WEEKS, y, lo, hi)
                .rightAxis("devices").line("OBUs", WEEKS, y)
                .shade(WEEKS.get(2), WEEKS.get(4), "RA outage").build();
        XYPlot p = c.getXYPlot();
        assertThat(p.getDatasetCount()).isEqualTo(3);
        assertThat(p.getDataset(0).getSeriesKey(0)).isEqualTo("requested");
        assertThat(p.getDataset(1).getSeriesKey(0)).isEqualTo("issued (95% CI)");
        IntervalXYDataset band = (IntervalXYDataset) p.getDataset(1);
        assertThat(band.getStartYValue(0, 5)).isEqualTo(48.0);
        assertThat(band.getEndYValue(0, 5)).isEqualTo(52.0);
        assertThat(p.getRangeAxisIndex(p.getRangeAxis(1))).isEqualTo(1);
        assertThat(p.getRangeAxisForDataset(2).getLabel()).isEqualTo("devices");
        assertThat(p.getDomainMarkers(Layer.BACKGROUND)).singleElement()
                .satisfies(m -> assertThat(((IntervalMarker) m).getLabel()).isEqualTo("RA outage"));

        ChartFiles.png(c, dir.resolve("t.png"), 800, 400);
        ChartFiles.svg(c, dir.resolve("t.svg"), 800, 400);
        assertThat(Files.readAllBytes(dir.resolve("t.png"))).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(dir.resolve("t.svg"))).contains("<svg").contains("requested");
    }

    @Test
    void mismatchedSeriesLengthIsRejected() {
        assertThatThrownBy(() -> TimeSeriesChart.titled("t").line("x", WEEKS, new double[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 values for 10 dates");
    }

    @Test
    void stackedCategories() throws Exception {
        JFreeChart c = CategoryChart.titled("Cost by year").axes("Year", "USD").stacked()
                .value("per device", "2027", 100).value("platform", "2027", 50)
                .value("per device", "2028", 200).value("platform", "2028", 50).build();
        CategoryPlot p = c.getCategoryPlot();
        assertThat(p.getDataset().getRowKeys()).containsExactly("per device", "platform");
        assertThat(p.getDataset().getColumnKeys()).containsExactly("2027", "2028");
        assertThat(p.getDataset().getValue("platform", "2028")).isEqualTo(50.0);
        ChartFiles.png(c, dir.resolve("c.png"), 600, 300);
        assertThat(dir.resolve("c.png")).isNotEmptyFile();
    }

    @Test
    void sweepPointsAreSortedWithTheirIntervals() throws Exception {
        JFreeChart c = SweepChart.titled("wait vs servers", "servers", "wait (s)")
                .point("RA", 4, 1.0, 0.8, 1.2).point("RA", 2, 5.0, 4.0, 6.0).point("PCA", 2, 3.0, Double.NaN, Double.NaN)
                .build();
        IntervalXYDataset d = (IntervalXYDataset) c.getXYPlot().getDataset();
        assertThat(d.getSeriesCount()).isEqualTo(2);
        assertThat(d.getXValue(0, 0)).isEqualTo(2.0);
        assertThat(d.getStartYValue(0, 0)).isEqualTo(4.0);
        assertThat(d.getStartYValue(1, 0)).isEqualTo(3.0);
        ChartFiles.png(c, dir.resolve("s.png"), 600, 300);
        assertThat(dir.resolve("s.png")).isNotEmptyFile();
    }
}
