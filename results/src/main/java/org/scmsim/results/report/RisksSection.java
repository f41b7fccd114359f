package org.scmsim.results.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.scmsim.results.chart.CertificateGapChart;
import org.scmsim.results.chart.CrlChart;
import org.scmsim.results.chart.ShadedPeriod;
import org.scmsim.results.data.Columns;
import org.scmsim.results.data.Estimate;
import org.scmsim.results.data.Rows;
import org.scmsim.results.data.TimeTable;
import org.scmsim.results.report.Report.Block;
import org.scmsim.results.report.Report.Figure;
import org.scmsim.results.report.Report.Paragraph;
import org.scmsim.results.report.Report.Section;
import org.scmsim.results.report.Report.TableBlock;

/**
 * Section "Risks": each disruption of the scenario with its impact, devices left without valid
 * certificates, the re-bootstrap cost after a CA key exposure, misbehavior and revocation.
 */
final class RisksSection {

    private static final Pattern EXPOSURE = Pattern.compile("(?i).*(re_?bootstrap|exposure|compromise|liability).*");
    private static final Pattern REVOCATION = Pattern.compile("(?i).*(crl|revoc|misbehav).*");

    private RisksSection() {
    }

    static Section build(ReportContext ctx) {
        List<Block> b = new ArrayList<>();
        b.add(new Paragraph("What can go wrong and what it costs (procurement resource §2.2.2: outages, CA key exposure "
                + "and re-bootstrapping, delays), as far as this run simulated it."));
        disruptions(ctx, b);
        shortfall(ctx, b);
        exposure(ctx, b);
        revocation(ctx, b);
        return new Section("risks", "Risks", b);
    }

