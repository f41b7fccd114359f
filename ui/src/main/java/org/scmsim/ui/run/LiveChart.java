package org.scmsim.ui.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.scmsim.model.run.Progress;
import org.scmsim.results.chart.TimeSeriesChart;
import org.scmsim.scenarios.experiment.Metrics;

/**
 * One of the Run panel's charts: a title, an axis and series that each sum some of the model's
 * weekly columns (snake_case, as experiments name them). A series whose columns the model does not
 * report is left out; a chart with no series left gives way to the next candidate of its slot
 * (see {@link #DEFAULT_SLOTS}).
 *
 * <p>Charts are drawn by the results module's {@link TimeSeriesChart}, as in the report: with
 * several replications each series is its mean with a 95% confidence band. While a replication
 * runs, the weeks it has closed are drawn as they close, so the chart grows with the simulation.
 *
 * @param id     control id suffix ({@code chart-<id>})
 * @param title  chart title
 * @param axis   value axis label
 * @param series the series
 */
public record LiveChart(String id, String title, String axis, List<Series> series) {

    /**
     * A series: a label, the weekly columns it sums, and what the model's daily report says of it
     * while a replication runs (null when the report does not carry it).
     */
    public record Series(String label, List<String> columns, ToDoubleFunction<Progress> daily) {
        public Series {
            columns = List.copyOf(columns);
        }

        static Series of(String label, ToDoubleFunction<Progress> daily, String... columns) {
            return new Series(label, List.of(columns), daily);
        }

        /** The columns the model reports. */
        public List<String> present() {
            List<String> known = Metrics.weeklyColumns();
            return columns.stream().filter(known::contains).toList();
        }
    }

    public LiveChart {
        series = List.copyOf(series);
    }

    /** The series the model reports. */
    public List<Series> available() {
        return series.stream().filter(s -> !s.present().isEmpty()).toList();
    }

    /**
     * The four chart slots of the Run panel, each with candidates in order of preference: certificate
     * demand, the issuance backlog, devices without valid certificates, and cost (devices deployed
     * where the model reports no cost).
     */
    public static final List<List<LiveChart>> DEFAULT_SLOTS = List.of(
            List.of(new LiveChart("demand", "Certificate demand", "Certificates per week", List.of(
                    Series.of("Requested", null, "pseudonym_requested", "application_requested"),
                    Series.of("Issued", null, "certificates_issued"),
                    Series.of("Pseudonyms downloaded", null, "pseudonym_downloaded")))),
            List.of(new LiveChart("backlog", "Issuance backlog", "Certificates waiting", List.of(
                    Series.of("Backlog at the week's end", p -> p.backlogCertificates(), "backlog_certificates"),
                    Series.of("Peak backlog in the week", null, "peak_backlog_certificates")))),
            List.of(new LiveChart("without", "Devices without valid certificates", "Devices", List.of(
                            Series.of("OBUs without a valid pseudonym", p -> p.obusWithoutCertificate(), "obus_out_of_certificates"),
                            Series.of("RSUs without a valid certificate", null, "rsus_out_of_certificates"))),
                    new LiveChart("without", "Certificates late for their week", "Certificates", List.of(
                            Series.of("Issued after their week began", null, "late_certificates")))),
            List.of(new LiveChart("cost", "Cost per week", "Cost", List.of(Series.of("Cost", null, "cost"))),
                    new LiveChart("cost", "Devices deployed", "Devices", List.of(
                            Series.of("OBUs active", p -> p.obusActive(), "obus_active"),
                            Series.of("RSUs active", null, "rsus_active")))));

    /** The first candidate of each slot that the model can fill. */
    public static List<LiveChart> resolve(List<List<LiveChart>> slots) {
        List<LiveChart> out = new ArrayList<>();
        for (List<LiveChart> slot : slots) {
            slot.stream().filter(c -> !c.available().isEmpty()).findFirst().ifPresent(out::add);
        }
        return out;
    }

    /**
     * This chart for the finished replications (null before the first ends) and the weeks closed
     * so far by the replication still running (null when none).
     */
    public JFreeChart build(String scenario, Arm finished, int running, Arm runningWeeks) {
        TimeSeriesChart c = TimeSeriesChart.titled(title + (scenario.isEmpty() ? "" : ": " + scenario)).xAxis("Week").leftAxis(axis);
        for (Series s : available()) {
            if (finished != null) {
                Arm.Band b = finished.weekly(s.present());
                if (finished.size() > 1) {
                    c.band(s.label() + " (mean, 95% CI, " + finished.size() + " replications)", b.dates(), b.mean(), b.lower(), b.upper());
                } else {
                    c.line(s.label(), b.dates(), b.mean());
                }
            }
        }
        if (running >= 0 && runningWeeks != null) {
            for (Series s : available()) {
                Arm.Band b = runningWeeks.weekly(s.present());
                c.line(s.label() + (finished == null ? "" : ", replication " + (running + 1)) + " (running)", b.dates(), b.mean());
            }
        }
        return c.build();
    }
}
