package org.scmsim.results.chart;

import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.scmsim.results.data.Columns;
import org.scmsim.results.data.TimeTable;

/**
 * Devices without valid certificates (OBUs, RSUs) at each period's end on the left axis, and the
 * device-hours they spent so in the period on the right, disruptions shaded.
 */
public final class CertificateGapChart {

    private CertificateGapChart() {
    }

    public static Optional<JFreeChart> of(TimeTable t, List<ShadedPeriod> shaded) {
        Optional<String> obus = Columns.obusWithout(t);
        Optional<String> rsus = Columns.rsusWithout(t);
        Optional<String> obuHours = Columns.obuHoursWithout(t);
        Optional<String> rsuHours = Columns.rsuHoursWithout(t);
        if (obus.isEmpty() && rsus.isEmpty() && obuHours.isEmpty() && rsuHours.isEmpty()) {
            return Optional.empty();
        }
        TimeSeriesChart c = TimeSeriesChart.titled("Devices without valid certificates").xAxis("Week");
        if (obus.isPresent() || rsus.isPresent()) {
            c.leftAxis("Devices without certificates").integers();
            obus.ifPresent(col -> c.steps("OBUs without certificates", t.dates(), t.column(col)));
            rsus.ifPresent(col -> c.steps("RSUs without certificates", t.dates(), t.column(col)));
        }
        if (obuHours.isPresent() || rsuHours.isPresent()) {
            if (obus.isPresent() || rsus.isPresent()) {
                c.rightAxis("Device-hours without certificates");
            } else {
                c.leftAxis("Device-hours without certificates");
            }
            obuHours.ifPresent(col -> c.line("OBU-hours without certificates", t.dates(), t.column(col)));
            rsuHours.ifPresent(col -> c.line("RSU-hours without certificates", t.dates(), t.column(col)));
        }
        shaded.forEach(p -> c.shade(p.from(), p.to(), p.label()));
        return Optional.of(c.build());
    }
}
