package org.scmsim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scmsim.ui.run.RunSet;
import org.scmsim.ui.settings.MemoryStore;
import org.scmsim.ui.settings.WindowState;
import org.scmsim.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes a screenshot of each panel, with real content (two one-year runs of the default scenario, each
 * with two replications, compared and exported), into {@code target/screenshots/} for a
 * person to look at. Under {@code xvfb-run} (see {@code .ci/run}) the ui module's {@code xvfb}
 * profile runs this test on the X display with JavaFX's desktop (GTK) toolkit; elsewhere it runs
 * headless under Monocle like the other tests. {@code platform.txt} says which.
 */
@ExtendWith(ApplicationExtension.class)
class PanelScreenshotTest {

    private static final Path OUT = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    private Dashboard dashboard;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MemoryStore settings = new MemoryStore();
        new WindowState(0, 0, 1280, 800, false).save(settings);
        dashboard = new Dashboard(settings);
        dashboard.show(stage);
    }

    @Test
    void aScreenshotOfEachPanel(FxRobot robot) throws Exception {
        Files.createDirectories(OUT);
        TextField horizon = robot.lookup("#field-horizon").queryAs(TextField.class);
        robot.interact(() -> horizon.setText("P364D"));   // one year keeps the test short
        robot.interact(() -> dashboard.runPanel().replicationsControl().getValueFactory().setValue(2));
        robot.interact(() -> dashboard.runPanel().start());
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> dashboard.runs().size() == 1);
        TextField perWeek = robot.lookup("#field-policy-pseudonym-perWeek").queryAs(TextField.class);
        robot.interact(() -> perWeek.setText("40"));
        robot.interact(() -> dashboard.runPanel().start());
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> dashboard.runs().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        RunSet a = dashboard.runs().get(0);
        RunSet b = dashboard.runs().get(1);
        robot.interact(() -> dashboard.comparePanel().pick(List.of(a.arm(), b.arm())));
        robot.interact(() -> {
            dashboard.exportPanel().setFolder(OUT.resolve("export"));
            dashboard.exportPanel().export();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !dashboard.exportPanel().lastWritten().isEmpty());
        // a field with a problem, so the Scenario panel shows how problems look
        TextField servers = robot.lookup("#field-scms-pca-servers").queryAs(TextField.class);
        robot.interact(() -> servers.setText("0"));

        List<Path> written = new ArrayList<>();
        for (String tab : Dashboard.TABS) {
            written.add(shoot(robot, tab, tab + ".png"));
        }
        robot.interact(() -> robot.lookup("#scenarioForm").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0.45));
        written.add(shoot(robot, "scenario", "scenario-policy-and-capacity.png"));
        robot.interact(() -> robot.lookup("#scenarioForm").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        robot.interact(() -> dashboard.themeProperty().set(Theme.DARK));
        written.add(shoot(robot, "run", "run-dark.png"));
        written.add(shoot(robot, "scenario", "scenario-dark.png"));
        Files.writeString(OUT.resolve("platform.txt"), "glass.platform=" + System.getProperty("glass.platform", "desktop (GTK)")
                + "\nDISPLAY=" + System.getenv("DISPLAY") + "\n");

        for (Path p : written) {
            BufferedImage img = ImageIO.read(p.toFile());
            assertThat(img.getWidth()).isGreaterThan(600);
            assertThat(distinctColours(img)).as(p + " shows more than a blank window").isGreaterThan(50);
        }
    }

    private Path shoot(FxRobot robot, String tab, String file) throws Exception {
        robot.interact(() -> dashboard.select(tab));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(150);   // let the charts' canvases repaint at their laid-out size
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        Path target = OUT.resolve(file);
        ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", target.toFile());
        return target;
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
