package org.scmsim.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.scmsim.ui.compare.ComparePanel;
import org.scmsim.ui.export.ExportPanel;
import org.scmsim.ui.run.Arm;
import org.scmsim.ui.run.ModelReplicationRunner;
import org.scmsim.ui.run.ReplicationRunner;
import org.scmsim.ui.run.RunPanel;
import org.scmsim.ui.run.RunSet;
import org.scmsim.ui.scenario.ScenarioPanel;
import org.scmsim.ui.settings.SettingsStore;
import org.scmsim.ui.settings.WindowState;
import org.scmsim.ui.theme.Theme;

/**
 * The planning dashboard: four panels as tabs (Scenario, Run, Compare, Export), a menu with the
 * keyboard shortcuts, a light and a dark theme, and the window's size, place, theme and last
 * scenario remembered in a {@link SettingsStore}.
 */
public final class Dashboard {

    /** Tab ids, in order. */
    public static final List<String> TABS = List.of("scenario", "run", "compare", "export");

    private final SettingsStore settings;
    private final ObjectProperty<Theme> theme;
    private final ObservableList<RunSet> runs = FXCollections.observableArrayList();
    private final ObservableList<Arm> arms = FXCollections.observableArrayList();
    private final ScenarioPanel scenarioPanel;
    private final RunPanel runPanel;
    private final ComparePanel comparePanel;
    private final ExportPanel exportPanel;
    private final TabPane tabs = new TabPane();
    private final Label status = new Label();
    private Stage stage;
    private WindowState windowState;

    public Dashboard(SettingsStore settings) {
        this(settings, new ModelReplicationRunner());
    }

    public Dashboard(SettingsStore settings, ReplicationRunner runner) {
        this.settings = settings;
        this.theme = new SimpleObjectProperty<>(Theme.parse(settings.get("theme", "light"), Theme.LIGHT));
        this.scenarioPanel = new ScenarioPanel(settings, theme);
        this.runPanel = new RunPanel(scenarioPanel::scenario, runner, this::finished, theme);
        this.comparePanel = new ComparePanel(arms, theme, settings);
        this.exportPanel = new ExportPanel(runs, comparePanel::comparison, settings);
    }

