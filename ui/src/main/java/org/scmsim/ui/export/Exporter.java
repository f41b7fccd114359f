package org.scmsim.ui.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.scmsim.model.config.DeploymentYear;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.WeekRow;
import org.scmsim.results.chart.ChartFiles;
import org.scmsim.results.io.AtomicFiles;
import org.scmsim.results.io.Tables;
import org.scmsim.results.report.Report;
import org.scmsim.results.report.ReportWriter;
import org.scmsim.results.report.Table;
import org.scmsim.scenarios.format.ScenarioFormat;
import org.scmsim.scenarios.run.ScenarioRun;
import org.scmsim.scenarios.experiment.MetricSummary;
import org.scmsim.ui.compare.Comparison;
import org.scmsim.ui.run.Arm;
import org.scmsim.ui.run.KeyFigures;
import org.scmsim.ui.run.LiveChart;
import org.scmsim.ui.run.RunSet;

/**
 * Writes what the dashboard shows into a folder: the HTML report (with its Markdown twin, charts
 * and tables), the charts as PNG and SVG, and the data as CSV. Every file is written atomically;
 * the charts are the same builders as on screen, in the report's light colours.
 */
public final class Exporter {

    /** What to write. */
    public record Options(boolean html, boolean png, boolean svg, boolean csv) {
        public static Options all() {
            return new Options(true, true, true, true);
        }

        boolean any() {
            return html || png || svg || csv;
        }
    }

    static final int WIDTH = 1000;
    static final int HEIGHT = 480;

    private Exporter() {
    }

