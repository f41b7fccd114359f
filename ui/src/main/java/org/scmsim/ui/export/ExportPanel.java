package org.scmsim.ui.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.scmsim.ui.compare.Comparison;
import org.scmsim.ui.run.RunSet;
import org.scmsim.ui.settings.SettingsStore;

/**
 * The Export panel: a run (and the comparison picked on the Compare panel), a folder, and what to
 * write: the HTML report, charts as PNG and SVG, data as CSV. Writing runs off the FX thread.
 */
public final class ExportPanel {

    private final ObservableList<RunSet> runs;
    private final Supplier<Comparison> comparison;
    private final SettingsStore settings;
    private final ComboBox<RunSet> run = new ComboBox<>();
    private final TextField folder = new TextField();
    private final CheckBox html = new CheckBox("HTML report (with Markdown, charts and tables)");
    private final CheckBox png = new CheckBox("Charts as PNG");
    private final CheckBox svg = new CheckBox("Charts as SVG");
    private final CheckBox csv = new CheckBox("Data as CSV (tables, weekly rows per replication, resolved scenario)");
    private final CheckBox withComparison = new CheckBox("Include the comparison picked on the Compare panel");
    private final Button exportButton = new Button("Export");
    private final Label status = new Label("Run a scenario first; then choose a folder and press Export.");
    private final ListView<String> written = new ListView<>();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private final VBox root = new VBox(10);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scmsim-export");
        t.setDaemon(true);
        return t;
    });
    private volatile List<Path> lastWritten = List.of();

    public ExportPanel(ObservableList<RunSet> runs, Supplier<Comparison> comparison, SettingsStore settings) {
        this.runs = runs;
        this.comparison = comparison;
        this.settings = settings;
        build();
    }

    public Node view() {
        return root;
    }

    private void build() {
        run.setId("exportRun");
        folder.setId("exportFolder");
        html.setId("exportHtml");
        png.setId("exportPng");
        svg.setId("exportSvg");
        csv.setId("exportCsv");
        withComparison.setId("exportComparison");
        exportButton.setId("exportButton");
        status.setId("exportStatus");
        written.setId("exportFiles");
        html.setSelected(true);
        png.setSelected(true);
        svg.setSelected(true);
        csv.setSelected(true);
        withComparison.setSelected(true);
        run.setItems(runs);
        run.setPrefWidth(360);
        run.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RunSet r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.label());
            }
        });
        run.setButtonCell(run.getCellFactory().call(null));
        runs.addListener((ListChangeListener<RunSet>) c -> {
            if (!runs.isEmpty()) {
                run.setValue(runs.get(runs.size() - 1));
            }
        });
        folder.setText(settings.get("export.dir", Path.of(System.getProperty("user.home"), "scmsim-exports").toString()));
        folder.setPrefColumnCount(40);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle("Export into folder");
            File current = new File(folder.getText());
            if (current.isDirectory()) {
                dc.setInitialDirectory(current);
            }
            File f = dc.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
            if (f != null) {
                folder.setText(f.getPath());
            }
        });
        exportButton.setOnAction(e -> export());
        exportButton.disableProperty().bind(busy.or(run.valueProperty().isNull()));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.add(new Label("Run"), 0, 0);
        grid.add(run, 1, 0);
        grid.add(new Label("Folder"), 0, 1);
        HBox where = new HBox(6, folder, browse);
        where.setAlignment(Pos.CENTER_LEFT);
        grid.add(where, 1, 1);
        VBox what = new VBox(6, html, png, svg, csv, withComparison);
        grid.add(new Label("Write"), 0, 2);
        grid.add(what, 1, 2);
        status.setWrapText(true);
        written.setPlaceholder(new Label("Files written appear here."));
        VBox.setVgrow(written, Priority.ALWAYS);
        Label title = new Label("Export the report, charts and data");
        title.getStyleClass().add("panel-title");
        root.getChildren().addAll(title, grid, new HBox(8, exportButton), status, written);
        root.setPadding(new Insets(12));
    }

    /** Exports with the panel's choices, off the FX thread. */
    public void export() {
        RunSet r = run.getValue();
        if (r == null || busy.get()) {
            return;
        }
        Exporter.Options options = new Exporter.Options(html.isSelected(), png.isSelected(), svg.isSelected(), csv.isSelected());
        if (!options.any()) {
            error("Choose at least one thing to write.");
            return;
        }
        String text = folder.getText() == null ? "" : folder.getText().trim();
        if (text.isEmpty()) {
            error("Choose a folder to export into.");
            return;
        }
        Path dir;
        try {
            dir = Path.of(text);
        } catch (java.nio.file.InvalidPathException ex) {
            error("Not a folder name: " + text);
            return;
        }
        Comparison cmp = withComparison.isSelected() ? comparison.get() : null;
        busy.set(true);
        status.getStyleClass().removeAll("error-text");
        status.setText("Writing into " + dir + "…");
        worker.submit(() -> {
            try {
                List<Path> files = Exporter.export(r, cmp, dir, options);
                lastWritten = files;
                Platform.runLater(() -> {
                    busy.set(false);
                    settings.put("export.dir", dir.toString());
                    written.getItems().setAll(files.stream().map(Path::toString).toList());
                    status.setText("Wrote " + files.size() + " files into " + dir.toAbsolutePath()
                            + (options.html() ? ": open report.html in a browser." : "."));
                });
            } catch (IOException | RuntimeException ex) {
                Platform.runLater(() -> {
                    busy.set(false);
                    error("Could not export into " + dir + ": " + ex.getMessage());
                });
            }
        });
    }

    private void error(String message) {
        if (!status.getStyleClass().contains("error-text")) {
            status.getStyleClass().add("error-text");
        }
        status.setText(message);
    }

    // ---- for the dashboard and tests

    public void setFolder(Path dir) {
        folder.setText(dir.toString());
    }

    public boolean isBusy() {
        return busy.get();
    }

    public List<Path> lastWritten() {
        return lastWritten;
    }

    public String statusText() {
        return status.getText();
    }

    public void close() {
        worker.shutdownNow();
    }
}
