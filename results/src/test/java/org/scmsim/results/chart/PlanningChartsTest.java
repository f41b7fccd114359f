package org.scmsim.results.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.statistics.StatisticalCategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.results.data.Estimate;
import org.scmsim.results.data.TimeTable;

/**
 * The planning charts render headless to PNG and SVG files of the requested size, and hold the
 * series the data gave them (read back from the chart model, not from pixels); a chart whose data
 * the run did not produce is absent rather than empty.
 */
class PlanningChartsTest {

    @TempDir
    Path dir;

    private static final List<LocalDate> WEEKS = IntStream.range(0, 12).mapToObj(i -> LocalDate.of(2027, 1, 1).plusWeeks(i)).toList();
    private static final List<ShadedPeriod> OUTAGE = List.of(new ShadedPeriod(WEEKS.get(3), WEEKS.get(5), "RA outage"));

    @BeforeAll
    static void headless() {
        assertThat(GraphicsEnvironment.isHeadless()).as("tests run with java.awt.headless=true").isTrue();
    }

    private static double[] ramp(double k) {
        return IntStream.range(0, WEEKS.size()).mapToDouble(i -> k * (i + 1)).toArray();
    }

    private static TimeTable table(String... columns) {
        Map<String, double[]> cols = new LinkedHashMap<>();
        for (int i = 0; i < columns.length; i++) {
            cols.put(columns[i], ramp(i + 1));
        }
        return TimeTable.of(WEEKS, cols);
    }

    private void rendersToFiles(JFreeChart c, String name) throws Exception {
        Path png = dir.resolve(name + ".png");
        Path svg = dir.resolve(name + ".svg");
        ChartFiles.png(c, png, 640, 360);
        ChartFiles.svg(c, svg, 640, 360);
        assertThat(png).isNotEmptyFile();
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(640);
        assertThat(img.getHeight()).isEqualTo(360);
        String s = Files.readString(svg);
        assertThat(s.strip()).startsWith("<?xml").contains("<svg").contains("width='640.0'").contains("height='360.0'").endsWith("</svg>");
    }

    private static List<String> xySeries(XYPlot p) {
        List<String> out = new ArrayList<>();
        for (int d = 0; d < p.getDatasetCount(); d++) {
            XYDataset ds = p.getDataset(d);
            for (int s = 0; ds != null && s < ds.getSeriesCount(); s++) {
                out.add(ds.getSeriesKey(s).toString());
            }
        }
        return out;
    }

    @Test
    void demandByTypeWithDeploymentOnASecondAxis() throws Exception {
        TimeTable t = table("pseudonym_requested", "application_requested", "identification_issued", "obus_active", "rsus_active");
        JFreeChart c = CertificateDemandChart.weekly("Demand", t, OUTAGE).orElseThrow();
        XYPlot p = c.getXYPlot();
        assertThat(xySeries(p)).containsExactly("Pseudonym (OBU)", "Identification (OBU)", "Application (RSU)",
                "OBUs deployed", "RSUs deployed");
        assertThat(p.getRangeAxisForDataset(3).getLabel()).isEqualTo("Devices deployed");
        assertThat(p.getDataset(0).getYValue(0, 11)).isEqualTo(12.0);
        assertThat(p.getDomainMarkers(Layer.BACKGROUND)).hasSize(1);
        rendersToFiles(c, "demand");
        assertThat(CertificateDemandChart.weekly("none", table("obus_active"), List.of())).isEmpty();

        Map<String, Map<String, Double>> years = new LinkedHashMap<>();
        years.put("2027", Map.of("Pseudonym (OBU)", 100.0));
        years.put("2028", Map.of("Pseudonym (OBU)", 300.0));
        JFreeChart y = CertificateDemandChart.yearly("Per year", years);
        assertThat(y.getCategoryPlot().getDataset().getValue("Pseudonym (OBU)", "2028")).isEqualTo(300.0);
        rendersToFiles(y, "yearly");
    }

