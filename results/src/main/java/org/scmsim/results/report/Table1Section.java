package org.scmsim.results.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scmsim.results.chart.CertificateDemandChart;
import org.scmsim.results.data.Columns.CertificateType;
import org.scmsim.results.report.Report.Block;
import org.scmsim.results.report.Report.Figure;
import org.scmsim.results.report.Report.Paragraph;
import org.scmsim.results.report.Report.Section;
import org.scmsim.results.report.Report.TableBlock;

/** Section "Devices and certificates per year": the guide's Table 1 and the demand charts. */
final class Table1Section {

    private Table1Section() {
    }

    static Section build(ReportContext ctx) {
        DeviceCertificateTable t1 = DeviceCertificateTable.of(ctx.data);
        List<Block> b = new ArrayList<>();
        b.add(new Paragraph("""
                Table 1 of the procurement resource ("Example Device Certificates and Duration Required"), filled \
                from the run. Devices added per year are the scenario's deployment curve; devices in service and \
                certificates are simulated. Certificates are counted in the weeks (i-periods) that start in each \
                year. The extension option is one more year of %d weeks projected in closed form: every device in \
                service at the run's end for the whole year, devices the curve adds that year for half of it \
                (uniform arrivals) plus, for a new OBU, its first batch of policy.pseudonym.pregenerateWeeks weeks \
                where the policy sets one, at the policy's certificates per week.""".formatted(DeviceCertificateTable.EXTENSION_WEEKS)));
        List<String> notes = new ArrayList<>();
        Map<Integer, long[]> curve = DeviceCertificateTable.curve(ctx.data.field("deployment.years"));
        int first = t1.years().get(0);
        int last = t1.years().get(t1.years().size() - 1);
        curve.forEach((y, v) -> {
            if (y < first) {
                notes.add(y + " (" + Fmt.num(v[0]) + " OBUs, " + Fmt.num(v[1]) + " RSUs) are in service from the run's first day");
            } else if (y > last + 1) {
                notes.add(y + " (" + Fmt.num(v[0]) + " OBUs, " + Fmt.num(v[1]) + " RSUs) are beyond the run and its extension year");
            }
        });
        if (!notes.isEmpty()) {
            b.add(new Paragraph("Devices of deployment years outside the table: " + String.join("; ", notes) + "."));
        }
        StringBuilder src = new StringBuilder(ReportContext.field("deployment.years") + " (devices added); simulated weekly columns "
                + "obus_active and rsus_active at each year's last week (in service)");
        t1.columnsUsed().forEach((row, col) -> src.append("; ").append(col).append(" summed over the year's weeks (").append(row).append(')'));
        src.append(" — from ").append(ctx.weeklySource()).append("; extension: closed form from ")
                .append(ReportContext.field("policy.pseudonym.perWeek")).append(" and the number of ")
                .append(ReportContext.field("policy.application.psids"));
        b.add(new TableBlock("table-1", "Table 1. Device certificates and duration required", t1.table(), src.toString()));

        CertificateDemandChart.weekly(ctx.scenarioName() + ": certificates per week by type, and devices deployed",
                        ctx.weekly(), ctx.shaded())
                .ifPresent(c -> b.add(new Figure("demand-weekly", "Certificates per week by type, with the deployment curve",
                        c, ctx.weeklySource() + (ctx.disruptions.isEmpty() ? "" : "; disruptions shaded from scenario field disruptions"))));
        Map<String, Map<String, Double>> byYear = new LinkedHashMap<>();
        for (int i = 0; i < t1.years().size(); i++) {
            Map<String, Double> byType = new LinkedHashMap<>();
            for (CertificateType t : CertificateType.values()) {
                double v = t1.rows().get(DeviceCertificateTable.certificateRow(t)).perYear().get(i);
                if (!Double.isNaN(v)) {
                    byType.put(t.label(), v);
                }
            }
            byYear.put(t1.headers().get(i + 1), byType);
        }
        b.add(new Figure("demand-yearly", "Certificates per year by type", CertificateDemandChart.yearly(
                ctx.scenarioName() + ": certificates per year by type", byYear), "Table 1 (" + ctx.weeklySource() + ")"));
        List<String> missing = new ArrayList<>();
        for (CertificateType t : CertificateType.values()) {
            if (!t1.columnsUsed().containsKey(DeviceCertificateTable.certificateRow(t))) {
                missing.add(t.label().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (!missing.isEmpty()) {
            b.add(new Paragraph("Certificates " + String.join(", ", missing) + ": " + Fmt.NOT_SIMULATED
                    + " (the run's weekly series has no column for them)."));
        }
        return new Section("table-1", "Devices and certificates per year (Table 1)", b);
    }
}