    public void show(Stage stage) {
        this.stage = stage;
        tabs.setId("tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("scenario", "Scenario", scenarioPanel.view()), tab("run", "Run", runPanel.view()),
                tab("compare", "Compare", comparePanel.view()), tab("export", "Export", exportPanel.view()));
        status.setId("status");
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");

        BorderPane root = new BorderPane(tabs, menus(), null, statusBar, null);
        Scene scene = new Scene(root, WindowState.DEFAULT_WIDTH, WindowState.DEFAULT_HEIGHT);
        theme.get().applyTo(scene);
        theme.addListener((o, was, now) -> {
            now.applyTo(scene);
            settings.put("theme", now.name().toLowerCase());
        });
        stage.setScene(scene);
        scenarioPanel.sourceProperty().addListener((o, was, now) -> updateTitle());
        updateTitle();

        windowState = WindowState.load(settings);
        windowState.applyTo(stage);
        stage.setOnCloseRequest(e -> {
            if (!scenarioPanel.confirmDiscard(stage)) {
                e.consume();   // the planner chose Cancel: keep the window
                return;
            }
            close();
        });
        runPanel.replicationsControl().getValueFactory().setValue(settings.getInt("run.replications", 1));
        runPanel.replicationsControl().valueProperty().addListener((o, was, now) -> settings.put("run.replications", Integer.toString(now)));
        tabs.getSelectionModel().select(Math.max(0, TABS.indexOf(settings.get("tab", "scenario"))));
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            settings.put("tab", TABS.get(now.intValue()));
            runPanel.setActive(TABS.get(now.intValue()).equals("run"));
        });
        runPanel.setActive(tabs.getSelectionModel().getSelectedIndex() == TABS.indexOf("run"));

        String last = settings.get("scenario.last", "default");
        if (!scenarioPanel.open(last) && !last.equals("default")) {
            scenarioPanel.open("default");
            status.setText("Could not reopen " + last + "; opened the default scenario.");
        } else {
            status.setText("Ctrl+O open · Ctrl+S save · Ctrl+R run · Ctrl+. stop · Ctrl+E export · Ctrl+1..4 panels · Ctrl+T theme");
        }
        stage.show();
    }

    private MenuBar menus() {
        MenuItem open = item("menu-open", "Open scenario…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                () -> { select("scenario"); scenarioPanel.openDialog(stage); });
        MenuItem save = item("menu-save", "Save scenario", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                () -> scenarioPanel.save(stage));
        MenuItem saveAs = item("menu-save-as", "Save scenario as…",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> scenarioPanel.saveAs(stage));
        MenuItem export = item("menu-export", "Export…", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                () -> { select("export"); exportPanel.export(); });
        MenuItem quit = item("menu-quit", "Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), () -> {
            if (scenarioPanel.confirmDiscard(stage)) {
                close();
                stage.close();
            }
        });
        Menu recent = new Menu("Open recent");
        recent.setId("menu-recent");
        recent.getItems().add(new MenuItem("(none)"));
        Menu file = new Menu("File", null, open, recent, save, saveAs, new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);
        file.setOnShowing(e -> {
            recent.getItems().clear();
            for (String r : scenarioPanel.recent()) {
                MenuItem m = new MenuItem(r);
                m.setMnemonicParsing(false);
                m.setOnAction(x -> {
                    select("scenario");
                    if (scenarioPanel.confirmDiscard(stage)) {
                        scenarioPanel.open(r);
                    }
                });
                recent.getItems().add(m);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem("(none)");
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });

        MenuItem run = item("menu-run", "Run", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), this::run);
        MenuItem runF5 = item("menu-run-f5", "Run (F5)", new KeyCodeCombination(KeyCode.F5), this::run);
        MenuItem stop = item("menu-stop", "Stop", new KeyCodeCombination(KeyCode.PERIOD, KeyCombination.SHORTCUT_DOWN), runPanel::stop);
        Menu runMenu = new Menu("Run", null, run, runF5, stop);

        Menu view = new Menu("View");
        for (int i = 0; i < TABS.size(); i++) {
            String id = TABS.get(i);
            KeyCode digit = KeyCode.valueOf("DIGIT" + (i + 1));
            view.getItems().add(item("menu-tab-" + id, Character.toUpperCase(id.charAt(0)) + id.substring(1) + " panel",
                    new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN), () -> select(id)));
        }
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menu-dark");
        dark.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
        dark.setSelected(theme.get() == Theme.DARK);
        dark.selectedProperty().addListener((o, was, now) -> theme.set(now ? Theme.DARK : Theme.LIGHT));
        theme.addListener((o, was, now) -> dark.setSelected(now == Theme.DARK));
        view.getItems().addAll(new SeparatorMenuItem(), dark);

        MenuItem keys = new MenuItem("Keyboard shortcuts");
        keys.setOnAction(e -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION);
            a.initOwner(stage);
            a.setTitle("Keyboard shortcuts");
            a.setHeaderText("scmsim dashboard");
            a.setContentText("""
                    Ctrl+O  open a scenario file        Ctrl+S  save   Ctrl+Shift+S  save as
                    Ctrl+R or F5  run                   Ctrl+.  stop
                    Ctrl+E  export                      Ctrl+1..4  Scenario, Run, Compare, Export
                    Ctrl+T  light / dark theme          Ctrl+Q  quit""");
            a.show();
        });
        Menu help = new Menu("Help", null, keys);
        MenuBar bar = new MenuBar(file, runMenu, view, help);
        bar.setId("menuBar");
        return bar;
    }

    private static MenuItem item(String id, String text, KeyCombination keys, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setAccelerator(keys);
        m.setOnAction(e -> action.run());
        return m;
    }

    private static Tab tab(String id, String text, javafx.scene.Node content) {
        Tab t = new Tab(text, content);
        t.setId("tab-" + id);
        return t;
    }

    private void run() {
        select("run");
        runPanel.start();
    }

    private void finished(RunSet set) {
        runs.add(set);
        arms.add(set.arm());
        status.setText(set.label() + (set.outcome() == RunSet.Outcome.COMPLETED ? " finished." : " stopped.")
                + " Compare it with other runs on the Compare panel; export it on the Export panel.");
    }

    /** Shows a panel by id ({@link #TABS}). */
    public void select(String id) {
        tabs.getSelectionModel().select(TABS.indexOf(id));
    }

    private void updateTitle() {
        String src = scenarioPanel.sourceProperty().get();
        stage.setTitle("scmsim: SCMS capacity planning" + (src == null || src.isEmpty() ? "" : " · " + src));
    }

    /** Remembers the window and settings and stops background work (the window is closing). */
    public void close() {
        if (stage != null && windowState != null) {
            windowState = WindowState.of(stage, windowState);
            windowState.save(settings);
        }
        settings.flush();
        runPanel.close();
        comparePanel.close();
        exportPanel.close();
        Platform.runLater(() -> { });
    }

    // ---- for tests

    public ScenarioPanel scenarioPanel() {
        return scenarioPanel;
    }

    public RunPanel runPanel() {
        return runPanel;
    }

    public ComparePanel comparePanel() {
        return comparePanel;
    }

    public ExportPanel exportPanel() {
        return exportPanel;
    }

    public ObservableList<RunSet> runs() {
        return runs;
    }

    /** Everything the Compare panel can put side by side: dashboard runs and experiment arms. */
    public ObservableList<Arm> arms() {
        return arms;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public TabPane tabs() {
        return tabs;
    }
}
