package org.scmsim.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.model.config.Scenario;
import org.scmsim.scenarios.format.ScenarioLoader;
import org.scmsim.scenarios.run.ScenarioRun;
import org.scmsim.ui.run.RunSet;

/** Export of a priced scenario: the report's cost section is filled from the run, as `scmsim report` fills it. */
class ExporterTest {

    @TempDir
    Path dir;

    @Test
    void aPricedRunExportsItsCostAndOnlyWhatWasAskedFor() throws Exception {
        Scenario s = new ScenarioLoader().load("cost-per-device",
                List.of(new ScenarioLoader.Override("horizon", "P182D"))).scenario();
        RunSet run = RunSet.of("priced", s, List.of(ScenarioRun.run(s, 0)), RunSet.Outcome.COMPLETED);

        List<Path> all = Exporter.export(run, null, dir.resolve("all"), Exporter.Options.all());
        String html = Files.readString(dir.resolve("all/report.html"));
        assertThat(html).contains("charts/cost-cumulative.png");
        assertThat(all).contains(Path.of("run-r0/cost.csv"), Path.of("report.html"), Path.of("scenario.resolved.yaml"));

        List<Path> pngOnly = Exporter.export(run, null, dir.resolve("png"), new Exporter.Options(false, true, false, false));
        assertThat(pngOnly).noneMatch(p -> p.toString().endsWith(".svg") || p.toString().equals("report.html"))
                .anyMatch(p -> p.toString().startsWith("charts/") && p.toString().endsWith(".png"));
    }
}
