package org.scmsim.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.scmsim.results.chart.TimeSeriesChart;
import org.scmsim.results.report.Table;
import org.scmsim.ui.run.Arm;
import org.scmsim.scenarios.experiment.Metrics;
import org.scmsim.ui.run.KeyFigures;
import org.scmsim.ui.run.SnapshotPublisher;
import org.scmsim.ui.settings.SettingsStore;
import org.scmsim.scenarios.experiment.Experiment;
import org.scmsim.scenarios.experiment.ExperimentLoader;
import org.scmsim.scenarios.experiment.ThreadPoolRunner;
import org.scmsim.scenarios.format.ScenarioException;
import javafx.application.Platform;
import javafx.scene.control.ProgressBar;
import javafx.stage.FileChooser;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.scmsim.ui.theme.Theme;

/**
 * The Compare panel: pick two or more finished runs or experiment arms (the first picked is the
 * baseline), see a weekly series of each with its confidence band, and a table of key figures with
 * the differences from the baseline. An experiment (shipped or a file) runs from here with the
 * command line's experiment runner, on all cores, into its usual folder; its arms join the list.
 */
public final class ComparePanel {

    private final ObservableList<Arm> runs;
    private final ObjectProperty<Theme> theme;
    private final ListView<Arm> runList = new ListView<>();
    private final ComboBox<String> metric = new ComboBox<>();
    private final ChartViewer chart;
    private final TableView<List<String>> table = new TableView<>();
    private final Label method = new Label();
    private final BorderPane root = new BorderPane();
    private final List<Arm> picked = new ArrayList<>();
    private Comparison comparison;
    private final SettingsStore settings;
    private final ComboBox<String> experimentChoice = new ComboBox<>();
    private final Button runExperiment = new Button("Run experiment");
    private final Button stopExperiment = new Button("Stop");
    private final ProgressBar experimentProgress = new ProgressBar(0);
    private final Label experimentStatus = new Label();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scmsim-experiment");
        t.setDaemon(true);
        return t;
    });
    private ExperimentJob experimentJob;
    private ExperimentJob.Result lastExperiment;

    public ComparePanel(ObservableList<Arm> runs, ObjectProperty<Theme> theme, SettingsStore settings) {
        this.runs = runs;
        this.theme = theme;
        this.settings = settings;
        this.chart = new ChartViewer(theme.get().style(TimeSeriesChart.titled("Pick two or more runs").build()));
        build();
        theme.addListener((o, was, now) -> refresh());
    }

    public Node view() {
        return root;
    }

    private void build() {
        runList.setId("compareRuns");
        metric.setId("compareMetric");
        chart.setId("compareChart");
        table.setId("compareTable");
        method.setId("compareMethod");
        runList.setItems(runs);
        runList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        runList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Arm r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.label() + (r.size() > 1 && !r.label().contains("×") ? " ×" + r.size() : "") + (r.stopped() ? " (stopped)" : ""));
            }
        });
        runList.setPlaceholder(new Label("Finished runs appear here."));
        runList.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Arm>) c -> {
            // keep the order in which runs were picked: the first is the baseline
            List<Arm> now = List.copyOf(runList.getSelectionModel().getSelectedItems());
            picked.removeIf(r -> !now.contains(r));
            now.stream().filter(r -> !picked.contains(r)).forEach(picked::add);
            refresh();
        });
        runs.addListener((ListChangeListener<Arm>) c -> {
            while (c.next()) {
                if (c.wasAdded()) {
                    c.getAddedSubList().forEach(r -> runList.getSelectionModel().select(r));
                }
            }
        });

        metric.getItems().addAll(Metrics.weeklyColumns());
        metric.setConverter(new StringConverter<>() {
            @Override
            public String toString(String column) {
                return column == null ? "" : KeyFigures.label(column);
            }

            @Override
            public String fromString(String s) {
                return metric.getItems().stream().filter(c -> KeyFigures.label(c).equals(s)).findFirst().orElse(null);
            }
        });
        metric.setValue(metric.getItems().contains("certificates_issued") ? "certificates_issued"
                : metric.getItems().isEmpty() ? null : metric.getItems().get(0));
        metric.valueProperty().addListener((o, was, now) -> refresh());

        Button clear = new Button("Clear selection");
        clear.setOnAction(e -> runList.getSelectionModel().clearSelection());
        Label hint = new Label("Ctrl-click to pick runs; the first picked is the baseline.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox left = new VBox(6, new Label("Runs and experiment arms"), runList, hint, clear, experimentBox());
        VBox.setVgrow(runList, Priority.ALWAYS);
        left.setPadding(new Insets(8));
        left.setPrefWidth(300);

        HBox top = new HBox(8, new Label("Weekly column"), metric);
        top.setAlignment(Pos.CENTER_LEFT);
        table.setPlaceholder(new Label("Pick two or more runs to compare their key figures."));
        method.getStyleClass().add("hint");
        method.setWrapText(true);
        SplitPane right = new SplitPane(chart, new VBox(4, table, method));
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.55);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox rightBox = new VBox(6, top, right);
        VBox.setVgrow(right, Priority.ALWAYS);
        rightBox.setPadding(new Insets(8));
        root.setLeft(left);
        root.setCenter(rightBox);
    }

    private void refresh() {
        if (picked.isEmpty()) {
            comparison = null;
            chart.setChart(theme.get().style(TimeSeriesChart.titled("Pick two or more runs").build()));
            table.getColumns().clear();
            table.getItems().clear();
            method.setText("");
            return;
        }
        comparison = new Comparison(picked);
        String column = metric.getValue();
        if (column != null) {
            chart.setChart(theme.get().style(comparison.chart(column)));
        }
        show(comparison.table());
        method.setText(comparison.method());
    }

    private void show(Table t) {
        table.getColumns().clear();
        for (int i = 0; i < t.columns().size(); i++) {
            final int col = i;
            TableColumn<List<String>, String> c = new TableColumn<>(t.columns().get(i));
            c.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().get(col)));
            c.setPrefWidth(i == 0 ? 240 : 190);
            if (i > 0 && t.numeric(i)) {
                c.setStyle("-fx-alignment: CENTER-RIGHT;");
            }
            table.getColumns().add(c);
        }
        table.getItems().setAll(t.rows());
    }

    private VBox experimentBox() {
        experimentChoice.setId("experimentChoice");
        runExperiment.setId("runExperiment");
        stopExperiment.setId("stopExperiment");
        experimentProgress.setId("experimentProgress");
        experimentStatus.setId("experimentStatus");
        experimentChoice.getItems().addAll(ExperimentLoader.shipped());
        experimentChoice.setEditable(true);
        experimentChoice.setPromptText("shipped experiment or file");
        experimentChoice.setMaxWidth(Double.MAX_VALUE);
        if (!experimentChoice.getItems().isEmpty()) {
            experimentChoice.setValue(experimentChoice.getItems().get(0));
        }
        Button open = new Button("Open…");
        open.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Open experiment");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Experiment (YAML)", "*.yaml", "*.yml"));
            File f = fc.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
            if (f != null) {
                experimentChoice.getEditor().setText(f.getPath());
                experimentChoice.setValue(f.getPath());
            }
        });
        runExperiment.setOnAction(e -> runExperiment(null));
        Button openFolder = new Button("Open folder…");
        openFolder.setId("openExperimentFolder");
        openFolder.setOnAction(e -> {
            javafx.stage.DirectoryChooser dc = new javafx.stage.DirectoryChooser();
            dc.setTitle("Open an experiment folder");
            File base = new File(settings.get("runs.dir", Path.of(System.getProperty("user.home"), "scmsim-runs").toString()));
            if (base.isDirectory()) {
                dc.setInitialDirectory(base);
            }
            File f = dc.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
            if (f != null) {
                openExperimentFolder(f.toPath());
            }
        });
        stopExperiment.setOnAction(e -> {
            if (experimentJob != null) {
                experimentJob.stop();
                experimentStatus.setText("Stopping; finished replications are kept…");
            }
        });
        stopExperiment.setDisable(true);
        experimentProgress.setMaxWidth(Double.MAX_VALUE);
        experimentStatus.setWrapText(true);
        experimentStatus.getStyleClass().add("hint");
        Label title = new Label("Experiment (arms, sweeps, replications)");
        HBox buttons = new HBox(6, open, runExperiment, stopExperiment);
        return new VBox(6, title, experimentChoice, buttons, openFolder, experimentProgress, experimentStatus);
    }

    /**
     * Runs an experiment (the one chosen when {@code nameOrPath} is null) into {@code runs/<name>-<time>}
     * under the dashboard's run folder; its arms join the list when it ends.
     */
    public void runExperiment(String nameOrPath) {
        if (experimentJob != null) {
            return;
        }
        String chosen = nameOrPath != null ? nameOrPath
                : experimentChoice.getEditor().getText() != null && !experimentChoice.getEditor().getText().isBlank()
                ? experimentChoice.getEditor().getText().trim() : experimentChoice.getValue();
        if (chosen == null || chosen.isBlank()) {
            experimentStatus.setText("Choose an experiment first.");
            return;
        }
        Experiment exp;
        try {
            exp = new ExperimentLoader().load(chosen);
        } catch (ScenarioException ex) {
            experimentStatus.setText("Cannot run " + chosen + ": " + ex.problems().get(0)
                    + (ex.problems().size() > 1 ? " (and " + (ex.problems().size() - 1) + " more)" : ""));
            return;
        }
        Path base = Path.of(settings.get("runs.dir", Path.of(System.getProperty("user.home"), "scmsim-runs").toString()));
        Path dir = base.resolve(exp.name() + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        SnapshotPublisher<ExperimentJob.State> states = new SnapshotPublisher<>(Platform::runLater, 250, st -> {
            experimentProgress.setProgress(st.fraction());
            experimentStatus.setText(String.format(java.util.Locale.ROOT, "%s: %d of %d replications%s", exp.name(),
                    st.done(), st.total(), st.note().isEmpty() ? "" : " · " + st.note()));
        });
        ExperimentJob job = new ExperimentJob(exp, dir, ThreadPoolRunner.allCores(), states,
                r -> Platform.runLater(() -> {
                    experimentJob = null;
                    lastExperiment = r;
                    runExperiment.setDisable(false);
                    stopExperiment.setDisable(true);
                    runs.addAll(r.arms());
                    pick(r.arms());
                    experimentStatus.setText(exp.name() + " " + r.outcome().status().name().toLowerCase(java.util.Locale.ROOT)
                            + ": " + r.arms().size() + " arms added; files in " + r.outcome().dir());
                }),
                t -> Platform.runLater(() -> {
                    experimentJob = null;
                    runExperiment.setDisable(false);
                    stopExperiment.setDisable(true);
                    experimentStatus.setText("The experiment failed: " + (t.getMessage() == null ? t : t.getMessage()));
                }));
        experimentJob = job;
        runExperiment.setDisable(true);
        stopExperiment.setDisable(false);
        experimentProgress.setProgress(0);
        experimentStatus.setText("Running " + exp.name() + " into " + dir + "…");
        worker.submit(job);
    }

    /** Adds the arms of an experiment folder written earlier, and picks them. */
    public boolean openExperimentFolder(Path dir) {
        try {
            List<Arm> arms = ExperimentFolders.read(dir);
            runs.addAll(arms);
            pick(arms);
            experimentStatus.setText(arms.size() + " arms read from " + dir);
            return true;
        } catch (ExperimentFolders.NotAnExperiment e) {
            experimentStatus.setText(e.getMessage());
            return false;
        }
    }

    /** The last experiment that ended, or null. */
    public ExperimentJob.Result lastExperiment() {
        return lastExperiment;
    }

    public String experimentStatus() {
        return experimentStatus.getText();
    }

    public void close() {
        if (experimentJob != null) {
            experimentJob.stop();
        }
        worker.shutdownNow();
    }

    // ---- for the dashboard and tests

    /** The comparison shown, or null when no run is picked. */
    public Comparison comparison() {
        return comparison;
    }

    public JFreeChart chart() {
        return chart.getChart();
    }

    /** Picks these runs, in this order (the first is the baseline). */
    public void pick(List<Arm> sets) {
        runList.getSelectionModel().clearSelection();
        sets.forEach(r -> runList.getSelectionModel().select(r));
    }
}
