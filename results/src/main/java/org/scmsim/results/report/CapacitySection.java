package org.scmsim.results.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scmsim.results.chart.ComponentLoadChart;
import org.scmsim.results.data.Columns;
import org.scmsim.results.data.Estimate;
import org.scmsim.results.data.TimeTable;
import org.scmsim.results.report.Report.Block;
import org.scmsim.results.report.Report.Figure;
import org.scmsim.results.report.Report.Paragraph;
import org.scmsim.results.report.Report.Section;
import org.scmsim.results.report.Report.TableBlock;

/**
 * Section "Capacity": the load the SCMS must sustain per component (peak and 95th-percentile
 * requests and certificates per second), bytes per day, and the service level the simulated
 * capacity gives.
 */
final class CapacitySection {

    private CapacitySection() {
    }

    /** A column of a time series and the file it came from. */
    private record Measured(TimeTable table, String column, String file) {
        double[] rate() {
            return CapacitySection.rate(table.column(column), periodSeconds(table));
        }

        String source() {
            return table.provenance(column) + " (" + file + ")";
        }
    }

    /** The column in the daily series if it has it, else in the weekly one. */
    private static Optional<Measured> measured(ReportContext ctx, String component, String measure) {
        if (ctx.data.daily().isPresent()) {
            TimeTable d = ctx.data.daily().get();
            Optional<String> c = Columns.component(d, component, measure);
            if (c.isPresent()) {
                return Optional.of(new Measured(d, c.get(), ctx.seriesSource("daily.csv")));
            }
        }
        return Columns.component(ctx.weekly(), component, measure).map(c -> new Measured(ctx.weekly(), c, ctx.weeklySource()));
    }