    /**
     * Writes the run (and the comparison, if any) into {@code dir}.
     *
     * @return the files written, relative to {@code dir}, sorted
     */
    public static List<Path> export(RunSet run, Comparison comparison, Path dir, Options options) throws IOException {
        if (!options.any()) {
            throw new IllegalArgumentException("choose at least one thing to export");
        }
        Files.createDirectories(dir);
        Report report = report(run, comparison);
        if (options.html()) {
            ReportWriter.write(report, dir);
        }
        for (Report.Section s : report.sections()) {
            for (Report.Block b : s.blocks()) {
                if (b instanceof Report.Figure f) {
                    if (options.png()) {
                        ChartFiles.png(f.chart(), dir.resolve("charts").resolve(f.name() + ".png"), WIDTH, HEIGHT);
                    }
                    if (options.svg()) {
                        ChartFiles.svg(f.chart(), dir.resolve("charts").resolve(f.name() + ".svg"), WIDTH, HEIGHT);
                    }
                } else if (b instanceof Report.TableBlock t && options.csv()) {
                    AtomicFiles.writeString(dir.resolve("tables").resolve(t.name() + ".csv"), t.table().toCsv());
                }
            }
        }
        if (options.csv()) {
            for (RunResult r : run.replications()) {
                AtomicFiles.write(dir.resolve("replications").resolve("weekly-r" + r.replication() + ".csv"),
                        Tables.csv(WeekRow.class, r.weeks()));
            }
            if (run.scenario() != null) {
                AtomicFiles.writeString(dir.resolve("scenario.resolved.yaml"),
                        ScenarioRun.resolvedYaml(run.scenario(), "the scmsim dashboard (" + run.label() + ")"));
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(dir::relativize)
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    /** The report of a run: scenario, key figures, weekly charts and data, and the comparison if any. */
    public static Report report(RunSet run, Comparison comparison) {
        List<Report.Section> sections = new ArrayList<>();
        String scenarioName = run.scenario() == null ? run.label() : run.scenario().name();

        List<Report.Block> scenario = new ArrayList<>();
        if (run.scenario() != null) {
            scenario.add(new Report.Paragraph(run.scenario().description().isEmpty() ? scenarioName
                    : run.scenario().description()));
            Table deployment = Table.of("Year", "OBUs added", "RSUs added");
            for (DeploymentYear y : run.scenario().deployment().years()) {
                deployment.row(y.year(), String.format(Locale.ROOT, "%,d", y.obus()), String.format(Locale.ROOT, "%,d", y.rsus()));
            }
            scenario.add(new Report.TableBlock("deployment", "Deployment curve: devices added per year", deployment,
                    "scenario field deployment.years"));
            scenario.add(new Report.TableBlock("scenario-fields", "Every scenario field as run", fields(run),
                    "the scenario as run from the dashboard (scenario.resolved.yaml)"));
        }
        sections.add(new Report.Section("scenario", "Scenario", scenario));

        Table figures = Table.of("Key figure", "Mean", "95% CI ±", "Replications");
        List<Map.Entry<String, MetricSummary>> entries = new ArrayList<>(run.arm().summary().entrySet());
        entries.removeIf(e -> !KeyFigures.isRunTotal(e.getKey()));
        entries.sort(java.util.Comparator.comparingInt(e -> KeyFigures.rank(KeyFigures.label(e.getKey()))));
        for (Map.Entry<String, MetricSummary> e : entries) {
            MetricSummary m = e.getValue();
            figures.row(KeyFigures.label(e.getKey()), KeyFigures.format(e.getKey(), m.mean()),
                    Double.isNaN(m.ci95HalfWidth()) ? "–" : KeyFigures.format(e.getKey(), m.ci95HalfWidth()), m.n());
        }
        List<Report.Block> results = new ArrayList<>();
        results.add(new Report.Paragraph(String.format(Locale.ROOT, "%s, %d replication(s)%s, seed %s.", run.label(),
                run.size(), run.outcome() == RunSet.Outcome.STOPPED ? ", stopped before the end" : "",
                run.scenario() == null ? "–" : Long.toString(run.scenario().seed()))));
        results.add(new Report.TableBlock("key-figures", "Key figures of the run", figures,
                "simulated; mean over replications with a Student-t 95% confidence interval"));
        for (LiveChart c : LiveChart.resolve(LiveChart.DEFAULT_SLOTS)) {
            JFreeChart chart = c.build(scenarioName, run.arm(), -1, null);
            results.add(new Report.Figure(c.id(), c.title() + " per week", chart,
                    "simulated weekly columns " + String.join(", ", c.available().stream()
                            .flatMap(s -> s.present().stream()).toList())
                            + (run.size() > 1 ? "; bands are 95% confidence intervals over replications" : "")));
        }
        sections.add(new Report.Section("results", "Results", results));

        Table weekly = weeklyMeans(run);
        sections.add(new Report.Section("weekly", "Week by week", List.of(new Report.TableBlock("weekly-mean",
                "Weekly figures (mean over replications)", weekly, "simulated weekly columns"))));

        if (comparison != null && comparison.runs().size() > 1) {
            List<Report.Block> cmp = new ArrayList<>();
            cmp.add(new Report.Paragraph(comparison.method()));
            cmp.add(new Report.TableBlock("comparison", "Key figures side by side, with differences from the baseline",
                    comparison.table(), "simulated; see the method above"));
            List<LiveChart> charts = LiveChart.resolve(LiveChart.DEFAULT_SLOTS);
            int k = 0;
            for (LiveChart c : charts) {
                for (LiveChart.Series s : c.available()) {
                    cmp.add(new Report.Figure("comparison-" + (++k), s.label() + ": runs compared",
                            comparison.chart(s, c.axis()), "simulated weekly columns " + String.join(", ", s.present())));
                }
            }
            sections.add(new Report.Section("comparison", "Comparison", cmp));
        }
        return new Report("scmsim: " + scenarioName, String.format(Locale.ROOT, "%s · seed %s · exported from the dashboard",
                run.label(), run.scenario() == null ? "–" : run.scenario().seed()), sections);
    }

    private static Table fields(RunSet run) {
        Table t = Table.of("Field", "Value");
        JsonNode tree = ScenarioFormat.writer().valueToTree(run.scenario());
        flatten("", tree, t);
        return t;
    }

    private static void flatten(String prefix, JsonNode n, Table t) {
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), t);
            }
        } else if (n.isArray() && n.size() > 0 && n.get(0).isContainerNode()) {
            for (int i = 0; i < n.size(); i++) {
                flatten(prefix + "[" + i + "]", n.get(i), t);
            }
        } else if (n.isArray()) {
            List<String> parts = new ArrayList<>();
            n.forEach(x -> parts.add(x.asText()));
            t.row(prefix, String.join(", ", parts));
        } else {
            t.row(prefix, n.asText());
        }
    }

    private static Table weeklyMeans(RunSet run) {
        Arm arm = run.arm();
        List<String> header = new ArrayList<>();
        header.add("week_start");
        header.addAll(arm.columns());
        Table t = new Table(header);
        List<Arm.Band> bands = arm.columns().stream().map(c -> arm.weekly(List.of(c))).toList();
        for (int w = 0; w < arm.weekStarts().size(); w++) {
            List<Object> row = new ArrayList<>();
            row.add(arm.weekStarts().get(w));
            for (Arm.Band b : bands) {
                double v = b.mean()[w];
                row.add(Double.isNaN(v) ? "" : Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString((long) Math.rint(v))
                        : String.format(Locale.ROOT, "%.4f", v));
            }
            t.row(row.toArray());
        }
        return t;
    }
}
