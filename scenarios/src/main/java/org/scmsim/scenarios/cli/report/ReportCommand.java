package org.scmsim.scenarios.cli.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.scmsim.results.data.ResultData;
import org.scmsim.results.report.ProcurementReport;
import org.scmsim.results.report.Report;
import org.scmsim.results.report.ReportWriter;
import org.scmsim.scenarios.cli.CommandProvider;
import org.scmsim.scenarios.cli.ScmsimCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scmsim report DIR}: the procurement report of a run or experiment folder, written into it. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the procurement report of a run or experiment folder into that folder:",
            "  report.html (one self-contained file), report.md, tables/*.csv, charts/*.png and *.svg.",
            "Built only from the folder's files; what the run did not simulate is reported as such."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_OR_EXPERIMENT_DIR", description = "A folder written by scmsim run --out DIR or scmsim experiment FILE --out DIR.")
    Path dir;

    @picocli.CommandLine.Option(names = "--cell", paramLabel = "ID",
            description = "For an experiment: the cell whose figures the report shows in full (default: the baseline's first).")
    String cell;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ResultData data = ResultFolders.read(dir, cell);
        Report report = ProcurementReport.build(data);
        List<Path> files = ReportWriter.write(report, dir);
        long tables = files.stream().filter(f -> f.toString().endsWith(".csv")).count();
        long charts = files.stream().filter(f -> f.toString().endsWith(".svg")).count();
        out.printf("Report: %s (%d sections, %d tables, %d charts)%n", dir.resolve(ReportWriter.HTML).toAbsolutePath().normalize(),
                report.sections().size(), tables, charts);
        out.println("Also: " + ReportWriter.MARKDOWN + ", tables/*.csv, charts/*.png and *.svg in the same folder");
        return ScmsimCommand.EXIT_OK;
    }

    /** Registers {@code scmsim report}. */
    public static final class Provider implements CommandProvider {
        @Override
        public String name() {
            return "report";
        }

        @Override
        public Object command() {
            return new ReportCommand();
        }
    }
}