    static Section build(ReportContext ctx) {
        TimeTable t = ctx.data.finest();
        String file = ctx.data.daily().isPresent() ? "daily.csv" : ctx.data.weeklyFile();
        String resolution = ctx.data.daily().isPresent() ? "day" : "week";
        double[] seconds = periodSeconds(t);
        List<Block> b = new ArrayList<>();
        b.add(new Paragraph("The load on each SCMS component, as rates averaged over each simulated day where the run "
                + "recorded the figure per day, else per week: the peak is the busiest period, the 95th percentile the rate "
                + "that 95% of periods stayed under. Rates inside a period can be higher than its average; the waiting "
                + "times and utilisation show whether the capacity absorbed them."));

        Table load = Table.of("Component", "Requests/s peak", "Requests/s p95", "Certificates/s peak", "Certificates/s p95",
                "Peak backlog", "Utilisation", "Mean wait", "From");
        java.util.LinkedHashSet<String> comps = new java.util.LinkedHashSet<>(Columns.components(ctx.weekly()));
        ctx.data.daily().ifPresent(d -> comps.addAll(Columns.components(d)));
        for (String c : comps) {
            Optional<Measured> req = measured(ctx, c, "requests");
            Optional<Measured> cert = measured(ctx, c, "certificates");
            Optional<Measured> backlog = measured(ctx, c, "peak_backlog").or(() -> measured(ctx, c, "backlog"));
            Optional<Estimate> util = ctx.data.metric(c + "_utilisation");
            Optional<Estimate> wait = ctx.data.metric(c + "_mean_wait_seconds", c + "_wait_seconds");
            if (c.equals(Columns.WHOLE)) {
                wait = ctx.data.metric("mean_response_seconds");
            } else if (c.equals("pca") && wait.isEmpty()) {
                wait = ctx.data.metric("mean_queue_wait_seconds");   // the PCA's queue wait in the run summary
            }
            List<String> from = new ArrayList<>();
            req.ifPresent(m -> from.add(m.source()));
            cert.ifPresent(m -> from.add(m.source()));
            backlog.ifPresent(m -> from.add(m.source()));
            util.ifPresent(e -> from.add(e.provenance()));
            wait.ifPresent(e -> from.add(e.provenance()));
            double[] reqRate = req.map(Measured::rate).orElse(null);
            double[] certRate = cert.map(Measured::rate).orElse(null);
            load.row(Columns.componentLabel(c, ctx.weekly()),
                    reqRate == null ? "–" : Fmt.num(max(reqRate)), reqRate == null ? "–" : Fmt.num(percentile(reqRate, 0.95)),
                    certRate == null ? "–" : Fmt.num(max(certRate)), certRate == null ? "–" : Fmt.num(percentile(certRate, 0.95)),
                    backlog.map(m -> Fmt.num(max(m.table().column(m.column())))).orElse("–"),
                    util.map(Fmt::pctEst).orElse("–"), wait.map(Fmt::secondsEst).orElse("–"), String.join("; ", from));
        }
        if (comps.isEmpty()) {
            b.add(new Paragraph("Load per SCMS component: " + Fmt.NOT_SIMULATED + " (no component columns in " + file + ")."));
        } else {
            b.add(new TableBlock("capacity-load", "Load per SCMS component", load,
                    "simulated columns and metrics named in the last column; rate = count in the period / its length in seconds"));
        }

        Table bytes = Table.of("Traffic", "Peak per day", "95th percentile per day", "Mean per day", "Source");
        traffic(bytes, "Certificate download bytes (OBUs, all channels)", Columns.downloadBytes(t), t, seconds, ctx.seriesSource(file));
        if (!t.has("bytes_backhaul") && ctx.weekly().has("bytes_backhaul")) {
            traffic(bytes, "RSU application certificate bytes (backhaul)", Optional.of("bytes_backhaul"), ctx.weekly(),
                    periodSeconds(ctx.weekly()), ctx.weeklySource());
        } else {
            traffic(bytes, "RSU application certificate bytes (backhaul)", t.first("bytes_backhaul"), t, seconds, ctx.seriesSource(file));
        }
        org.scmsim.results.data.Rows crls = ctx.data.extras().get("crl.csv");
        // runs write the weekly crl_bytes column always; it means something only when CRLs were issued
        Optional<Estimate> crlsIssued = Optional.ofNullable(ctx.data.metrics().get("crls_issued"));
        if (crlsIssued.isPresent() && !(crlsIssued.get().mean() > 0)) {
            traffic(bytes, "CRL download bytes", Optional.empty(), t, seconds, ctx.seriesSource(file));
        } else if (Columns.crlBytesMoved(t).isEmpty() && Columns.crlBytesMoved(ctx.weekly()).isPresent()) {
            // the run counts CRL bytes as OBUs receive them at their contacts, by week
            traffic(bytes, "CRL bytes to OBUs (received at their contacts)", Columns.crlBytesMoved(ctx.weekly()),
                    ctx.weekly(), periodSeconds(ctx.weekly()), ctx.weeklySource());
        } else if (Columns.crlBytesMoved(t).isEmpty() && crls != null && crls.has("bytes") && crls.has("obus_active") && crls.has("issued_seconds")) {
            // each CRL goes to every active OBU: its bytes times the OBUs it was to reach, on its day of issue
            int days = (int) Math.max(1, Math.ceil(Arrays.stream(periodSeconds(ctx.weekly())).sum() / 86400));
            double[] perDay = new double[days];
            for (java.util.Map<String, String> r : crls.rows()) {
                int d = (int) Math.min(days - 1, Math.floor(org.scmsim.results.data.Rows.number(r, "issued_seconds").orElse(0) / 86400));
                perDay[d] += org.scmsim.results.data.Rows.number(r, "bytes").orElse(0)
                        * org.scmsim.results.data.Rows.number(r, "obus_active").orElse(0);
            }
            double mean = Arrays.stream(perDay).average().orElse(Double.NaN);
            bytes.row("CRL bytes to OBUs (every active OBU gets each CRL)", Fmt.bytes(max(perDay)), Fmt.bytes(percentile(perDay, 0.95)),
                    Fmt.bytes(mean), "crl.csv bytes × obus_active per CRL, by day of issue");
        } else {
            traffic(bytes, "CRL download bytes", Columns.crlBytesMoved(t), t, seconds, ctx.seriesSource(file));
        }
        b.add(new TableBlock("capacity-bytes", "Bytes the devices download per day", bytes,
                "simulated columns of " + ctx.seriesSource(file) + " (bytes per " + resolution + " ÷ days in it)"));

        b.add(sla(ctx, t));
        b.add(slaTable(ctx, t));
        availability(ctx).ifPresent(b::add);
        for (ComponentLoadChart.Measure m : ComponentLoadChart.Measure.values()) {
            ComponentLoadChart.of(ctx.weekly(), m, ctx.shaded()).ifPresent(c -> b.add(new Figure(
                    "load-" + m.name().toLowerCase(java.util.Locale.ROOT), m.title() + " per SCMS component, disruptions shaded", c,
                    ctx.weeklySource())));
        }
        for (ComponentLoadChart.Measure m : ComponentLoadChart.Measure.values()) {
            if (ComponentLoadChart.of(ctx.weekly(), m, List.of()).isEmpty()) {
                b.add(new Paragraph(m.title() + " per component over time: " + Fmt.NOT_SIMULATED + " (no such weekly column)."));
            }
        }
        return new Section("capacity", "Capacity and service level", b);
    }

