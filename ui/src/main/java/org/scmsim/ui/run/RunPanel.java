package org.scmsim.ui.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.scmsim.model.config.Fidelity;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.run.Progress;
import org.scmsim.results.chart.ShadedPeriod;
import org.scmsim.results.chart.TimeSeriesChart;
import org.scmsim.results.data.TimeTable;
import org.scmsim.scenarios.format.ScenarioFormat;
import org.scmsim.ui.scenario.DisruptionPeriods;
import org.scmsim.ui.theme.Theme;

/**
 * The Run panel: replications and fidelity chosen here, Run and Stop, a progress bar with the simulated date,
 * and four charts (the report's own builders) that follow the run week by week as it goes. The simulation runs on its own thread; the panel
 * receives snapshots at most every {@link #SNAPSHOT_INTERVAL_MS} ms, so the window never freezes.
 */
public final class RunPanel {

    static final String AS_IN_SCENARIO = "as in the scenario";

    /** Least time between two chart refreshes while a run goes on. */
    public static final long SNAPSHOT_INTERVAL_MS = 250;

    private final Supplier<Scenario> scenarioSource;
    private final ReplicationRunner runner;
    private final Consumer<RunSet> onFinished;
    private final ObjectProperty<Theme> theme;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scmsim-run");
        t.setDaemon(true);
        return t;
    });

    private final Spinner<Integer> replications = new Spinner<>(1, 1000, 1);
    private final ComboBox<String> fidelity = new ComboBox<>();
    private final Button runButton = new Button("Run");
    private final Button stopButton = new Button("Stop");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label simulatedDate = new Label("");
    private final Label status = new Label("Press Run (Ctrl+R) to run the scenario being edited.");
    private final TableView<List<String>> summary = new TableView<>();
    private final Map<String, ChartViewer> viewers = new LinkedHashMap<>();
    private final List<PanelCharts> charts = PanelCharts.ALL;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BorderPane root = new BorderPane();
    private final ChartViewer costViewer = new ChartViewer(TimeSeriesChart.titled("Cumulative cost").build());

    private RunJob job;
    private RunSet last;
    private RunSnapshot lastSnapshot;
    private int runNumber;
    private String runningScenario = "";
    private long snapshotsShown;
    private boolean active = true;
    private List<ShadedPeriod> shaded = List.of();
    private boolean chartsStale;
    private long lastRedrawEnd;
    private long lastRedrawNanos;

    /**
     * @param scenarioSource the scenario to run (null when it has problems; the source reports them)
     * @param runner         runs one replication
     * @param onFinished     told of every run that ends with at least one replication, on the FX thread
     * @param theme          the dashboard's theme, for the charts
     */
    public RunPanel(Supplier<Scenario> scenarioSource, ReplicationRunner runner, Consumer<RunSet> onFinished,
                    ObjectProperty<Theme> theme) {
        this.scenarioSource = scenarioSource;
        this.runner = runner;
        this.onFinished = onFinished;
        this.theme = theme;
        build();
        theme.addListener((o, was, now) -> {
            viewers.values().forEach(v -> now.style(v.getChart()));   // recolour only
            if (costViewer.getChart() != null) {
                now.style(costViewer.getChart());
            }
        });
    }

    public Node view() {
        return root;
    }

    private void build() {
        replications.setId("replications");
        replications.setEditable(true);
        replications.setPrefWidth(90);
        replications.setTooltip(new Tooltip("Independent replications (random substreams 0..n-1); with two or more, charts show 95% confidence bands"));
        runButton.setId("runButton");
        stopButton.setId("stopButton");
        progress.setId("runProgress");
        simulatedDate.setId("simulatedDate");
        status.setId("runStatus");
        summary.setId("summaryTable");
        runButton.setOnAction(e -> start());
        stopButton.setOnAction(e -> stop());
        runButton.disableProperty().bind(running);
        stopButton.disableProperty().bind(running.not());
        progress.setPrefWidth(260);

        fidelity.setId("fidelity");
        fidelity.getItems().add(AS_IN_SCENARIO);
        for (Fidelity.Mode m : Fidelity.Mode.values()) {
            fidelity.getItems().add(m.name().toLowerCase(Locale.ROOT));
        }
        fidelity.setValue(AS_IN_SCENARIO);
        fidelity.setTooltip(new Tooltip("How much cryptography runs for real: model (costs only), sampled (real crypto for a "
                + "sample of devices), full (every certificate really issued and verified)"));
        HBox controls = new HBox(10, new Label("Replications"), replications, new Label("Fidelity"), fidelity,
                runButton, stopButton, progress, simulatedDate);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(8));

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(0, 8, 0, 8));
        for (int c = 0; c < 2; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(50);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < 2; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(50);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        int i = 0;
        for (PanelCharts c : charts) {
            ChartViewer v = new ChartViewer(theme.get().style(c.build(null, "", List.of())));
            v.setId("chart-" + c.id());
            v.setMinSize(200, 150);
            viewers.put(c.id(), v);
            grid.add(v, i % 2, i / 2);
            i++;
        }
        costViewer.setId("chart-cost");
        costViewer.setMinSize(200, 150);
        costViewer.setVisible(false);
        grid.add(costViewer, 1, 1);   // shares the utilisation chart's cell; shown when a priced run ends

        TableColumn<List<String>, String> name = new TableColumn<>("Key figure");
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().get(0)));
        name.setPrefWidth(260);
        TableColumn<List<String>, String> value = new TableColumn<>("Mean");
        value.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().get(1)));
        value.setPrefWidth(160);
        TableColumn<List<String>, String> ci = new TableColumn<>("95% CI ±");
        ci.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().get(2)));
        ci.setPrefWidth(140);
        summary.getColumns().add(name);
        summary.getColumns().add(value);
        summary.getColumns().add(ci);
        summary.setPrefHeight(150);
        summary.setPlaceholder(new Label("Key figures appear here when a run ends."));

        VBox bottom = new VBox(4, summary, status);
        bottom.setPadding(new Insets(6, 8, 6, 8));
        root.setTop(controls);
        root.setCenter(grid);
        root.setBottom(bottom);
    }

    /** Starts a run of the current scenario (ignored while one runs). */
    public void start() {
        if (running.get()) {
            return;
        }
        Scenario s = scenarioSource.get();
        if (s == null) {
            showError("The scenario has problems: fix the fields marked in red on the Scenario panel first.");
            return;
        }
        String f = fidelity.getValue();
        if (f != null && !f.equals(AS_IN_SCENARIO)) {
            s = s.withFidelity(new Fidelity(Fidelity.Mode.valueOf(f.toUpperCase(Locale.ROOT)), s.fidelity().sampleFraction(),
                    s.fidelity().backend(), s.fidelity().threads()));
        }
        int n = replications.getValue();
        runNumber++;
        runningScenario = s.name();
        shaded = DisruptionPeriods.shaded(ScenarioFormat.writer().valueToTree(s));
        String label = s.name() + " #" + runNumber + (n > 1 ? " ×" + n : "");
        SnapshotPublisher<RunSnapshot> publisher = new SnapshotPublisher<>(Platform::runLater, SNAPSHOT_INTERVAL_MS, this::show);
        job = new RunJob(label, s, n, runner, publisher,
                set -> Platform.runLater(() -> finished(set)),
                failure -> Platform.runLater(() -> failed(failure)));
        running.set(true);
        snapshotsShown = 0;
        costViewer.setVisible(false);
        viewers.get("utilisation").setVisible(true);
        progress.setProgress(0);
        simulatedDate.setText("");
        status.getStyleClass().removeAll("error-text");
        status.setText("Running " + label + "…");
        worker.submit(job);
    }

    /** Stops the run in progress, keeping the replications already finished. */
    public void stop() {
        RunJob j = job;
        if (j != null && running.get()) {
            j.stop();
            status.setText("Stopping after the current replication…");
        }
    }

    private void show(RunSnapshot s) {
        lastSnapshot = s;
        snapshotsShown++;
        progress.setProgress(s.fraction());
        Progress p = s.latest();
        if (s.running() >= 0 && p != null) {
            simulatedDate.setText(String.format(Locale.ROOT, "Simulated date %s · replication %d of %d · %,d OBUs, %,d without a valid pseudonym",
                    p.date(), s.running() + 1, s.replications(), p.obusActive(), p.obusWithoutCertificate()));
        } else {
            simulatedDate.setText(String.format(Locale.ROOT, "%d of %d replications finished",
                    s.finishedCount(), s.replications()));
        }
        if (!active) {
            chartsStale = true;   // drawn when the panel is shown again
        } else if (s.running() >= 0 && System.nanoTime() - lastRedrawEnd < 3 * lastRedrawNanos) {
            chartsStale = true;   // drawing takes long on this machine: keep the FX thread mostly free
        } else {
            redraw();
        }
    }

    /** Whether the panel is on screen; while it is not, charts are left stale and drawn on return. */
    public void setActive(boolean active) {
        this.active = active;
        if (active && chartsStale) {
            redraw();
        }
    }

    private void redraw() {
        long t0 = System.nanoTime();
        chartsStale = false;
        RunSnapshot s = lastSnapshot;
        TimeTable t = null;
        String subtitle = "";
        if (s != null && s.running() >= 0 && s.runningWeeks() != null) {
            t = s.runningWeeks().table();
            subtitle = runningScenario + ": replication " + (s.running() + 1) + " of " + s.replications()
                    + ", running (" + t.size() + " weeks simulated)";
        } else if (s != null && s.finished() != null) {
            t = s.finished().table();
            subtitle = runningScenario + (s.finished().size() > 1 ? ": mean of " + s.finished().size() + " replications" : "");
        }
        for (PanelCharts c : charts) {
            viewers.get(c.id()).setChart(theme.get().style(c.build(t, subtitle, shaded)));
        }
        lastRedrawEnd = System.nanoTime();
        lastRedrawNanos = lastRedrawEnd - t0;
    }

    private void finished(RunSet set) {
        running.set(false);
        if (chartsStale && active) {
            redraw();
        }
        showCost(set);
        last = set;
        fillSummary(set);
        status.getStyleClass().removeAll("error-text");
        status.setText(String.format(Locale.ROOT, "%s: %s, %d of %d replications.", set.label(),
                set.outcome() == RunSet.Outcome.COMPLETED ? "finished" : "stopped",
                set.size(), lastSnapshot == null ? set.size() : lastSnapshot.replications()));
        progress.setProgress(1);
        onFinished.accept(set);
    }

    /** With a priced scenario, the cost chart takes the utilisation chart's place once the run ends. */
    private void showCost(RunSet set) {
        ChartViewer util = viewers.get("utilisation");
        String currency = set.scenario() == null ? "" : currencyOf(set.scenario());
        JFreeChart cost = RunCost.chart(set.scenario() == null ? set.label() : set.scenario().name(), currency, set.replications());
        costViewer.setVisible(cost != null);
        util.setVisible(cost == null);
        if (cost != null) {
            costViewer.setChart(theme.get().style(cost));
        }
    }

    private static String currencyOf(Scenario s) {
        com.fasterxml.jackson.databind.JsonNode tree = ScenarioFormat.writer().valueToTree(s);
        return tree.path("cost").path("currency").asText("");
    }

    private void failed(Throwable t) {
        running.set(false);
        if (chartsStale && active) {
            redraw();
        }
        if (t instanceof RunJob.StoppedBeforeFirstReplication) {
            status.getStyleClass().removeAll("error-text");
            status.setText("Stopped before the first replication finished: nothing to show.");
        } else {
            showError("The run failed: " + (t.getMessage() == null ? t.toString() : t.getMessage()));
        }
    }

    private void fillSummary(RunSet set) {
        List<List<String>> rows = new ArrayList<>();
        set.arm().summary().forEach((k, m) -> {
            if (KeyFigures.isRunTotal(k)) {
                rows.add(List.of(KeyFigures.label(k), KeyFigures.format(k, m.mean()),
                        Double.isNaN(m.ci95HalfWidth()) ? "–" : KeyFigures.format(k, m.ci95HalfWidth())));
            }
        });
        rows.sort(java.util.Comparator.comparingInt(r -> KeyFigures.rank(r.get(0))));
        summary.getItems().setAll(rows);
    }

    private void showError(String message) {
        if (!status.getStyleClass().contains("error-text")) {
            status.getStyleClass().add("error-text");
        }
        status.setText(message);
    }

    // ---- for the dashboard and tests

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** The chart with this id ({@code demand}, {@code backlog}, {@code without}, {@code utilisation}). */
    public JFreeChart chart(String id) {
        ChartViewer v = viewers.get(id);
        return v == null ? null : v.getChart();
    }

    /** The charts as shown, by id (with {@code cost} once a priced run has ended). */
    public Map<String, JFreeChart> charts() {
        Map<String, JFreeChart> out = new LinkedHashMap<>();
        viewers.forEach((k, v) -> out.put(k, v.getChart()));
        if (costViewer.isVisible() && costViewer.getChart() != null) {
            out.put("cost", costViewer.getChart());
        }
        return out;
    }

    /** The last run that ended, or null. */
    public RunSet lastRun() {
        return last;
    }

    /** Replications finished so far in the current or last run, as last shown. */
    public int finishedSoFar() {
        RunSnapshot s = lastSnapshot;
        return s == null ? 0 : s.finishedCount();
    }

    /** How many snapshots the panel has drawn during the current or last run. */
    public long snapshotsShown() {
        return snapshotsShown;
    }

    public ComboBox<String> fidelityControl() {
        return fidelity;
    }

    public Spinner<Integer> replicationsControl() {
        return replications;
    }

    public String statusText() {
        return status.getText();
    }

    /** Stops any run and the worker thread (the window is closing). */
    public void close() {
        RunJob j = job;
        if (j != null) {
            j.stop();
        }
        worker.shutdownNow();
    }
}
