package org.scmsim.results.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scmsim.results.chart.ComparisonChart;
import org.scmsim.results.chart.SweepChart;
import org.scmsim.results.data.Estimate;
import org.scmsim.results.data.ResultData.Arm;
import org.scmsim.results.data.TimeTable;
import org.scmsim.results.report.Report.Block;
import org.scmsim.results.report.Report.Figure;
import org.scmsim.results.report.Report.Paragraph;
import org.scmsim.results.report.Report.Section;
import org.scmsim.results.report.Report.TableBlock;

/** Section "Comparison of the arms" of an experiment: each figure per arm with its 95% CI; sweeps as lines. */
final class ComparisonSection {

    /** Figures a planner compares first, when the runs recorded them. */
    static final List<String> KEY = List.of("obu_hours_without_certificate", "rsu_hours_without_certificate",
            "unsigned_driving_hours", "mean_response_seconds", "peak_backlog_certificates", "late_certificates",
            "certificates_issued", "total_cost");

    /** Most figures compared in the table and charts. */
    static final int MAX_KEY = 10;

    private ComparisonSection() {
    }

    static Section build(ReportContext ctx) {
        Map<String, Arm> arms = ctx.data.arms();
        Set<String> all = new LinkedHashSet<>();
        arms.values().forEach(a -> all.addAll(a.metrics().keySet()));
        List<String> key = new ArrayList<>(KEY.stream().filter(all::contains).toList());
        for (String m : all) {
            if (key.size() >= MAX_KEY) {
                break;
            }
            if (!key.contains(m) && !m.equals("events_processed") && differs(arms, m)) {
                key.add(m);
            }
        }
        List<Block> b = new ArrayList<>();
        b.add(new Paragraph("Each cell of the experiment (an arm at a sweep point) ran " + ctx.data.replications()
                + " replications on common random numbers. Figures are mean ± half-width of the 95% confidence interval over "
                + "the replications. Shown: the figures a planner compares first, then those that differ between cells by "
                + "more than their intervals; every figure of every cell is in the experiment's summary.csv."));
        List<String> cols = new ArrayList<>(List.of("Arm", "Changes from the base scenario"));
        key.forEach(k -> cols.add(CapacitySection.label(k)));
        Table t = new Table(cols);
        for (Arm a : arms.values()) {
            List<Object> row = new ArrayList<>(List.of(a.name(), a.changes().isEmpty() ? "(base)" : String.join("; ", a.changes())));
            for (String k : key) {
                Estimate e = a.metrics().get(k);
                row.add(e == null ? "–" : k.contains("seconds") ? Fmt.secondsEst(e)
                        : k.contains("utilisation") ? Fmt.pctEst(e) : Fmt.est(e));
            }
            t.row(row.toArray());
        }
        b.add(new TableBlock("comparison", "The arms compared", t, "experiment summary: simulated metrics, mean ± 95% CI half-width"));

        org.scmsim.results.data.Rows diffs = ctx.data.extras().get("differences.csv");
        if (diffs != null && diffs.has("metric") && diffs.has("mean_difference")) {
            Table d = Table.of("Cell", "Against baseline cell", "Figure", "Paired difference", "95% CI", "Reading");
            for (Map<String, String> r : diffs.rows()) {
                String m = r.get("metric");
                if (!key.contains(m)) {
                    continue;
                }
                var mean = org.scmsim.results.data.Rows.number(r, "mean_difference");
                var lo = org.scmsim.results.data.Rows.number(r, "ci95_lower");
                var hi = org.scmsim.results.data.Rows.number(r, "ci95_upper");
                if (mean.isEmpty()) {
                    continue;
                }
                String reading = lo.isEmpty() || hi.isEmpty() ? "no interval"
                        : lo.getAsDouble() > 0 ? "higher than the baseline" : hi.getAsDouble() < 0 ? "lower than the baseline"
                        : "no difference shown";
                d.row(r.getOrDefault("cell", ""), r.getOrDefault("baseline_cell", ""), CapacitySection.label(m),
                        Fmt.num(mean.getAsDouble()), lo.isPresent() && hi.isPresent()
                                ? "[" + Fmt.num(lo.getAsDouble()) + ", " + Fmt.num(hi.getAsDouble()) + "]" : "–", reading);
            }
            if (!d.rows().isEmpty()) {
                b.add(new TableBlock("differences", "Paired differences from the baseline (common random numbers)", d,
                        "differences.csv: per replication, cell minus its baseline cell on the same random numbers; "
                                + "mean with 95% CI"));
            }
        }
        boolean sweep = arms.values().stream().allMatch(a -> a.sweep().isPresent());
        for (String k : key) {
            Map<String, Estimate> byArm = new LinkedHashMap<>();
            arms.forEach((n, a) -> Optional.ofNullable(a.metrics().get(k)).ifPresent(e -> byArm.put(n, e)));
            if (byArm.isEmpty()) {
                continue;
            }
            String slug = k.replace('_', '-');
            if (sweep) {
                String field = arms.values().iterator().next().sweep().get().field();
                SweepChart s = SweepChart.titled(CapacitySection.label(k) + " over " + field, field, CapacitySection.label(k));
                arms.forEach((n, a) -> Optional.ofNullable(a.metrics().get(k)).ifPresent(e ->
                        s.point(a.sweep().get().series(), a.sweep().get().value(), e.mean(), e.lower(), e.upper())));
                b.add(new Figure("sweep-" + slug, CapacitySection.label(k) + " over the swept field " + field, s.build(),
                        "experiment summary, metric " + k + " (mean with 95% CI)"));
            } else {
                b.add(new Figure("compare-" + slug, CapacitySection.label(k) + " per arm",
                        ComparisonChart.metric(CapacitySection.label(k) + " per arm", CapacitySection.label(k), byArm),
                        "experiment summary, metric " + k + " (mean with 95% CI)"));
            }
        }
        Map<String, TimeTable> series = new LinkedHashMap<>();
        arms.forEach((n, a) -> a.weekly().ifPresent(w -> series.put(n, w)));
        for (String col : List.of("peak_backlog_certificates", "certificates_issued", "obu_hours_without_certificates")) {
            ComparisonChart.timeSeries(CapacitySection.label(col) + " per week, by arm", CapacitySection.label(col), series, col)
                    .ifPresent(c -> b.add(new Figure("compare-weekly-" + col.replace('_', '-'),
                            CapacitySection.label(col) + " per week, one series per arm with its 95% CI band", c,
                            "experiment time series (mean over replications with 95% CI)")));
        }
        return new Section("comparison", "Comparison of the arms", b);
    }

    /** True when the metric's means differ between cells by more than their confidence intervals allow. */
    static boolean differs(Map<String, Arm> arms, String metric) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double half = 0;
        for (Arm a : arms.values()) {
            Estimate e = a.metrics().get(metric);
            if (e == null || Double.isNaN(e.mean())) {
                continue;
            }
            lo = Math.min(lo, e.mean());
            hi = Math.max(hi, e.mean());
            half = Math.max(half, e.hasInterval() ? e.halfWidth() : 0);
        }
        return hi > lo && hi - lo > half;
    }
}
