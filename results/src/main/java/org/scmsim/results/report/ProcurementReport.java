package org.scmsim.results.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scmsim.results.data.Estimate;
import org.scmsim.results.data.ResultData;
import org.scmsim.results.report.Report.Block;
import org.scmsim.results.report.Report.Paragraph;
import org.scmsim.results.report.Report.Section;
import org.scmsim.results.report.Report.TableBlock;

/**
 * The procurement report of a run or an experiment, in the order of the USDOT SCMS procurement
 * resource: what was simulated; Table 1 (devices and certificates per year, extension option);
 * certificate durations as the policy sets them; capacity the SCMS must sustain and the service
 * level the simulated capacity gives; risks (disruptions, devices without certificates, CA
 * exposure); cost under each pricing model; for an experiment, the comparison of its arms; and
 * appendices listing every simulated figure and every scenario field.
 *
 * <p>Built only from a {@link ResultData} read from files. Every table and figure names its
 * source (a scenario field, or a simulated metric with its confidence interval); a kind of data
 * the run did not produce is reported as not simulated, never estimated.
 */
public final class ProcurementReport {

    private ProcurementReport() {
    }

    public static Report build(ResultData data) {
        ReportContext ctx = new ReportContext(data);
        List<Section> sections = new ArrayList<>();
        sections.add(about(ctx));
        sections.add(Table1Section.build(ctx));
        sections.add(DurationsSection.build(ctx));
        sections.add(CapacitySection.build(ctx));
        sections.add(RisksSection.build(ctx));
        sections.add(CostSection.build(ctx));
        if (ctx.experiment() && !data.arms().isEmpty()) {
            sections.add(ComparisonSection.build(ctx));
        }
        sections.add(metricsAppendix(ctx));
        sections.add(scenarioAppendix(ctx));
        String subtitle = data.scenarioName() + " (" + data.scenario().path("description").asText("") + "), seed "
                + data.scenario().path("seed").asText("?") + ", "
                + (ctx.experiment() ? data.replications() + " replications per arm" : "one replication")
                + ", from " + data.scenario().path("start").asText("?") + " for " + Fmt.duration(data.scenario().path("horizon").asText("?"));
        return new Report("SCMS procurement report: " + data.scenarioName(), subtitle, sections);
    }

    private static Section about(ReportContext ctx) {
        ResultData d = ctx.data;
        List<Block> b = new ArrayList<>();
        b.add(new Paragraph("""
                This report turns a simulation of the scenario into the inputs a planner hands to procurement staff, \
                following the USDOT SCMS procurement resource: the devices and certificates per year of its Table 1, \
                the certificate durations the policy sets, the capacity the SCMS must sustain and the service level \
                it then gives, the risks, and the cost under each pricing model.

                Every table and chart says where its numbers come from. "Scenario field a.b" is an input the planner \
                set (the full list is in the last appendix). "Simulated metric m" is an output of the simulation; \
                when the run had several replications it is shown as mean ± half-width of its 95%% confidence interval. \
                Where a kind of data was not produced by this run, the report says "%s" and shows no number.""".formatted(Fmt.NOT_SIMULATED)));
        Table t = Table.of("Item", "Value", "Source");
        t.row("Scenario", d.scenarioName(), ReportContext.field("name"));
        t.row("Description", d.scenario().path("description").asText(""), ReportContext.field("description"));
        t.row("Scenario file", d.scenarioFile(), "results folder");
        t.row("Master seed", d.scenario().path("seed").asText(), ReportContext.field("seed"));
        t.row("First simulated day", d.scenario().path("start").asText(), ReportContext.field("start"));
        t.row("Horizon", Fmt.duration(d.scenario().path("horizon").asText()), ReportContext.field("horizon"));
        t.row("Weeks simulated", Fmt.num(d.weekly().size()), ctx.weeklySource());
        t.row("Kind of result", ctx.experiment() ? "experiment with " + d.arms().size() + " cells (arms × sweep points)" : "single run", "results folder");
        t.row("Replications", Fmt.num(d.replications()), ctx.experiment() ? "experiment summary" : "summary.json");
        if (ctx.experiment()) {
            t.row("Figures of sections 2 to 6", d.weeklyFile() + ", mean over replications with 95% CI; scenario "
                    + d.scenarioFile(), "results folder");
        }
        b.add(new TableBlock("run", "What was simulated", t, "the results folder " + d.folder().getFileName()));
        return new Section("about", "About this report", b);
    }

    private static Section metricsAppendix(ReportContext ctx) {
        Table t = Table.of("Simulated metric", "Mean", "95% CI half-width", "Replications", "Min", "Max");
        for (Estimate e : ctx.data.metrics().values()) {
            t.row(e.metric(), Fmt.num(e.mean()), e.hasInterval() ? Fmt.num(e.halfWidth()) : "–", Fmt.num(e.n()),
                    Fmt.num(e.min()), Fmt.num(e.max()));
        }
        return new Section("metrics", "Appendix A: every simulated figure", List.of(
                new Paragraph("All run figures as the simulation wrote them (units in the metric's name: seconds, "
                        + "certificates, bytes; utilisation as a share of 1)."),
                new TableBlock("metrics", "Simulated figures", t,
                        ctx.experiment() ? "experiment summary (mean over replications with 95% CI)" : "summary.json (one replication)")));
    }

    private static Section scenarioAppendix(ReportContext ctx) {
        Table t = Table.of("Scenario field", "Value");
        for (Map.Entry<String, String> e : ReportContext.leaves("", ctx.data.scenario()).entrySet()) {
            t.row(e.getKey(), e.getValue());
        }
        return new Section("scenario", "Appendix B: scenario fields", List.of(
                new Paragraph("Every input of the run, defaults expanded, as in " + ctx.data.scenarioFile()
                        + "; running that file again reproduces these results."),
                new TableBlock("scenario-fields", "Scenario fields", t, ctx.data.scenarioFile())));
    }
}
