package org.scmsim.ui;

import java.io.File;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.run.RunResult;
import org.scmsim.results.chart.DemandChart;
import org.scmsim.scenarios.format.ScenarioException;
import org.scmsim.scenarios.format.ScenarioLibrary;
import org.scmsim.scenarios.format.ScenarioLoader;
import org.scmsim.scenarios.run.ScenarioRun;

/**
 * The planning dashboard: choose a scenario (shipped or a file), run it off the FX thread, and
 * see its certificate demand and backlog in the same chart the run folder holds.
 */
public final class Dashboard {

    private final ComboBox<String> scenarioChoice = new ComboBox<>();
    private final Button openButton = new Button("Open…");
    private final Button runButton = new Button("Run");
    private final Label status = new Label("Choose a scenario and press Run.");
    private final ProgressIndicator progress = new ProgressIndicator();
    private final ChartViewer chartViewer = new ChartViewer(DemandChart.create("No run yet", java.util.List.of()));
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scmsim-run");
        t.setDaemon(true);
        return t;
    });
    private Stage stage;

    public void show(Stage stage) {
        this.stage = stage;
        scenarioChoice.setId("scenarioChoice");
        openButton.setId("openButton");
        runButton.setId("runButton");
        status.setId("status");
        chartViewer.setId("demandChart");
        progress.setVisible(false);
        progress.setPrefSize(18, 18);

        scenarioChoice.getItems().addAll(ScenarioLibrary.names().stream().filter(n -> !n.equals("reference")).toList());
        scenarioChoice.setEditable(true);
        scenarioChoice.setPrefWidth(360);
        scenarioChoice.setPromptText("shipped scenario name or file path");
        if (scenarioChoice.getItems().contains("default")) {
            scenarioChoice.setValue("default");
        }
        openButton.setOnAction(e -> chooseFile());
        runButton.setOnAction(e -> runSelected());
        runButton.setDefaultButton(true);

        ToolBar bar = new ToolBar(new Label("Scenario:"), scenarioChoice, openButton, runButton, progress);
        HBox bottom = new HBox(status);
        bottom.setPadding(new Insets(6));
        BorderPane root = new BorderPane(chartViewer, bar, null, bottom, null);
        stage.setTitle("scmsim: SCMS capacity planning");
        stage.setScene(new Scene(root, 1100, 650));
        stage.show();
    }

    /** The chart currently shown (for tests and exports). */
    public JFreeChart chart() {
        return chartViewer.getChart();
    }

    private void chooseFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open scenario");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario (YAML)", "*.yaml", "*.yml"));
        File f = fc.showOpenDialog(stage);
        if (f != null) {
            scenarioChoice.setValue(f.getPath());
        }
    }

    private void runSelected() {
        String chosen = scenarioChoice.getEditor().getText();
        if (chosen == null || chosen.isBlank()) {
            chosen = scenarioChoice.getValue();
        }
        if (chosen == null || chosen.isBlank()) {
            showError("Choose a scenario first.");
            return;
        }
        String name = chosen.trim();
        Task<RunResult> task = new Task<>() {
            @Override
            protected RunResult call() throws Exception {
                updateMessage("Running " + name + "…");
                Scenario s = new ScenarioLoader().load(name).scenario();
                return ScenarioRun.run(s, 0, p -> {
                    updateProgress(p.simulatedSeconds(), p.horizonSeconds());
                    updateMessage(String.format(java.util.Locale.ROOT, "Running %s: %s, %,d OBUs, %,d without a pseudonym",
                            name, p.date(), p.obusActive(), p.obusWithoutCertificate()));
                });
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        task.setOnRunning(e -> {
            runButton.setDisable(true);
            progress.setVisible(true);
            status.setStyle("");
        });
        task.setOnSucceeded(e -> {
            status.textProperty().unbind();
            RunResult r = task.getValue();
            chartViewer.setChart(DemandChart.create(r.scenario() + ": certificate demand and backlog", r.weeks()));
            status.setText(String.format(java.util.Locale.ROOT,
                    "%s: %,d certificates issued over %d weeks; peak backlog %,d; mean request-to-issue %.2f s",
                    r.scenario(), r.summary().certificatesIssued(), r.weeks().size(),
                    r.summary().peakBacklogCertificates(), r.summary().meanResponseSeconds()));
            done();
        });
        task.setOnFailed(e -> {
            status.textProperty().unbind();
            Throwable t = task.getException();
            showError(t instanceof ScenarioException se ? se.getMessage() : String.valueOf(t));
            done();
        });
        worker.submit(task);
    }

    private void done() {
        runButton.setDisable(false);
        progress.setVisible(false);
    }

    private void showError(String message) {
        status.setStyle("-fx-text-fill: #b00020;");
        status.setText(message);
    }

    /** Stops the worker thread (the window is closing). */
    public void close() {
        worker.shutdownNow();
        Platform.runLater(() -> { });
    }
}