    @Test
    void componentLoadPerComponentWithDisruptionsShaded() throws Exception {
        TimeTable t = table("ra_peak_backlog", "pca_peak_backlog", "ra_wait_seconds", "ra_utilisation", "pca_utilisation");
        JFreeChart backlog = ComponentLoadChart.of(t, ComponentLoadChart.Measure.BACKLOG, OUTAGE).orElseThrow();
        assertThat(xySeries(backlog.getXYPlot())).containsExactly("RA", "PCA");
        IntervalMarker m = (IntervalMarker) backlog.getXYPlot().getDomainMarkers(Layer.BACKGROUND).iterator().next();
        assertThat(m.getLabel()).isEqualTo("RA outage");
        JFreeChart util = ComponentLoadChart.of(t, ComponentLoadChart.Measure.UTILISATION, OUTAGE).orElseThrow();
        assertThat(util.getXYPlot().getDataset(0).getYValue(0, 0)).as("shares drawn as percent").isEqualTo(400.0);
        assertThat(xySeries(ComponentLoadChart.of(t, ComponentLoadChart.Measure.WAIT, List.of()).orElseThrow().getXYPlot()))
                .containsExactly("RA");
        rendersToFiles(backlog, "backlog");
        // the first model's single stage is read through its own column names
        JFreeChart legacy = ComponentLoadChart.of(table("backlog_certificates", "mean_response_seconds"),
                ComponentLoadChart.Measure.WAIT, List.of()).orElseThrow();
        assertThat(xySeries(legacy.getXYPlot())).containsExactly("RA→PCA issuance stage");
        assertThat(ComponentLoadChart.of(table("obus_active"), ComponentLoadChart.Measure.BACKLOG, List.of())).isEmpty();
    }

    @Test
    void devicesWithoutCertificates() throws Exception {
        TimeTable t = table("obus_without_certificates", "rsus_without_certificates", "obu_hours_without_certificates",
                "rsu_hours_without_certificates");
        JFreeChart c = CertificateGapChart.of(t, OUTAGE).orElseThrow();
        assertThat(xySeries(c.getXYPlot())).containsExactly("OBUs without certificates", "RSUs without certificates",
                "OBU-hours without certificates", "RSU-hours without certificates");
        assertThat(c.getXYPlot().getRangeAxisForDataset(2).getLabel()).isEqualTo("Device-hours without certificates");
        rendersToFiles(c, "gap");
        assertThat(CertificateGapChart.of(table("obus_active"), List.of())).isEmpty();
    }

    @Test
    void crlSizeReachAndRevocationLatency() throws Exception {
        JFreeChart c = CrlChart.sizeAndReach(table("crl_size_bytes", "crl_reach"), List.of()).orElseThrow();
        assertThat(xySeries(c.getXYPlot())).containsExactly(CrlChart.SIZE, CrlChart.REACH);
        assertThat(c.getXYPlot().getDataset(1).getYValue(0, 0)).isEqualTo(200.0);
        rendersToFiles(c, "crl");
        JFreeChart h = CrlChart.latency("Latency", "latency_hours", new double[] {1, 2, 2, 3, 10}, 5);
        IntervalXYDataset d = (IntervalXYDataset) h.getXYPlot().getDataset();
        double total = 0;
        for (int i = 0; i < d.getItemCount(0); i++) {
            total += d.getYValue(0, i);
        }
        assertThat(total).isEqualTo(5.0);
        rendersToFiles(h, "latency");
        assertThat(CrlChart.sizeAndReach(table("obus_active"), List.of())).isEmpty();
    }

    @Test
    void costStackedCumulativeAndPerDeviceYear() throws Exception {
        Map<String, Map<String, Double>> byYear = new LinkedHashMap<>();
        byYear.put("2027", new LinkedHashMap<>(Map.of("per device", 1000.0, "platform", 500.0)));
        byYear.put("2028", new LinkedHashMap<>(Map.of("per device", 2000.0, "platform", 500.0)));
        JFreeChart s = CostChart.byYear("Cost", "USD", byYear);
        CategoryPlot p = s.getCategoryPlot();
        assertThat(p.getRenderer()).isInstanceOf(org.jfree.chart.renderer.category.StackedBarRenderer.class);
        assertThat(p.getDataset().getValue("platform", "2028")).isEqualTo(500.0);
        rendersToFiles(s, "cost");
        Map<String, Map<Integer, Double>> cum = new LinkedHashMap<>();
        cum.put("per device-year", Map.of(2027, 1500.0, 2028, 4000.0));
        cum.put("per certificate", Map.of(2027, 900.0, 2028, 5000.0));
        JFreeChart c = CostChart.cumulative("Cumulative", "USD", cum);
        assertThat(xySeries(c.getXYPlot())).containsExactly("per device-year", "per certificate");
        rendersToFiles(c, "cumulative");
        JFreeChart d = CostChart.perDeviceYear("Per device-year", "USD", Map.of("2027", Map.of("per device-year", 12.0)));
        assertThat(d.getCategoryPlot().getDataset().getValue("per device-year", "2027")).isEqualTo(12.0);
    }

