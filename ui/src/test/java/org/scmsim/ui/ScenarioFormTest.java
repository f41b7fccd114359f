package org.scmsim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.model.config.Scenario;
import org.scmsim.scenarios.format.ScenarioLoader;
import org.scmsim.ui.scenario.ScenarioForm;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The scenario editor: change a field, see a validation error at the field, fix it, save. */
@ExtendWith(ApplicationExtension.class)
class ScenarioFormTest {

    @TempDir
    Path dir;

    private ScenarioForm form;
    private Scenario original;

    @Start
    void start(Stage stage) throws Exception {
        original = new ScenarioLoader().load("default").scenario();
        form = new ScenarioForm(original);
        stage.setScene(new Scene(new javafx.scene.layout.BorderPane(form.view()), 900, 700));
        stage.show();
    }

    @Test
    void aBadValueIsShownAtItsFieldAndAGoodOneClearsIt(FxRobot robot) throws Exception {
        TextField width = robot.lookup("#field-region-widthKm").queryAs(TextField.class);
        assertThat(width.getText()).isEqualTo("10.0");
        robot.interact(() -> width.setText("-5"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("region.widthKm"));
        assertThat(width.getStyle()).contains("d32f2f");
        assertThat(width.getTooltip().getText()).contains("> 0");
        assertThat(form.scenario()).isNull();

        robot.interact(() -> width.setText("50"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.problems()).isEmpty();
        assertThat(width.getStyle()).doesNotContain("d32f2f");
        assertThat(form.scenario().region().widthKm()).isEqualTo(50.0);
    }

    @Test
    void theDeploymentCurveIsAnEditableTableAndSavingRoundTrips(FxRobot robot) throws Exception {
        TableView<?> years = robot.lookup("#table-deployment-years").queryAs(TableView.class);
        assertThat(years.getItems()).hasSize(2);
        robot.interact(() -> robot.lookup("#add-deployment-years").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        // the copied last row repeats year 2028: the curve must be in increasing year order
        assertThat(form.problems()).anySatisfy(p -> assertThat(p.field()).startsWith("deployment.years"));
        assertThat(years.getStyle()).contains("d32f2f");
        robot.interact(() -> {
            years.getSelectionModel().select(2);
            robot.lookup("#remove-deployment-years").queryButton().fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.problems()).isEmpty();

        Path saved = dir.resolve("edited.yaml");
        Files.writeString(saved, form.toYaml());
        assertThat(new ScenarioLoader().load(saved.toString()).scenario()).isEqualTo(original);
    }
}
