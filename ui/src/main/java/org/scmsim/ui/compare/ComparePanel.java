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
import org.scmsim.ui.run.LiveChart;
import org.scmsim.ui.run.RunSet;
import org.scmsim.ui.theme.Theme;

/**
 * The Compare panel: pick two or more finished runs (the first picked is the baseline), see a
 * weekly series of each with its confidence band, and a table of key figures with the differences
 * from the baseline.
 */
public final class ComparePanel {

    private final ObservableList<RunSet> runs;
    private final ObjectProperty<Theme> theme;
    private final ListView<RunSet> runList = new ListView<>();
    private final ComboBox<LiveChart.Series> metric = new ComboBox<>();
    private final ChartViewer chart;
    private final TableView<List<String>> table = new TableView<>();
    private final Label method = new Label();
    private final BorderPane root = new BorderPane();
    private final List<RunSet> picked = new ArrayList<>();
    private Comparison comparison;

    public ComparePanel(ObservableList<RunSet> runs, ObjectProperty<Theme> theme) {
        this.runs = runs;
        this.theme = theme;
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
            protected void updateItem(RunSet r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.label() + (r.outcome() == RunSet.Outcome.STOPPED ? " (stopped)" : ""));
            }
        });
        runList.setPlaceholder(new Label("Finished runs appear here."));
        runList.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RunSet>) c -> {
            // keep the order in which runs were picked: the first is the baseline
            List<RunSet> now = List.copyOf(runList.getSelectionModel().getSelectedItems());
            picked.removeIf(r -> !now.contains(r));
            now.stream().filter(r -> !picked.contains(r)).forEach(picked::add);
            refresh();
        });
        runs.addListener((ListChangeListener<RunSet>) c -> {
            while (c.next()) {
                if (c.wasAdded()) {
                    c.getAddedSubList().forEach(r -> runList.getSelectionModel().select(r));
                }
            }
        });

        for (LiveChart lc : LiveChart.resolve(LiveChart.DEFAULT_SLOTS)) {
            metric.getItems().addAll(lc.available());
        }
        metric.setConverter(new StringConverter<>() {
            @Override
            public String toString(LiveChart.Series s) {
                return s == null ? "" : s.label();
            }

            @Override
            public LiveChart.Series fromString(String s) {
                return null;
            }
        });
        if (!metric.getItems().isEmpty()) {
            metric.setValue(metric.getItems().get(0));
        }
        metric.valueProperty().addListener((o, was, now) -> refresh());

        Button clear = new Button("Clear selection");
        clear.setOnAction(e -> runList.getSelectionModel().clearSelection());
        Label hint = new Label("Ctrl-click to pick runs; the first picked is the baseline.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox left = new VBox(6, new Label("Runs"), runList, hint, clear);
        VBox.setVgrow(runList, Priority.ALWAYS);
        left.setPadding(new Insets(8));
        left.setPrefWidth(260);

        HBox top = new HBox(8, new Label("Weekly series"), metric);
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
        LiveChart.Series s = metric.getValue();
        if (s != null) {
            String axis = LiveChart.resolve(LiveChart.DEFAULT_SLOTS).stream().filter(c -> c.series().contains(s))
                    .map(LiveChart::axis).findFirst().orElse("");
            chart.setChart(theme.get().style(comparison.chart(s, axis)));
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

    // ---- for the dashboard and tests

    /** The comparison shown, or null when no run is picked. */
    public Comparison comparison() {
        return comparison;
    }

    public JFreeChart chart() {
        return chart.getChart();
    }

    /** Picks these runs, in this order (the first is the baseline). */
    public void pick(List<RunSet> sets) {
        runList.getSelectionModel().clearSelection();
        sets.forEach(r -> runList.getSelectionModel().select(r));
    }
}
