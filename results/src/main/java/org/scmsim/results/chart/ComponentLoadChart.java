package org.scmsim.results.chart;

import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.scmsim.results.data.Columns;
import org.scmsim.results.data.TimeTable;

/** Backlog, waiting time or utilisation of each SCMS component over time, disruptions shaded. */
public final class ComponentLoadChart {

    /** What is drawn, with the column measure it reads and its axis label. */
    public enum Measure {
        BACKLOG("peak_backlog", "backlog", "Backlog (certificates)", "Backlog"),
        WAIT("wait_seconds", null, "Waiting time (s)", "Waiting time"),
        UTILISATION("utilisation", null, "Utilisation (%)", "Utilisation");

        final String column;
        final String fallback;
        final String axis;
        final String title;

        Measure(String column, String fallback, String axis, String title) {
            this.column = column;
            this.fallback = fallback;
            this.axis = axis;
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private ComponentLoadChart() {
    }

    /** One line per component with the measure; empty when no component has it. */
    public static Optional<JFreeChart> of(TimeTable t, Measure m, List<ShadedPeriod> shaded) {
        TimeSeriesChart c = TimeSeriesChart.titled(m.title + " per SCMS component").xAxis("Week").leftAxis(m.axis);
        boolean any = false;
        for (String comp : Columns.components(t)) {
            Optional<String> col = Columns.component(t, comp, m.column);
            if (col.isEmpty() && m.fallback != null) {
                col = Columns.component(t, comp, m.fallback);
            }
            if (col.isPresent()) {
                double[] v = t.column(col.get());
                if (m == Measure.UTILISATION) {
                    for (int i = 0; i < v.length; i++) {
                        v[i] *= 100;
                    }
                }
                c.line(Columns.componentLabel(comp, t), t.dates(), v);
                any = true;
            }
        }
        if (!any) {
            return Optional.empty();
        }
        shaded.forEach(p -> c.shade(p.from(), p.to(), p.label()));
        return Optional.of(c.build());
    }
}
