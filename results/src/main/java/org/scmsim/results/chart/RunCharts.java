package org.scmsim.results.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.WeekRow;
import org.scmsim.results.data.Columns;
import org.scmsim.results.data.TimeTable;

/**
 * The planning charts of one run held in memory (the dashboard), the same charts the report
 * draws from a run folder's files: each present only when the run recorded its data.
 */
public final class RunCharts {

    private RunCharts() {
    }

    /** The run's weekly rows as the table the charts read, with the derived columns added. */
    public static TimeTable weekly(RunResult r) {
        return Columns.derive(TimeTable.ofRecords(r.weeks(), WeekRow::start));
    }

    /** Chart name to chart, in reading order: demand, component load, devices without certificates, CRL. */
    public static Map<String, JFreeChart> of(RunResult r, List<ShadedPeriod> shaded) {
        TimeTable t = weekly(r);
        Map<String, JFreeChart> out = new LinkedHashMap<>();
        CertificateDemandChart.weekly(r.scenario() + ": certificates per week by type", t, shaded).ifPresent(c -> out.put("demand-weekly", c));
        for (ComponentLoadChart.Measure m : ComponentLoadChart.Measure.values()) {
            ComponentLoadChart.of(t, m, shaded).ifPresent(c -> out.put("load-" + m.name().toLowerCase(java.util.Locale.ROOT), c));
        }
        CertificateGapChart.of(t, shaded).ifPresent(c -> out.put("devices-without-certificates", c));
        CrlChart.sizeAndReach(t, shaded).ifPresent(c -> out.put("crl", c));
        return out;
    }
}