    @Test
    void comparisonsPerArmWithIntervals() throws Exception {
        Map<String, double[]> a = new LinkedHashMap<>();
        a.put("peak_backlog_certificates", ramp(10));
        a.put("peak_backlog_certificates_lo", ramp(9));
        a.put("peak_backlog_certificates_hi", ramp(11));
        Map<String, TimeTable> arms = new LinkedHashMap<>();
        arms.put("1 PCA", TimeTable.of(WEEKS, a));
        arms.put("2 PCAs", TimeTable.of(WEEKS, Map.of("peak_backlog_certificates", ramp(5))));
        JFreeChart ts = ComparisonChart.timeSeries("Backlog", "certificates", arms, "peak_backlog_certificates").orElseThrow();
        assertThat(xySeries(ts.getXYPlot())).containsExactly("1 PCA", "2 PCAs");
        IntervalXYDataset band = (IntervalXYDataset) ts.getXYPlot().getDataset(0);
        assertThat(band.getStartYValue(0, 0)).isEqualTo(9.0);
        assertThat(band.getEndYValue(0, 0)).isEqualTo(11.0);
        rendersToFiles(ts, "arms");

        Map<String, Estimate> byArm = new LinkedHashMap<>();
        byArm.put("1 PCA", new Estimate("m", 10, 5.0, 1.0, 0.7, 3, 7));
        byArm.put("2 PCAs", new Estimate("m", 10, 2.0, 0.5, 0.35, 1, 3));
        JFreeChart bars = ComparisonChart.metric("Wait", "s", byArm);
        StatisticalCategoryDataset sd = (StatisticalCategoryDataset) bars.getCategoryPlot().getDataset();
        assertThat(sd.getColumnKeys()).containsExactly("1 PCA", "2 PCAs");
        assertThat(sd.getStdDevValue(0, 0).doubleValue()).as("error bar = CI half-width").isEqualTo(0.7);
        rendersToFiles(bars, "bars");
    }

    @Test
    void aRunInMemoryGetsTheSameChartsAsItsFolder() throws Exception {
        var ctor = org.scmsim.model.run.WeekRow.class.getDeclaredConstructors()[0];
        List<org.scmsim.model.run.WeekRow> weeks = new ArrayList<>();
        for (int w = 0; w < WEEKS.size(); w++) {
            Class<?>[] types = ctor.getParameterTypes();
            Object[] args = new Object[types.length];
            for (int k = 0; k < types.length; k++) {
                args[k] = types[k] == LocalDate.class ? WEEKS.get(w) : types[k] == int.class ? (Object) w
                        : types[k] == long.class ? (Object) (long) (w + k) : (Object) (double) (w + k);
            }
            weeks.add((org.scmsim.model.run.WeekRow) ctor.newInstance(args));
        }
        // the run's other parts stay empty (the record grows as the model does)
        var rc = org.scmsim.model.run.RunResult.class.getRecordComponents();
        Object[] parts = new Object[rc.length];
        for (int k = 0; k < rc.length; k++) {
            parts[k] = switch (rc[k].getName()) {
                case "scenario" -> "pilot";
                case "seed" -> 1L;
                case "replication" -> 0;
                case "weeks" -> weeks;
                default -> rc[k].getType() == List.class ? List.of() : null;
            };
        }
        var run = (org.scmsim.model.run.RunResult) org.scmsim.model.run.RunResult.class
                .getDeclaredConstructor(java.util.Arrays.stream(rc).map(c -> c.getType()).toArray(Class[]::new)).newInstance(parts);
        Map<String, JFreeChart> charts = RunCharts.of(run, OUTAGE);
        assertThat(charts).containsKeys("demand-weekly", "load-utilisation", "devices-without-certificates");
        assertThat(xySeries(charts.get("demand-weekly").getXYPlot())).contains("Pseudonym (OBU)", "Enrollment (OBU and RSU)", "OBUs deployed");
        assertThat(xySeries(charts.get("load-utilisation").getXYPlot())).contains("RA", "PCA");
        assertThat(RunCharts.weekly(run).provenance("download_bytes")).isEqualTo("download_bytes = bytes_rsu + bytes_cellular + bytes_wifi");
        rendersToFiles(charts.get("devices-without-certificates"), "gap-run");
    }
}
