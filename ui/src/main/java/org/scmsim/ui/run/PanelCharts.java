package org.scmsim.ui.run;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
 * a title saying so. (Cost per week waits for pricing in the model.)
 *
 * @param id    control id suffix ({@code chart-<id>})
 * @param title what the chart shows, for the empty chart's title
 * @param draw  the report's builder
 */
public record PanelCharts(String id, String title, Function<TimeTable, Optional<JFreeChart>> draw) {

    private static final List<ShadedPeriod> NO_SHADING = List.of();

    public static final List<PanelCharts> ALL = List.of(
            new PanelCharts("demand", "Certificates per week by type",
                    t -> CertificateDemandChart.weekly("Certificates per week by type", t, NO_SHADING)),
            new PanelCharts("backlog", "Backlog per SCMS component",
                    t -> ComponentLoadChart.of(t, ComponentLoadChart.Measure.BACKLOG, NO_SHADING)),
            new PanelCharts("without", "Devices without valid certificates", t -> CertificateGapChart.of(t, NO_SHADING)),
            new PanelCharts("utilisation", "Utilisation per SCMS component",
                    t -> ComponentLoadChart.of(t, ComponentLoadChart.Measure.UTILISATION, NO_SHADING)));

    /** The chart for this table (null: nothing run yet), titled with where it comes from. */
    public JFreeChart build(TimeTable t, String subtitle) {
        Optional<JFreeChart> c = t == null || t.isEmpty() ? Optional.empty() : draw.apply(t);
        JFreeChart chart = c.orElseGet(() -> TimeSeriesChart.titled(title + (t == null ? "" : ": not recorded in this run")).build());
        if (subtitle != null && !subtitle.isEmpty() && c.isPresent()) {
            chart.addSubtitle(new org.jfree.chart.title.TextTitle(subtitle));
        }
        return chart;
    }
}