    private static void traffic(Table bytes, String label, Optional<String> col, TimeTable t, double[] seconds, String source) {
        if (col.isEmpty()) {
            bytes.row(label, Fmt.NOT_SIMULATED, "–", "–", "–");
            return;
        }
        double[] perDay = rate(t.column(col.get()), seconds);
        for (int i = 0; i < perDay.length; i++) {
            perDay[i] *= 86400;
        }
        double mean = Arrays.stream(perDay).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
        bytes.row(label, Fmt.bytes(max(perDay)), Fmt.bytes(percentile(perDay, 0.95)), Fmt.bytes(mean), t.provenance(col.get()) + " in " + source);
    }

    /** The service level the simulated capacity gives, in words. */
    private static Paragraph sla(ReportContext ctx, TimeTable t) {
        StringBuilder s = new StringBuilder("Service level. ");
        List<String> caps = new ArrayList<>();
        for (Map.Entry<String, String> e : ReportContext.leaves("scms", ctx.data.field("scms")).entrySet()) {
            if (e.getKey().matches(".*(throughput|servers|workers|capacity|hsms).*")) {
                caps.add(e.getKey() + " = " + e.getValue());
            }
        }
        s.append("With the simulated capacity (").append(caps.isEmpty() ? "scenario fields scms.*" : String.join(", ", caps)).append(')');
        Optional<Estimate> mean = ctx.data.metric("mean_response_seconds", "pca_mean_response_seconds", "mean_wait_seconds");
        Optional<Estimate> max = ctx.data.metric("max_response_seconds", "pca_max_response_seconds", "max_wait_seconds");
        if (mean.isPresent()) {
            s.append(", a certificate request took ").append(Fmt.secondsEst(mean.get())).append(" on average from request to issue");
            max.ifPresent(m -> s.append(" and at most ").append(Fmt.secondsEst(m)));
            Optional<String> weeklyMean = Columns.component(t, "pca", "wait_seconds");
            weeklyMean.ifPresent(col -> s.append("; the weekly mean stayed under ")
                    .append(Fmt.seconds(percentile(t.column(col), 0.95))).append(" in 95% of weeks"));
            s.append('.');
            max.ifPresent(m -> s.append(" A requirement that certificates be issued within ").append(Fmt.seconds(m.upper()))
                    .append(" of the request is met at this capacity for this deployment curve."));
            ctx.data.metric("late_certificates").ifPresent(l -> s.append(' ').append(Fmt.est(l))
                    .append(" certificates were issued after the week they were asked for in advance had begun."));
        } else {
            s.append(", request-to-issue times were ").append(Fmt.NOT_SIMULATED).append('.');
        }
        return new Paragraph(s.toString());
    }

    /** Every simulated figure about waiting, backlog and utilisation, with its CI. */
    private static TableBlock slaTable(ReportContext ctx, TimeTable t) {
        Table sla = Table.of("Figure", "Value", "Source");
        for (Estimate e : ctx.data.metrics().values()) {
            String m = e.metric();
            if (m.contains("response") || m.contains("wait")) {
                sla.row(label(m), Fmt.secondsEst(e), e.provenance());
            } else if (m.contains("utilisation") || m.contains("utilization")) {
                sla.row(label(m), Fmt.pctEst(e), e.provenance());
            } else if (m.contains("backlog") || m.startsWith("late") || m.contains("_late")) {
                sla.row(label(m), Fmt.est(e), e.provenance());
            }
        }
        for (Map.Entry<String, String> e : ReportContext.leaves("scms", ctx.data.field("scms")).entrySet()) {
            sla.row("Configured: " + e.getKey(), e.getValue(), ReportContext.field(e.getKey()));
        }
        return new TableBlock("capacity-sla", "Service level given by the simulated capacity", sla,
                "simulated metrics (summary) and scenario fields scms.*, as named per row");
    }

