package org.scmsim.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.scenarios.experiment.ExperimentFolder;
import org.scmsim.scenarios.experiment.ExperimentRun;
import org.scmsim.ui.Dashboard;
import org.scmsim.ui.run.Arm;
import org.scmsim.ui.settings.MemoryStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An experiment run from the Compare panel: the command line's experiment runner writes its folder,
 * and its arms join the list, picked and compared with paired differences.
 */
@ExtendWith(ApplicationExtension.class)
class CompareExperimentTest {

    @TempDir
    Path dir;

    private Dashboard dashboard;
    private final MemoryStore settings = new MemoryStore();

    @Start
    void start(Stage stage) {
        settings.put("runs.dir", dir.resolve("runs").toString());
        dashboard = new Dashboard(settings);
        dashboard.show(stage);
    }

    @Test
    void theArmsOfAnExperimentAreComparedSideBySide(FxRobot robot) throws Exception {
        Path file = dir.resolve("weeks.yaml");
        Files.writeString(file, """
                name: per-week
                description: 20 or 10 pseudonyms a week, eight weeks of the default pilot
                scenario: default
                seed: 11
                replications: 2
                horizon: P56D
                arms:
                  - name: twenty
                    set: { policy.pseudonym.perWeek: 20 }
                  - name: ten
                    set: { policy.pseudonym.perWeek: 10 }
                """);
        robot.interact(() -> {
            dashboard.select("compare");
            dashboard.comparePanel().runExperiment(file.toString());
        });
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> dashboard.comparePanel().lastExperiment() != null);
        WaitForAsyncUtils.waitForFxEvents();

        ExperimentJob.Result r = dashboard.comparePanel().lastExperiment();
        assertThat(r.outcome().status()).isEqualTo(ExperimentRun.Status.COMPLETE);
        assertThat(r.outcome().dir()).startsWith(dir.resolve("runs"));
        assertThat(r.outcome().dir().resolve(ExperimentFolder.SUMMARY_CSV)).isNotEmptyFile();
        assertThat(dashboard.arms()).extracting(Arm::label).containsExactly("per-week: twenty", "per-week: ten");
        assertThat(dashboard.arms()).allSatisfy(a -> assertThat(a.size()).isEqualTo(2));

        Comparison c = dashboard.comparePanel().comparison();
        assertThat(c.runs()).hasSize(2);
        assertThat(dashboard.comparePanel().chart().getXYPlot().getDatasetCount()).isEqualTo(2);
        // the same figure as the experiment's own paired difference, from the same replications
        double ours = Comparison.difference(c.runs().get(0), c.runs().get(1), "pseudonym_issued").mean();
        double theirs = r.outcome().differences().stream()
                .filter(d -> d.metric().equals("pseudonym_issued") && d.cell().arm().equals("ten"))
                .findFirst().orElseThrow().summary().mean();
        assertThat(ours).isEqualTo(theirs).isNegative();
        TableView<?> table = robot.lookup("#compareTable").queryAs(TableView.class);
        assertThat(table.getColumns()).hasSize(4);

        // the same arms read back from the experiment's folder, replication by replication
        List<Arm> inMemory = List.copyOf(dashboard.arms());
        robot.interact(() -> assertThat(dashboard.comparePanel().openExperimentFolder(r.outcome().dir())).isTrue());
        assertThat(dashboard.arms()).hasSize(4);
        for (int i = 0; i < 2; i++) {
            Arm read = dashboard.arms().get(2 + i);
            assertThat(read.size()).isEqualTo(2);
            assertThat(read.perReplication("pseudonym_issued")).containsExactly(inMemory.get(i).perReplication("pseudonym_issued"));
            assertThat(read.weeks().get(1)[3]).containsExactly(inMemory.get(i).weeks().get(1)[3]);
        }
        assertThat(dashboard.comparePanel().comparison().runs()).hasSize(2);
        robot.interact(() -> assertThat(dashboard.comparePanel().openExperimentFolder(dir)).isFalse());
        assertThat(dashboard.comparePanel().experimentStatus()).contains("not an experiment folder");
    }
}
