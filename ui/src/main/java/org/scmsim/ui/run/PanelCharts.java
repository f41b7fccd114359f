package org.scmsim.ui.run;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jfree.chart.JFreeChart;
import org.scmsim.results.chart.CertificateDemandChart;
import org.scmsim.results.chart.CertificateGapChart;
import org.scmsim.results.chart.ComponentLoadChart;
import org.scmsim.results.chart.ShadedPeriod;
import org.scmsim.results.chart.TimeSeriesChart;
import org.scmsim.results.data.TimeTable;

/**
 * The Run panel's four charts, drawn by the report's own chart builders from the same weekly
 * table, so that the dashboard and {@code scmsim report} show the same thing: certificate demand by
 * type with the deployment curve, the backlog per SCMS component, devices without valid
 * certificates, and utilisation per component. A chart the run has no data for is drawn empty with
 * a title saying so. The scenario's disruptions are shaded, as in the report.
 *
 * @param id    control id suffix ({@code chart-<id>})
 * @param title what the chart shows, for the empty chart's title
 * @param draw  the report's builder
 */
public record PanelCharts(String id, String title, BiFunction<TimeTable, List<ShadedPeriod>, Optional<JFreeChart>> draw) {

    public static final List<PanelCharts> ALL = List.of(
            new PanelCharts("demand", "Certificates per week by type",
                    (t, shaded) -> CertificateDemandChart.weekly("Certificates per week by type", t, shaded)),
            new PanelCharts("backlog", "Backlog per SCMS component",
                    (t, shaded) -> ComponentLoadChart.of(t, ComponentLoadChart.Measure.BACKLOG, shaded)),
            new PanelCharts("without", "Devices without valid certificates", CertificateGapChart::of),
            new PanelCharts("utilisation", "Utilisation per SCMS component",
                    (t, shaded) -> ComponentLoadChart.of(t, ComponentLoadChart.Measure.UTILISATION, shaded)));

    /**
     * The chart for this table (null: nothing run yet), titled with where it comes from, the
     * scenario's disruptions shaded.
     */
    public JFreeChart build(TimeTable t, String subtitle, List<ShadedPeriod> shaded) {
        Optional<JFreeChart> c = t == null || t.isEmpty() ? Optional.empty() : draw.apply(t, shaded);
        JFreeChart chart = c.orElseGet(() -> TimeSeriesChart.titled(title + (t == null ? "" : ": not recorded in this run")).build());
        if (subtitle != null && !subtitle.isEmpty() && c.isPresent()) {
            chart.addSubtitle(new org.jfree.chart.title.TextTitle(subtitle));
        }
        return chart;
    }
}
