package org.scmsim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scmsim.results.chart.DemandChart;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the dashboard headless (Monocle): choose the default scenario, run it, see the chart. */
@ExtendWith(ApplicationExtension.class)
class DashboardTest {

    private Dashboard dashboard;

    @Start
    void start(Stage stage) {
        dashboard = new Dashboard();
        dashboard.show(stage);
    }

    @Test
    void runsTheDefaultScenarioAndShowsDemandAndBacklog(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<String> choice = robot.lookup("#scenarioChoice").queryAs(ComboBox.class);
        assertThat(choice.getItems()).contains("default");
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> dashboard.chart().getXYPlot().getDataset(0).getSeriesCount() > 0
                && dashboard.chart().getXYPlot().getDataset(0).getItemCount(0) > 0);
        WaitForAsyncUtils.waitForFxEvents();
        XYPlot plot = dashboard.chart().getXYPlot();
        assertThat(plot.getDataset(0).getSeriesKey(0)).isEqualTo(DemandChart.REQUESTED);
        assertThat(plot.getDataset(0).getSeriesKey(1)).isEqualTo(DemandChart.ISSUED);
        assertThat(plot.getDataset(1).getSeriesKey(0)).isEqualTo(DemandChart.BACKLOG);
        assertThat(plot.getDataset(0).getItemCount(0)).isEqualTo(105);
        double maxRequested = 0;
        for (int i = 0; i < plot.getDataset(0).getItemCount(0); i++) {
            maxRequested = Math.max(maxRequested, plot.getDataset(0).getYValue(0, i));
        }
        assertThat(maxRequested).isGreaterThan(1000);
        String status = robot.lookup("#status").queryAs(Label.class).getText();
        assertThat(status).contains("default").contains("certificates issued");
    }

    @Test
    void aMissingScenarioIsReportedInTheStatusLine(FxRobot robot) throws Exception {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> choice = robot.lookup("#scenarioChoice").queryAs(ComboBox.class);
            choice.getEditor().setText("no/such/file.yaml");
        });
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#status").queryAs(Label.class).getText().contains("no such file"));
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("no/such/file.yaml");
    }
}
