package org.scmsim.results.chart;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.scmsim.results.data.Columns;
import org.scmsim.results.data.Columns.CertificateType;
import org.scmsim.results.data.TimeTable;

/**
 * Certificate demand by type (pseudonym, identification, application, enrollment): per week with
 * the deployment curve (OBUs and RSUs active) on a second axis, and per year as grouped bars.
 */
public final class CertificateDemandChart {

    private CertificateDemandChart() {
    }

    /** Per period, one step line per certificate type in the table; empty when none is. */
    public static Optional<JFreeChart> weekly(String title, TimeTable t, List<ShadedPeriod> shaded) {
        TimeSeriesChart c = TimeSeriesChart.titled(title).xAxis("Week").leftAxis("Certificates per week");
        boolean any = false;
        for (CertificateType type : CertificateType.values()) {
            Optional<String> col = Columns.certificates(t, type);
            if (col.isPresent()) {
                c.steps(type.label(), t.dates(), t.column(col.get()));
                any = true;
            }
        }
        if (!any) {
            return Optional.empty();
        }
        if (t.has(Columns.OBUS_ACTIVE) || t.has(Columns.RSUS_ACTIVE)) {
            c.rightAxis("Devices deployed").integers();
            if (t.has(Columns.OBUS_ACTIVE)) {
                c.line("OBUs deployed", t.dates(), t.column(Columns.OBUS_ACTIVE));
            }
            if (t.has(Columns.RSUS_ACTIVE)) {
                c.line("RSUs deployed", t.dates(), t.column(Columns.RSUS_ACTIVE));
            }
        }
        shaded.forEach(p -> c.shade(p.from(), p.to(), p.label()));
        return Optional.of(c.build());
    }

    /** Per year (category), one bar per certificate type (series): {@code year -> type label -> count}. */
    public static JFreeChart yearly(String title, Map<String, Map<String, Double>> byYear) {
        CategoryChart c = CategoryChart.titled(title).axes("Year", "Certificates");
        byYear.forEach((year, byType) -> byType.forEach((type, v) -> c.value(type, year, v)));
        return c.build();
    }
}
