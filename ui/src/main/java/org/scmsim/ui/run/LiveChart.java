package org.scmsim.ui.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.WeekRow;
import org.scmsim.results.chart.TimeSeriesChart;

/**
 * One of the Run panel's charts: a title, an axis and series that each sum some of the model's
 * weekly columns. A series whose columns the model does not report is left out; a chart with no
 * series left gives way to the next candidate of its slot (see {@link #DEFAULT_SLOTS}).
 *
 * <p>Charts are drawn by the results module's {@link TimeSeriesChart}, as in the report: with
 * several replications each series is its mean with a 95% confidence band, and the replication
 * still running is drawn as a thin line over it.
 *
 * @param id     control id suffix ({@code chart-<id>})
 * @param title  chart title
 * @param axis   value axis label
 * @param series the series
 */
public record LiveChart(String id, String title, String axis, List<Series> series) {

    /** A series: a label and the weekly columns it sums. */
    public record Series(String label, List<String> columns) {
        public Series {
            columns = List.copyOf(columns);
        }

        static Series of(String label, String... columns) {
            return new Series(label, List.of(columns));
        }

        List<String> present() {
            return columns.stream().filter(WeeklyValues::has).toList();
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
     * demand, the issuance backlog, devices without valid certificates (certificates late for their
     * week where the model does not count devices), and cost (devices deployed where the scenario
     * has no pricing).
     */
    public static final List<List<LiveChart>> DEFAULT_SLOTS = List.of(
            List.of(new LiveChart("demand", "Certificate demand", "Certificates per week", List.of(
                    Series.of("Requested", "pseudonymRequested", "applicationRequested", "identificationRequested"),
                    Series.of("Issued", "certificatesIssued")))),
            List.of(new LiveChart("backlog", "Issuance backlog", "Certificates waiting", List.of(
                    Series.of("Peak backlog in the week", "peakBacklogCertificates"),
                    Series.of("Backlog at the week's end", "backlogCertificates")))),
            List.of(new LiveChart("without", "Devices without valid certificates", "Devices", List.of(
                            Series.of("OBUs without a valid pseudonym", "obusWithoutCertificates"),
                            Series.of("RSUs without a valid certificate", "rsusWithoutCertificates"))),
                    new LiveChart("without", "Certificates late for their week", "Certificates", List.of(
                            Series.of("Issued after their week began", "lateCertificates")))),
            List.of(new LiveChart("cost", "Cost per week", "Cost", List.of(Series.of("Cost", "cost"))),
                    new LiveChart("cost", "Devices deployed", "Devices", List.of(
                            Series.of("OBUs", "obusActive"), Series.of("RSUs", "rsusActive")))));

    /** The first candidate of each slot that the model can fill. */
    public static List<LiveChart> resolve(List<List<LiveChart>> slots) {
        List<LiveChart> out = new ArrayList<>();
        for (List<LiveChart> slot : slots) {
            slot.stream().filter(c -> !c.available().isEmpty()).findFirst().ifPresent(out::add);
        }
        return out;
    }

    /** This chart for the finished replications and, if any, the one still running. */
    public JFreeChart build(String scenario, List<RunResult> finished, int running, List<WeekRow> runningWeeks) {
        TimeSeriesChart c = TimeSeriesChart.titled(title + (scenario.isEmpty() ? "" : ": " + scenario)).xAxis("Week").leftAxis(axis);
        RunSet set = finished.isEmpty() ? null : new RunSet(scenario.isEmpty() ? "run" : scenario, null, finished, RunSet.Outcome.COMPLETED);
        for (Series s : available()) {
            if (set != null) {
                RunSet.Band b = set.weekly(s.present());
                if (set.size() > 1) {
                    c.band(s.label() + " (mean, 95% CI, " + set.size() + " replications)", b.dates(), b.mean(), b.lower(), b.upper());
                } else {
                    c.line(s.label(), b.dates(), b.mean());
                }
            }
            if (running >= 0 && !runningWeeks.isEmpty()) {
                List<LocalDate> dates = runningWeeks.stream().map(WeekRow::start).toList();
                c.line(s.label() + (set == null ? "" : " (replication " + (running + 1) + ", running)"), dates,
                        WeeklyValues.sum(runningWeeks, s.present()));
            }
        }
        return c.build();
    }
}
