package org.scmsim.ui.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.scmsim.model.run.DayRow;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.WeekRow;
import org.scmsim.results.chart.ChartFiles;
import org.scmsim.results.data.Columns;
import org.scmsim.results.data.MalformedResultsException;
import org.scmsim.results.data.Rows;
import org.scmsim.results.data.RunFolderReader;
import org.scmsim.results.data.ResultData;
import org.scmsim.results.data.TimeTable;
import org.scmsim.results.io.AtomicFiles;
import org.scmsim.results.io.Tables;
import org.scmsim.results.report.ProcurementReport;
import org.scmsim.results.report.Report;
import org.scmsim.results.report.ReportWriter;
import org.scmsim.scenarios.format.ScenarioFormat;
import org.scmsim.scenarios.run.ScenarioRun;
import org.scmsim.ui.compare.Comparison;
import org.scmsim.ui.run.Arm;
import org.scmsim.ui.run.RunSet;

/**
 * Writes what the dashboard shows into a folder: the procurement report that {@code scmsim report}
 * writes (built by the same {@link ProcurementReport} from the run held in memory, with the arms
 * picked on the Compare panel as its comparison, and a section of paired differences), the charts
 * as PNG and SVG, and the data as CSV; and the first replication's run folder ({@value #RUN_FOLDER}),
 * which {@code scmsim report} also reads. Every file is written atomically.
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

    /** Where the first replication's run folder goes inside the export folder. */
    public static final String RUN_FOLDER = "run-r0";

    static final int WIDTH = 1000;
    static final int HEIGHT = 480;

    private Exporter() {
    }

    /**
     * Writes the run (and the comparison, if it has two or more arms) into {@code dir}.
     *
     * @return the files written, relative to {@code dir}, sorted
     */
    public static List<Path> export(RunSet run, Comparison comparison, Path dir, Options options) throws IOException {
        if (!options.any()) {
            throw new IllegalArgumentException("choose at least one thing to export");
        }
        Files.createDirectories(dir);
        // the first replication's run folder, exactly as `scmsim run` writes it: its cost and
        // disruption tables feed the report's cost and risk sections
        Path runFolder = dir.resolve(RUN_FOLDER);
        ScenarioRun.write(runFolder, run.scenario(), "the scmsim dashboard (" + run.label() + ")", run.replications().get(0));
        Map<String, Rows> extras;
        try {
            extras = RunFolderReader.extras(runFolder);
        } catch (MalformedResultsException e) {
            throw new IOException(e.getMessage(), e);
        }
        Report report = report(run, comparison, dir, extras);
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
                AtomicFiles.write(dir.resolve("replications").resolve("daily-r" + r.replication() + ".csv"),
                        Tables.csv(DayRow.class, r.days()));
            }
            AtomicFiles.writeString(dir.resolve("scenario.resolved.yaml"),
                    ScenarioRun.resolvedYaml(run.scenario(), "the scmsim dashboard (" + run.label() + ")"));
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(dir::relativize)
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    /** The procurement report of the run, with the comparison if it has two or more arms. */
    public static Report report(RunSet run, Comparison comparison, Path dir, Map<String, Rows> extras) {
        ResultData data = resultData(run, comparison, dir, extras);
        Report r = ProcurementReport.build(data);
        if (comparison == null || comparison.runs().size() < 2) {
            return r;
        }
        List<Report.Section> sections = new ArrayList<>(r.sections());
        List<Report.Block> b = new ArrayList<>();
        b.add(new Report.Paragraph(comparison.method()));
        b.add(new Report.TableBlock("paired-differences", "Key figures side by side, with differences from the baseline "
                + comparison.baseline().label(), comparison.table(), "simulated metrics over replications; see the method above"));
        int at = sections.stream().map(Report.Section::id).toList().indexOf("comparison");
        sections.add(at < 0 ? Math.max(0, sections.size() - 2) : at + 1,
                new Report.Section("differences", "Differences from the baseline", b));
        return new Report(r.title(), r.subtitle(), sections);
    }

    /**
     * The run as the results module's {@link ResultData}, as if read from a folder: a single run, or,
     * with a comparison, an experiment whose arms are the compared runs (the exported run's figures
     * fill the main sections).
     */
    static ResultData resultData(RunSet run, Comparison comparison, Path dir, Map<String, Rows> extras) {
        JsonNode scenario = ScenarioFormat.writer().valueToTree(run.scenario());
        Arm arm = run.arm();
        TimeTable weekly = arm.table();
        Optional<TimeTable> daily = run.size() == 1
                ? Optional.of(Columns.derive(TimeTable.ofRecords(run.replications().get(0).days(), DayRow::date)))
                : Optional.empty();
        Map<String, ResultData.Arm> arms = new LinkedHashMap<>();
        if (comparison != null && comparison.runs().size() > 1) {
            for (Arm a : comparison.runs()) {
                arms.put(a.label(), new ResultData.Arm(a.label(), List.of(a.source()), a.estimates(),
                        Optional.of(a.table()), Optional.empty()));
            }
        }
        ResultData.Kind kind = arms.isEmpty() ? ResultData.Kind.RUN : ResultData.Kind.EXPERIMENT;
        String source = String.format(Locale.ROOT, "the dashboard's run %s (%d replication%s)", run.label(), run.size(),
                run.size() == 1 ? "" : "s");
        return new ResultData(kind, dir, scenario, "scenario.resolved.yaml", source, weekly, daily, arm.estimates(), arms, extras);
    }
}