    private static void disruptions(ReportContext ctx, List<Block> b) {
        if (ctx.disruptions.isEmpty()) {
            b.add(new Paragraph("Disruptions: the scenario defines none, so their impact was " + Fmt.NOT_SIMULATED
                    + ". Add disruptions to the scenario (or compare arms with and without them) to see their impact."));
            return;
        }
        Rows impact = ctx.data.extras().get("disruptions.csv");
        TimeTable w = ctx.weekly();
        Table t = Table.of("Disruption", "Period", "As defined", "OBU-hours without certificates",
                "RSU-hours without certificates", "Recovery time", "Devices affected", "Devices re-bootstrapped",
                "Certificates lost", "Added cost", "Paid by", "Other effects");
        for (ReportContext.Disruption d : ctx.disruptions) {
            Optional<Map<String, String>> row = impact == null ? Optional.empty() : impact.rows().stream()
                    .filter(r -> d.name().equals(r.getOrDefault("name", r.getOrDefault("disruption", "")))).findFirst();
            String period = d.period().map(p -> p.from() + " to " + p.to()).orElse("–");
            String defined = String.join("; ", d.fields().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).toList());
            String obuHours = fromRow(row, "obu_hours_without_certificate").or(() -> fromRow(row, "obu_hours_without_certificates")).map(Fmt::num)
                    .orElseGet(() -> row.isPresent() ? "–" : inWindow(w, Columns.obuHoursWithout(w), d.period()));
            String rsuHours = fromRow(row, "rsu_hours_without_certificate").or(() -> fromRow(row, "rsu_hours_without_certificates")).map(Fmt::num)
                    .orElseGet(() -> row.isPresent() ? "–" : inWindow(w, Columns.rsuHoursWithout(w), d.period()));
            String recovery = fromRow(row, "recovery_seconds").map(Fmt::seconds)
                    .or(() -> fromRow(row, "recovery_hours").map(h -> Fmt.seconds(h * 3600)))
                    .orElse(row.isPresent() && row.get().containsKey("recovery_seconds") ? "not recovered by the horizon" : Fmt.NOT_SIMULATED);
            String cost = fromRow(row, "added_cost").map(Fmt::num).orElse(Fmt.NOT_SIMULATED);
            String affected = fromRow(row, "devices_affected").map(Fmt::num).orElse(row.isPresent() ? "–" : Fmt.NOT_SIMULATED);
            String reboot = fromRow(row, "devices_rebootstrapped").map(Fmt::num).orElse(row.isPresent() ? "–" : Fmt.NOT_SIMULATED);
            String lost = fromRow(row, "certificates_lost").map(Fmt::num).orElse(row.isPresent() ? "–" : Fmt.NOT_SIMULATED);
            t.row(d.name(), period, defined, obuHours, rsuHours, recovery, affected, reboot, lost, cost,
                    row.map(r -> r.getOrDefault("payer", "–")).orElse("–"), otherEffects(row));
        }
        b.add(new TableBlock("risks-disruptions", "Disruptions and their impact", t,
                "scenario field disruptions (as defined); impact from "
                        + (impact != null ? "disruptions.csv (simulated)" : "the weekly series summed over the weeks overlapping each period ("
                        + ctx.weeklySource() + ")")));
    }

    /**
     * What else disruptions.csv measured for a disruption: duplicate requests it sent to the RA,
     * the RA's mean wait while it lasted, hours driven without a usable certificate (BSMs rejected).
     */
    private static String otherEffects(Optional<Map<String, String>> row) {
        List<String> parts = new java.util.ArrayList<>();
        fromRow(row, "requests_added").filter(v -> v > 0).ifPresent(v -> parts.add(Fmt.num(v) + " requests added at the RA"));
        fromRow(row, "ra_mean_wait_seconds").filter(v -> !v.isNaN()).ifPresent(v -> parts.add("RA mean wait " + Fmt.seconds(v)));
        fromRow(row, "unsigned_driving_hours").filter(v -> !v.isNaN() && v > 0)
                .ifPresent(v -> parts.add(Fmt.num(v) + " hours driven unsigned (BSMs rejected) until recovery, all causes"));
        return parts.isEmpty() ? "–" : String.join("; ", parts);
    }

    /** True when the metric exists and its mean is above zero. */
    private static boolean positive(ReportContext ctx, String metric) {
        Estimate e = ctx.data.metrics().get(metric);
        return e != null && e.mean() > 0;
    }

    private static Optional<Double> fromRow(Optional<Map<String, String>> row, String column) {
        if (row.isEmpty()) {
            return Optional.empty();
        }
        OptionalDouble v = Rows.number(row.get(), column);
        return v.isPresent() ? Optional.of(v.getAsDouble()) : Optional.empty();
    }

    private static String inWindow(TimeTable w, Optional<String> col, Optional<ShadedPeriod> period) {
        if (col.isEmpty() || period.isEmpty()) {
            return Fmt.NOT_SIMULATED;
        }
        double[] v = w.column(col.get());
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            java.time.LocalDate s = w.dates().get(i);
            if (s.plusDays(7).isAfter(period.get().from()) && s.isBefore(period.get().to()) && !Double.isNaN(v[i])) {
                sum += v[i];
            }
        }
        return Fmt.num(sum);
    }

    private static void shortfall(ReportContext ctx, List<Block> b) {
        Table t = Table.of("Figure", "Value", "Source");
        boolean obu = false;
        boolean rsu = false;
        for (Estimate e : ctx.data.metrics().values()) {
            String m = e.metric();
            if (m.startsWith("disruption_") && ctx.disruptions.isEmpty()) {
                continue;   // figures of disruptions the scenario does not have
            }
            if (m.contains("without") || m.startsWith("late") || m.contains("reuse") || m.contains("out_of_cert")
                    || m.contains("unsigned") || m.contains("outage") || m.contains("failure") || m.contains("refused")) {
                t.row(CapacitySection.label(m), Fmt.est(e), e.provenance());
                obu |= m.contains("obu") && m.contains("without");
                rsu |= m.contains("rsu") && m.contains("without");
            }
        }
        if (!obu) {
            t.row("OBU device-hours without valid certificates", Fmt.NOT_SIMULATED, "–");
        }
        if (!rsu) {
            t.row("RSU device-hours without valid certificates", Fmt.NOT_SIMULATED, "–");
        }
        b.add(new TableBlock("risks-shortfall", "Devices short of certificates", t, "simulated metrics as named per row"));
        CertificateGapChart.of(ctx.weekly(), ctx.shaded()).ifPresentOrElse(
                c -> b.add(new Figure("devices-without-certificates", "Devices and device-hours without valid certificates", c,
                        ctx.weeklySource())),
                () -> b.add(new Paragraph("Devices without valid certificates over time: " + Fmt.NOT_SIMULATED
                        + " (no such weekly column).")));
    }

    private static void exposure(ReportContext ctx, List<Block> b) {
        Table t = Table.of("Figure", "Value", "Source");
        ReportContext.leaves("", ctx.data.scenario()).forEach((k, v) -> {
            if (EXPOSURE.matcher(k).matches()) {
                t.row(k, v, ReportContext.field(k));
            }
        });
        // the re-bootstrap figures are in every run's summary; they mean something only after an exposure
        boolean exposed = positive(ctx, "rebootstrap_devices") || !ctx.data.metrics().containsKey("rebootstrap_devices");
        for (Estimate e : ctx.data.metrics().values()) {
            if (exposed && EXPOSURE.matcher(e.metric()).matches()) {
                t.row(CapacitySection.label(e.metric()), Fmt.est(e), e.provenance());
            }
        }
        if (t.rows().isEmpty()) {
            b.add(new Paragraph("CA private key exposure and the cost of re-bootstrapping all devices (the liability the "
                    + "procurement resource asks the provider to accept): " + Fmt.NOT_SIMULATED
                    + "; the scenario has no CA-exposure disruption or re-bootstrap cost."));
        } else {
            b.add(new TableBlock("risks-ca-exposure", "CA key exposure and re-bootstrap cost", t,
                    "scenario fields and simulated metrics as named per row"));
        }
    }

    private static void revocation(ReportContext ctx, List<Block> b) {
        Table t = Table.of("Figure", "Value", "Source");
        // the misbehaviour figures are in every run's summary; they mean something only when it was simulated
        boolean simulated = positive(ctx, "crls_issued") || positive(ctx, "misbehaving_devices")
                || positive(ctx, "false_positive_revocations") || !ctx.data.metrics().containsKey("crls_issued");
        for (Estimate e : ctx.data.metrics().values()) {
            if (simulated && REVOCATION.matcher(e.metric()).matches()) {
                t.row(CapacitySection.label(e.metric()), Fmt.est(e), e.provenance());
            }
        }
        // runs write the weekly CRL columns always; they mean something only when CRLs were simulated
        Optional<org.jfree.chart.JFreeChart> crl = simulated ? CrlChart.sizeAndReach(ctx.weekly(), ctx.shaded()) : Optional.empty();
        Rows issues = ctx.data.extras().get("crl.csv");
        if (crl.isEmpty() && issues != null && issues.has("issued_seconds") && issues.has("bytes") && !issues.rows().isEmpty()) {
            java.time.LocalDate start = ReportContext.startOf(ctx.data);
            List<java.time.LocalDate> dates = new ArrayList<>();
            List<Double> bytes = new ArrayList<>();
            List<Double> reach = new ArrayList<>();
            for (Map<String, String> r : issues.rows()) {
                dates.add(start.plusDays((long) Math.floor(Rows.number(r, "issued_seconds").orElse(0) / 86400)));
                bytes.add(Rows.number(r, "bytes").orElse(Double.NaN));
                reach.add(Rows.number(r, "reach90_hours").orElse(Double.NaN));
            }
            org.scmsim.results.chart.TimeSeriesChart c = org.scmsim.results.chart.TimeSeriesChart.titled("CRL size and reach")
                    .xAxis("Issued").leftAxis("Bytes").steps(CrlChart.SIZE, dates, bytes.stream().mapToDouble(Double::doubleValue).toArray());
            if (issues.has("reach90_hours")) {
                c.rightAxis("Hours").line("Hours until 90% of active OBUs held it", dates,
                        reach.stream().mapToDouble(Double::doubleValue).toArray());
            }
            ctx.shaded().forEach(p -> c.shade(p.from(), p.to(), p.label()));
            crl = Optional.of(c.build());
        }
        Rows rev = ctx.data.extras().get("revocations.csv");
        if (t.rows().isEmpty() && crl.isEmpty() && (rev == null || !simulated)) {
            b.add(new Paragraph("Misbehavior, revocation and the CRL (its size, how many OBUs hold the latest one, revocation "
                    + "latency): " + Fmt.NOT_SIMULATED + "."));
            return;
        }
        if (!t.rows().isEmpty()) {
            b.add(new TableBlock("risks-revocation", "Misbehavior, revocation and CRL", t, "simulated metrics as named per row"));
        }
        crl.ifPresent(c -> b.add(new Figure("crl", "CRL size and reach", c,
                issues != null && CrlChart.sizeAndReach(ctx.weekly(), List.of()).isEmpty() ? "crl.csv (bytes, reach90_hours per CRL issued)" : ctx.weeklySource())));
        if (rev != null) {
            String col = rev.has("latency_hours") ? "latency_hours" : rev.has("latency_seconds") ? "latency_seconds"
                    : rev.header().stream().filter(h -> h.contains("latency") || h.contains("seconds")).findFirst().orElse(null);
            if (col != null) {
                double scale = col.endsWith("hours") ? 1 : 1 / 3600.0;
                double[] hours = rev.rows().stream().map(r -> Rows.number(r, col)).filter(OptionalDouble::isPresent)
                        .mapToDouble(v -> v.getAsDouble() * scale).toArray();
                if (hours.length > 0) {
                    b.add(new Figure("revocation-latency", "Revocation latency", CrlChart.latency("Revocation latency",
                            col, hours, Math.min(30, Math.max(5, hours.length / 5))), "revocations.csv column " + col));
                }
            }
        }
    }
}