    /**
     * Uptime each component is configured for: steady-state availability MTBF / (MTBF + MTTR)
     * times the share of time outside scheduled maintenance (closed form from scenario fields), and
     * the outages the run simulated.
     */
    private static Optional<TableBlock> availability(ReportContext ctx) {
        Table t = Table.of("Component", "Servers", "MTBF", "MTTR", "Maintenance", "Configured availability", "Source");
        for (String c : Columns.COMPONENTS) {
            com.fasterxml.jackson.databind.JsonNode n = ctx.data.field("scms." + c);
            if (!n.isObject() || !n.has("mtbf")) {
                continue;
            }
            double mtbf = seconds(n.path("mtbf").asText());
            double mttr = seconds(n.path("mttr").asText());
            double every = seconds(n.path("maintenanceEvery").asText("PT0S"));
            double length = seconds(n.path("maintenanceLength").asText("PT0S"));
            double up = (mtbf > 0 ? mtbf / (mtbf + mttr) : 1.0) * (every > 0 ? 1 - length / every : 1.0);
            t.row(Columns.componentLabel(c, ctx.weekly()), n.path("servers").asText("–"),
                    mtbf > 0 ? Fmt.seconds(mtbf) : "never fails", mtbf > 0 ? Fmt.seconds(mttr) : "–",
                    every > 0 ? Fmt.seconds(length) + " every " + Fmt.seconds(every) : "none",
                    Double.isNaN(up) ? "–" : Fmt.pct(up), "scenario fields scms." + c + ".mtbf, .mttr, .maintenanceEvery, .maintenanceLength");
        }
        if (t.rows().isEmpty()) {
            return Optional.empty();
        }
        ctx.data.metric("component_outages").ifPresent(e -> t.row("Outages simulated (all components)", "", "", "", "", Fmt.est(e),
                e.provenance()));
        return Optional.of(new TableBlock("availability", "Uptime the SCMS components are configured for", t,
                "closed form from scenario fields: MTBF / (MTBF + MTTR) × (1 − maintenance length / interval); "
                        + "outages: simulated metric"));
    }

    private static double seconds(String iso) {
        try {
            return java.time.Duration.parse(iso).toMillis() / 1000.0;
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return java.time.Period.parse(iso).getDays() * 86400.0;
            } catch (java.time.format.DateTimeParseException e2) {
                return Double.NaN;
            }
        }
    }

    static String label(String metric) {
        StringBuilder b = new StringBuilder();
        for (String w : metric.split("_")) {
            if (w.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            String stem = w.endsWith("s") ? w.substring(0, w.length() - 1) : "";
            b.append(ACRONYMS.contains(w) ? w.toUpperCase(java.util.Locale.ROOT)
                    : ACRONYMS.contains(stem) ? stem.toUpperCase(java.util.Locale.ROOT) + "s" : w);
        }
        String s = b.toString();
        return s.isEmpty() ? metric : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static final java.util.Set<String> ACRONYMS = java.util.Set.of("pca", "ra", "eca", "la1", "la2", "ma", "crl",
            "crlg", "obu", "rsu", "sla", "hsm", "lpf", "lccf", "ca");

    /** Each period's length in seconds: the {@code days} column, else the gap to the next date. */
    static double[] periodSeconds(TimeTable t) {
        if (t.has("days")) {
            double[] d = t.column("days");
            for (int i = 0; i < d.length; i++) {
                d[i] *= 86400;
            }
            return d;
        }
        double[] s = new double[t.size()];
        for (int i = 0; i < s.length; i++) {
            long days = i + 1 < s.length ? t.dates().get(i).until(t.dates().get(i + 1), java.time.temporal.ChronoUnit.DAYS)
                    : (i > 0 ? t.dates().get(i - 1).until(t.dates().get(i), java.time.temporal.ChronoUnit.DAYS) : 1);
            s[i] = Math.max(1, days) * 86400.0;
        }
        return s;
    }

    static double[] rate(double[] counts, double[] seconds) {
        double[] r = new double[counts.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = seconds[i] > 0 ? counts[i] / seconds[i] : Double.NaN;
        }
        return r;
    }

    static double max(double[] v) {
        return Arrays.stream(v).filter(x -> !Double.isNaN(x)).max().orElse(Double.NaN);
    }

    /** Nearest-rank percentile of the non-NaN values. */
    static double percentile(double[] v, double p) {
        double[] s = Arrays.stream(v).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (s.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }
}
