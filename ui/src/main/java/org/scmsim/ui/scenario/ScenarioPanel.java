package org.scmsim.ui.scenario;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.scmsim.model.config.DeploymentYear;
import org.scmsim.model.config.Scenario;
import org.scmsim.results.chart.CategoryChart;
import org.scmsim.results.io.AtomicFiles;
import org.scmsim.scenarios.format.ScenarioException;
import org.scmsim.scenarios.format.ScenarioLibrary;
import org.scmsim.scenarios.format.ScenarioLoader;
import org.scmsim.scenarios.format.ScenarioProblem;
import org.scmsim.scenarios.run.ScenarioRun;
import org.scmsim.ui.settings.SettingsStore;
import org.scmsim.ui.theme.Theme;

/**
 * The Scenario panel: open a shipped scenario or a file, edit it in the planner's form (problems
 * shown at their field and listed on the right), see the deployment curve, and save it as YAML.
 */
public final class ScenarioPanel {

    private final SettingsStore settings;
    private final ObjectProperty<Theme> theme;
    private final ComboBox<String> shipped = new ComboBox<>();
    private final Button openButton = new Button("Open…");
    private final Button saveButton = new Button("Save");
    private final Button saveAsButton = new Button("Save as…");
    private final Label sourceLabel = new Label();
    private final Label validity = new Label();
    private final ListView<ScenarioProblem> problemList = new ListView<>();
    private final ChartViewer deploymentChart;
    private final BorderPane formHolder = new BorderPane();
    private final BorderPane root = new BorderPane();
    private final StringProperty source = new SimpleStringProperty("");
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);

    private ScenarioForm form;
    private Path file;   // where Save writes; null for a shipped scenario
    private Scenario lastValid;

    public ScenarioPanel(SettingsStore settings, ObjectProperty<Theme> theme) {
        this.settings = settings;
        this.theme = theme;
        this.deploymentChart = new ChartViewer(theme.get().style(CategoryChart.titled("Deployment curve").build()));
        build();
        theme.addListener((o, was, now) -> drawDeployment());
    }

    public Node view() {
        return root;
    }

    private void build() {
        shipped.setId("scenarioChoice");
        openButton.setId("openButton");
        saveButton.setId("saveButton");
        saveAsButton.setId("saveAsButton");
        sourceLabel.setId("scenarioSource");
        validity.setId("validity");
        problemList.setId("problemList");
        deploymentChart.setId("deploymentChart");
        shipped.getItems().addAll(ScenarioLibrary.names().stream().filter(n -> !n.equals(ScenarioLoader.REFERENCE)).toList());
        shipped.setPromptText("shipped scenario");
        shipped.setOnAction(e -> {
            String v = shipped.getValue();
            if (v != null && !v.equals(source.get())) {
                if (confirmDiscard(root.getScene() == null ? null : root.getScene().getWindow())) {
                    open(v);
                } else if (ScenarioLibrary.exists(source.get())) {
                    shipped.setValue(source.get());   // stay on the scenario being edited
                } else {
                    shipped.setValue(null);
                }
            }
        });
        openButton.setOnAction(e -> openDialog(root.getScene() == null ? null : root.getScene().getWindow()));
        saveButton.setOnAction(e -> save(root.getScene() == null ? null : root.getScene().getWindow()));
        saveAsButton.setOnAction(e -> saveAs(root.getScene() == null ? null : root.getScene().getWindow()));
        sourceLabel.getStyleClass().add("hint");

        HBox bar = new HBox(8, new Label("Shipped"), shipped, openButton, saveButton, saveAsButton, sourceLabel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));

        problemList.getStyleClass().add("problem-list");
        problemList.setPlaceholder(new Label("No problems."));
        problemList.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ScenarioProblem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.field() + ": " + p.message());
                setWrapText(true);
            }
        });
        problemList.getSelectionModel().selectedItemProperty().addListener((o, was, p) -> {
            if (p != null && form != null) {
                form.focus(p.field());
            }
        });
        VBox right = new VBox(8, deploymentChart, validity, problemList);
        VBox.setVgrow(deploymentChart, Priority.ALWAYS);
        right.setPadding(new Insets(0, 8, 8, 0));
        deploymentChart.setMinHeight(220);

        SplitPane split = new SplitPane(formHolder, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.56);
        root.setTop(bar);
        root.setCenter(split);
    }

    // ---- opening

    /** Opens a shipped scenario by name or a scenario file; on failure the problems are listed and the form is kept. */
    public boolean open(String nameOrPath) {
        try {
            ScenarioLoader.Loaded loaded = new ScenarioLoader().load(nameOrPath);
            boolean isFile = !ScenarioLibrary.exists(nameOrPath);
            setScenario(loaded.scenario(), isFile ? Path.of(nameOrPath) : null, nameOrPath);
            if (!isFile) {
                shipped.setValue(nameOrPath);
            }
            settings.put("scenario.last", nameOrPath);
            remember(nameOrPath);
            return true;
        } catch (ScenarioException e) {
            problemList.getItems().setAll(e.problems());
            setValidity(false, "Could not open " + nameOrPath + ": " + e.problems().size() + " problem(s)");
            return false;
        }
    }

    public void openDialog(Window owner) {
        if (!confirmDiscard(owner)) {
            return;
        }
        FileChooser fc = chooser("Open scenario");
        File f = fc.showOpenDialog(owner);
        if (f != null) {
            settings.put("scenario.dir", f.getParent());
            open(f.getPath());
        }
    }

    /** Shows a scenario in a new form. {@code file} is where Save writes (null: ask). */
    public void setScenario(Scenario scenario, Path file, String sourceName) {
        this.form = new ScenarioForm(scenario, PlannerLayout.PLANNER);
        this.lastValid = scenario;
        this.file = file;
        form.setOnValidated(problems -> {
            dirty.set(true);
            showProblems(problems);
        });
        formHolder.setCenter(form.view());
        source.set(sourceName);
        dirty.set(false);
        showProblems(List.of());
        updateSourceLabel();
    }

    private void showProblems(List<ScenarioProblem> problems) {
        problemList.getItems().setAll(problems);
        if (problems.isEmpty()) {
            setValidity(true, "Valid: ready to run.");
        } else {
            setValidity(false, problems.size() == 1 ? "1 problem: the field is marked in red."
                    : problems.size() + " problems: the fields are marked in red.");
        }
        drawDeployment();
        updateSourceLabel();
    }

    private void setValidity(boolean ok, String text) {
        validity.getStyleClass().removeAll("ok-text", "error-text");
        validity.getStyleClass().add(ok ? "ok-text" : "error-text");
        validity.setText(text);
    }

    private void drawDeployment() {
        Scenario s = scenario();
        if (s == null) {
            s = lastValid;   // keep showing the curve while a field is being fixed
        } else {
            lastValid = s;
        }
        CategoryChart c = CategoryChart.titled("Deployment curve: devices added per year").axes("Year", "Devices");
        if (s != null) {
            for (DeploymentYear y : s.deployment().years()) {
                c.value("OBUs", Integer.toString(y.year()), y.obus());
                c.value("RSUs", Integer.toString(y.year()), y.rsus());
            }
        }
        JFreeChart chart = c.build();
        deploymentChart.setChart(theme.get().style(chart));
    }

    private void updateSourceLabel() {
        String where = file != null ? file.toString() : source.get().isEmpty() ? "new scenario" : "shipped: " + source.get();
        sourceLabel.setText(where + (dirty.get() ? " (edited, not saved)" : ""));
    }

    /**
     * Asks what to do with unsaved edits before they would be lost: save them, discard them, or
     * cancel. True when the caller may go on.
     */
    public boolean confirmDiscard(Window owner) {
        if (!dirty.get() || form == null) {
            return true;
        }
        javafx.scene.control.ButtonType saveIt = new javafx.scene.control.ButtonType("Save");
        javafx.scene.control.ButtonType discard = new javafx.scene.control.ButtonType("Discard edits");
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                "The scenario " + source.get() + " has edits that are not saved.", saveIt, discard,
                javafx.scene.control.ButtonType.CANCEL);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setTitle("Unsaved edits");
        a.setHeaderText("Save the edits first?");
        javafx.scene.control.ButtonType answer = a.showAndWait().orElse(javafx.scene.control.ButtonType.CANCEL);
        if (answer == saveIt) {
            return save(owner);
        }
        return answer == discard;
    }

    /** Scenarios opened or saved lately, newest first (at most {@value #RECENT}). */
    public List<String> recent() {
        String all = settings.get("scenario.recent", "");
        return all.isEmpty() ? List.of() : List.of(all.split("\n"));
    }

    private static final int RECENT = 8;

    private void remember(String nameOrPath) {
        java.util.List<String> r = new java.util.ArrayList<>(recent());
        r.remove(nameOrPath);
        r.add(0, nameOrPath);
        settings.put("scenario.recent", String.join("\n", r.subList(0, Math.min(RECENT, r.size()))));
    }

    // ---- saving

    /** Saves to the file it came from, or asks where for a shipped scenario. */
    public boolean save(Window owner) {
        if (file == null) {
            return saveAs(owner);
        }
        return saveTo(file);
    }

    public boolean saveAs(Window owner) {
        FileChooser fc = chooser("Save scenario as YAML");
        Scenario s = form == null ? null : form.scenario();
        fc.setInitialFileName((s != null ? s.name() : "scenario") + ".yaml");
        File f = fc.showSaveDialog(owner);
        return f != null && saveTo(f.toPath());
    }

    /**
     * Writes the scenario as YAML (every field, re-loadable with {@code scmsim run FILE}). A scenario
     * with problems is saved too, so no work is lost; the status says it will not run as is.
     */
    public boolean saveTo(Path target) {
        if (form == null) {
            return false;
        }
        Scenario s = form.scenario();
        String header = "# Saved by the scmsim dashboard" + (s == null ? " WITH PROBLEMS: fix them before running" : "")
                + ".\n# Run it with: scmsim run " + target.getFileName() + "\n";
        String yaml = s != null ? ScenarioRun.resolvedYaml(s, source.get()).replaceFirst("(?s)^(#[^\n]*\n)+", "") : form.toYaml();
        try {
            AtomicFiles.writeString(target, header + yaml);
        } catch (IOException e) {
            setValidity(false, "Could not save " + target + ": " + e.getMessage());
            return false;
        }
        file = target;
        source.set(target.toString());
        dirty.set(false);
        settings.put("scenario.last", target.toString());
        remember(target.toString());
        if (target.getParent() != null) {
            settings.put("scenario.dir", target.toAbsolutePath().getParent().toString());
        }
        updateSourceLabel();
        setValidity(s != null, s != null ? "Saved to " + target : "Saved to " + target + ", with problems still to fix.");
        return true;
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario (YAML)", "*.yaml", "*.yml"));
        settings.get("scenario.dir").map(File::new).filter(File::isDirectory).ifPresent(fc::setInitialDirectory);
        return fc;
    }

    // ---- for the dashboard and tests

    /** The scenario being edited, validated; null while it has problems. */
    public Scenario scenario() {
        return form == null ? null : form.scenario();
    }

    public List<ScenarioProblem> problems() {
        return form == null ? List.of() : form.problems();
    }

    public ScenarioForm form() {
        return form;
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public Path file() {
        return file;
    }

    public JFreeChart deploymentChart() {
        return deploymentChart.getChart();
    }
}
