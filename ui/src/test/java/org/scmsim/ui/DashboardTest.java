package org.scmsim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.scenarios.format.ScenarioLoader;
import org.scmsim.ui.run.RunSet;
import org.scmsim.ui.settings.MemoryStore;
import org.scmsim.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the whole dashboard headless (Monocle), as a planner would: the default scenario opens,
 * a bad value is refused at its field, the run goes to completion from the keyboard, the charts
 * fill, two runs are compared and the result is exported.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardTest {

    @TempDir
    Path dir;

    private final MemoryStore settings = new MemoryStore();
    private Dashboard dashboard;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dashboard = new Dashboard(settings);
        dashboard.show(stage);
    }

    @Test
    void editValidateRunCompareAndExportTheDefaultScenario(FxRobot robot) throws Exception {
        assertThat(dashboard.scenarioPanel().sourceProperty().get()).isEqualTo("default");
        assertThat(dashboard.scenarioPanel().scenario()).isNotNull();

        // a bad value is shown at its field, in the problem list, and the run refuses to start
        TextField perWeek = robot.lookup("#field-policy-pseudonym-perWeek").queryAs(TextField.class);
        assertThat(perWeek.getText()).isEqualTo("20");
        robot.interact(() -> perWeek.setText("0"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(perWeek.getStyle()).contains("d32f2f");
        assertThat(perWeek.getTooltip().getText()).contains("between 1 and");
        assertThat(robot.lookup("#problemList").queryAs(ListView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#validity").queryAs(Label.class).getText()).contains("1 problem");
        robot.interact(() -> dashboard.runPanel().start());
        assertThat(dashboard.runPanel().statusText()).contains("fix the fields");
        assertThat(dashboard.runPanel().runningProperty().get()).isFalse();

        // fixed; run from the keyboard to completion; the four charts fill
        robot.interact(() -> perWeek.setText("20"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dashboard.scenarioPanel().problems()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> dashboard.runs().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dashboard.tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-run");
        RunSet first = dashboard.runs().get(0);
        assertThat(first.outcome()).isEqualTo(RunSet.Outcome.COMPLETED);
        assertThat(first.replications()).hasSize(1);
        assertThat(dashboard.runPanel().charts()).containsKeys("demand", "backlog", "without", "utilisation");
        for (JFreeChart c : dashboard.runPanel().charts().values()) {
            XYPlot plot = c.getXYPlot();
            assertThat(plot.getDatasetCount()).isGreaterThan(0);
            assertThat(plot.getDataset(0).getItemCount(0)).isEqualTo(105);   // two years of weeks
        }
        double peakRequested = 0;
        XYPlot demand = dashboard.runPanel().chart("demand").getXYPlot();
        for (int i = 0; i < demand.getDataset(0).getItemCount(0); i++) {
            peakRequested = Math.max(peakRequested, demand.getDataset(0).getYValue(0, i));
        }
        assertThat(peakRequested).isGreaterThan(1000);
        assertThat(robot.lookup("#summaryTable").queryAs(TableView.class).getItems()).isNotEmpty();

        // two half-year runs of two replications, 20 and 10 pseudonyms a week, compared; they share
        // the seed, so replication r of both used the same random numbers and differences are paired
        TextField horizon = robot.lookup("#field-horizon").queryAs(TextField.class);
        robot.interact(() -> horizon.setText("P182D"));
        robot.interact(() -> dashboard.runPanel().replicationsControl().getValueFactory().setValue(2));
        robot.interact(() -> dashboard.runPanel().start());
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> dashboard.runs().size() == 2);
        robot.interact(() -> perWeek.setText("10"));
        robot.interact(() -> dashboard.runPanel().start());
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> dashboard.runs().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        RunSet base = dashboard.runs().get(1);
        RunSet second = dashboard.runs().get(2);
        assertThat(second.replications()).hasSize(2);
        assertThat(second.arm().summary().get("pseudonym_issued").mean())
                .isLessThan(base.arm().summary().get("pseudonym_issued").mean());
        robot.interact(() -> dashboard.comparePanel().pick(List.of(base.arm(), second.arm())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dashboard.comparePanel().comparison().runs()).containsExactly(base.arm(), second.arm());
        assertThat(dashboard.comparePanel().chart().getXYPlot().getDatasetCount()).isEqualTo(2);
        TableView<?> table = robot.lookup("#compareTable").queryAs(TableView.class);
        assertThat(table.getColumns()).hasSize(4);   // figure, two runs, one difference
        assertThat(table.getColumns().get(3).getText()).startsWith("Δ");
        assertThat(dashboard.comparePanel().comparison().table().rows())
                .anySatisfy(r -> assertThat(r.get(0)).isEqualTo("Pseudonym issued").satisfies(x ->
                        assertThat(r.get(3)).startsWith("-").endsWith("(paired)")));

        // export both: report, charts, CSVs
        Path out = dir.resolve("export");
        robot.interact(() -> {
            dashboard.exportPanel().setFolder(out);
            dashboard.select("export");
        });
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !dashboard.exportPanel().lastWritten().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(out.resolve("report.html")).isNotEmptyFile();
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("<svg").contains("SCMS procurement report").contains("Comparison of the arms")
                .contains("Differences from the baseline");
        List<Path> written = dashboard.exportPanel().lastWritten();
        long png = written.stream().filter(p -> p.toString().startsWith("charts") && p.toString().endsWith(".png")).count();
        long svg = written.stream().filter(p -> p.toString().startsWith("charts") && p.toString().endsWith(".svg")).count();
        assertThat(png).isGreaterThanOrEqualTo(4).isEqualTo(svg);
        assertThat(out.resolve("tables/paired-differences.csv")).isNotEmptyFile();
        assertThat(out.resolve("run-r0/weekly.csv")).isNotEmptyFile();   // the run folder `scmsim report` reads too
        assertThat(Files.readString(out.resolve("tables/paired-differences.csv"))).contains("(paired)");
        assertThat(Files.readAllLines(out.resolve("replications/weekly-r1.csv"))).hasSize(27);   // header + 26 weeks
        // the exported scenario runs again from the command line's loader
        assertThat(new ScenarioLoader().load(out.resolve("scenario.resolved.yaml").toString()).scenario())
                .isEqualTo(second.scenario());
    }

    @Test
    void savingWritesYamlThatLoadsBackAndAMissingFileIsReported(FxRobot robot) throws Exception {
        TextField servers = robot.lookup("#field-scms-pca-servers").queryAs(TextField.class);
        robot.interact(() -> servers.setText("7"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dashboard.scenarioPanel().isDirty()).isTrue();
        Path saved = dir.resolve("mine.yaml");
        robot.interact(() -> assertThat(dashboard.scenarioPanel().saveTo(saved)).isTrue());
        assertThat(dashboard.scenarioPanel().isDirty()).isFalse();
        assertThat(new ScenarioLoader().load(saved.toString()).scenario()).isEqualTo(dashboard.scenarioPanel().scenario());
        assertThat(settings.get("scenario.last")).contains(saved.toString());
        assertThat(dashboard.scenarioPanel().recent()).containsExactly(saved.toString(), "default");

        robot.interact(() -> assertThat(dashboard.scenarioPanel().open(dir.resolve("missing.yaml").toString())).isFalse());
        ListView<?> problems = robot.lookup("#problemList").queryAs(ListView.class);
        assertThat(problems.getItems()).singleElement().asString().contains("missing.yaml");
        assertThat(dashboard.scenarioPanel().scenario().scms().pca().servers()).isEqualTo(7);   // the form is kept
    }

    @Test
    void stopFromTheKeyboardKeepsTheFinishedReplicationsAndTheWindowStaysResponsive(FxRobot robot) throws Exception {
        TextField horizon = robot.lookup("#field-horizon").queryAs(TextField.class);
        robot.interact(() -> horizon.setText("P91D"));
        robot.interact(() -> dashboard.runPanel().replicationsControl().getValueFactory().setValue(200));
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> dashboard.runPanel().finishedSoFar() >= 1);
        // while it runs, the FX thread answers at once (the simulation is elsewhere)
        long t0 = System.nanoTime();
        robot.interact(() -> dashboard.select("scenario"));
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5.0);
        assertThat(dashboard.runPanel().runningProperty().get()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.PERIOD).release(KeyCode.PERIOD, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> dashboard.runs().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        RunSet stopped = dashboard.runs().get(0);
        assertThat(stopped.outcome()).isEqualTo(RunSet.Outcome.STOPPED);
        assertThat(stopped.size()).isBetween(1, 199);
        assertThat(dashboard.runPanel().runningProperty().get()).isFalse();
        assertThat(dashboard.runPanel().statusText()).contains("stopped");
        assertThat(dashboard.arms()).singleElement().satisfies(a -> assertThat(a.stopped()).isTrue());
    }

    @Test
    void windowStateAndThemeAreRememberedAndTheThemeSwitchesFromTheKeyboard(FxRobot robot) {
        assertThat(dashboard.themeProperty().get()).isEqualTo(Theme.LIGHT);
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dashboard.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(stage.getScene().getStylesheets()).containsExactly(Theme.DARK.url());
        assertThat(dashboard.runPanel().chart("demand").getBackgroundPaint()).isEqualTo(Theme.DARK.chartBackground());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(640);
            dashboard.close();
        });
        assertThat(settings.get("theme")).contains("dark");
        assertThat(settings.get("tab")).contains("compare");
        assertThat(settings.getDouble("window.width", 0)).isEqualTo(900);
        assertThat(settings.getDouble("window.height", 0)).isEqualTo(640);

        // a new dashboard on the same store comes back the same way
        robot.interact(() -> {
            Stage again = new Stage();
            Dashboard d = new Dashboard(settings);
            d.show(again);
            assertThat(again.getWidth()).isEqualTo(900);
            assertThat(d.themeProperty().get()).isEqualTo(Theme.DARK);
            assertThat(d.tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-compare");
            d.close();
            again.close();
        });
    }
}
