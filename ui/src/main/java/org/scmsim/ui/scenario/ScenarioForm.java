package org.scmsim.ui.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.scmsim.model.config.Scenario;
import org.scmsim.scenarios.format.ScenarioException;
import org.scmsim.scenarios.format.ScenarioFormat;
import org.scmsim.scenarios.format.ScenarioLoader;
import org.scmsim.scenarios.format.ScenarioProblem;

/**
 * An editor for a whole scenario, generated from the scenario records: a field per value, an
 * editable table per list of records (the deployment curve is the procurement guide's Table 1),
 * a choice box per enum. Every edit re-validates the scenario with the same loader as the command
 * line, and a field with a problem turns red with the problem as its tooltip.
 *
 * <p>Controls get ids from their dotted path with dots and brackets replaced by '-', e.g.
 * {@code field-scms-pca-servers}, {@code table-deployment-years}.
 */
public final class ScenarioForm {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String ERROR_STYLE = "-fx-border-color: #d32f2f; -fx-border-width: 2; -fx-background-color: #fff0f0;";

    private final YAMLMapper yaml = ScenarioFormat.writer();
    private final ObjectNode tree;
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Map<String, String> baseStyles = new LinkedHashMap<>();
    private final VBox root = new VBox(8);
    private List<ScenarioProblem> problems = List.of();
    private Scenario scenario;
    private Consumer<List<ScenarioProblem>> onValidated = p -> { };
    private final List<PlannerLayout.Group> layout;
    private final java.util.Set<String> claimed = new java.util.HashSet<>();
    private final List<Runnable> totalsUpdaters = new ArrayList<>();

    /** A generic editor: one section per part of the scenario. */
    public ScenarioForm(Scenario initial) {
        this(initial, List.of());
    }

    /**
     * An editor that shows the layout's groups first (the fields a planner changes) and every other
     * field under "All other fields".
     */
    public ScenarioForm(Scenario initial, List<PlannerLayout.Group> layout) {
        this.tree = (ObjectNode) yaml.valueToTree(initial);
        this.scenario = initial;
        this.layout = List.copyOf(layout);
        root.setPadding(new Insets(8));
        build();
    }

    public Node view() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setId("scenarioForm");
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** Called after each validation with the problems found (empty when valid). */
    public void setOnValidated(Consumer<List<ScenarioProblem>> listener) {
        this.onValidated = listener;
    }

    /** The scenario as last validated; null while the form has problems. */
    public Scenario scenario() {
        return problems.isEmpty() ? scenario : null;
    }

    public List<ScenarioProblem> problems() {
        return problems;
    }

    /** The form's content as scenario YAML (every field). */
    public String toYaml() {
        try {
            return yaml.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The control for a dotted field path, for tests and focus. */
    public Control control(String dottedPath) {
        return controls.get(dottedPath);
    }

    // ---- building

    private void build() {
        for (PlannerLayout.Group g : layout) {
            Node group = group(g);
            if (group != null) {
                root.getChildren().add(group);
            }
        }
        List<Node> generic = new ArrayList<>();
        GridPane general = grid();
        int row = 0;
        for (RecordComponent rc : Scenario.class.getRecordComponents()) {
            if (claimed.contains(rc.getName())) {
                continue;
            }
            Class<?> raw = rc.getType();
            if (raw.isRecord()) {
                TitledPane t = section(rc.getName(), (ObjectNode) tree.get(rc.getName()), raw, rc.getName());
                if (t != null) {
                    generic.add(t);
                }
            } else {
                addField(general, row++, tree, rc.getName(), rc.getGenericType(), rc.getName());
            }
        }
        if (row > 0) {
            generic.add(0, titled("general", general));
        }
        if (layout.isEmpty()) {
            root.getChildren().addAll(generic);
        } else if (!generic.isEmpty()) {
            VBox others = new VBox(6);
            others.getChildren().addAll(generic);
            generic.forEach(n -> ((TitledPane) n).setExpanded(false));
            TitledPane all = titled("all", others);
            all.setText("All other fields");
            all.setExpanded(false);
            root.getChildren().add(all);
        }
    }

    /** A planner group: the layout's fields that this scenario has, or null when it has none. */
    private Node group(PlannerLayout.Group g) {
        VBox box = new VBox(6);
        if (!g.help().isEmpty()) {
            Label help = new Label(g.help());
            help.getStyleClass().add("hint");
            help.setWrapText(true);
            box.getChildren().add(help);
        }
        GridPane grid = grid();
        box.getChildren().add(grid);
        int row = 0;
        boolean any = false;
        for (String path : g.paths()) {
            Resolved r = resolve(path);
            if (r == null || claimed.contains(path)) {
                continue;
            }
            any = true;
            claimed.add(path);
            Class<?> raw = raw(r.type());
            if (r.value() instanceof ArrayNode a && List.class.isAssignableFrom(raw) && elementType(r.type()).isRecord()) {
                box.getChildren().add(table(a, elementType(r.type()), path));
                if (path.equals("disruptions")) {
                    box.getChildren().add(timeline());
                }
            } else if (raw.isRecord() && r.value() instanceof ObjectNode o) {
                TitledPane t = section(label(r.key()), o, raw, path);
                if (t != null) {
                    box.getChildren().add(t);
                }
                if (path.equals("disruptions")) {
                    box.getChildren().add(timeline());
                }
            } else {
                addField(grid, row++, r.parent(), r.key(), r.type(), path);
            }
        }
        if (!any) {
            return null;
        }
        TitledPane t = titled(g.id(), box);
        t.setText(g.title());
        return t;
    }

    /** The disruptions on a time line, redrawn after each validation. */
    private Node timeline() {
        DisruptionTimeline t = new DisruptionTimeline();
        Runnable redraw = () -> {
            LocalDate from = scenario.start();
            t.show(from, from.plusDays(Math.max(1, scenario.horizon().toDays())), DisruptionPeriods.of(tree));
        };
        redraw.run();
        totalsUpdaters.add(redraw);
        return t;
    }

    /** Where a dotted path lives in the tree and the records, or null when the scenario has no such field. */
    private Resolved resolve(String path) {
        ObjectNode parent = tree;
        Class<?> type = Scenario.class;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            RecordComponent rc = component(type, parts[i]);
            if (rc == null || !parent.has(parts[i])) {
                return null;
            }
            if (i == parts.length - 1) {
                return new Resolved(parent, parts[i], rc.getGenericType(), parent.get(parts[i]));
            }
            JsonNode next = parent.get(parts[i]);
            if (!(next instanceof ObjectNode o) || !rc.getType().isRecord()) {
                return null;
            }
            parent = o;
            type = rc.getType();
        }
        return null;
    }

    private record Resolved(ObjectNode parent, String key, Type type, JsonNode value) {
    }

    private static RecordComponent component(Class<?> type, String name) {
        if (!type.isRecord()) {
            return null;
        }
        for (RecordComponent rc : type.getRecordComponents()) {
            if (rc.getName().equals(name)) {
                return rc;
            }
        }
        return null;
    }

    private TitledPane section(String title, ObjectNode node, Class<?> type, String path) {
        VBox box = new VBox(6);
        GridPane grid = grid();
        box.getChildren().add(grid);
        int row = 0;
        boolean any = false;
        for (RecordComponent rc : type.getRecordComponents()) {
            String child = path + "." + rc.getName();
            if (claimed.contains(child)) {
                continue;
            }
            Class<?> raw = rc.getType();
            JsonNode value = node.get(rc.getName());
            if (raw.isRecord() && value instanceof ObjectNode o) {
                TitledPane t = section(rc.getName(), o, raw, child);
                if (t != null) {
                    box.getChildren().add(t);
                    any = true;
                }
            } else if (List.class.isAssignableFrom(raw) && elementType(rc.getGenericType()).isRecord()
                    && value instanceof ArrayNode a) {
                box.getChildren().add(new Label(rc.getName()));
                box.getChildren().add(table(a, elementType(rc.getGenericType()), child));
                any = true;
            } else {
                addField(grid, row++, node, rc.getName(), rc.getGenericType(), child);
                any = true;
            }
        }
        return any ? titled(title, box) : null;
    }

    private void addField(GridPane grid, int row, ObjectNode parent, String key, Type type, String path) {
        Class<?> raw = raw(type);
        JsonNode value = parent.get(key);
        Control control;
        if (raw.isEnum()) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().addAll(Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase()).toList());
            box.setValue(value == null ? null : value.asText().toLowerCase());
            box.valueProperty().addListener((o, was, now) -> edit(parent, key, NODES.textNode(now)));
            control = box;
        } else if (raw == boolean.class || raw == Boolean.class) {
            CheckBox box = new CheckBox();
            box.setSelected(value != null && value.asBoolean());
            box.selectedProperty().addListener((o, was, now) -> edit(parent, key, NODES.booleanNode(now)));
            control = box;
        } else if (List.class.isAssignableFrom(raw) || (value != null && value.isContainerNode())) {
            boolean list = List.class.isAssignableFrom(raw) && value instanceof ArrayNode a && allScalars(a);
            if (list) {
                TextField f = new TextField(join((ArrayNode) value));
                f.setPromptText("comma-separated");
                f.textProperty().addListener((o, was, now) -> edit(parent, key, splitList(now)));
                control = f;
            } else {
                TextArea area = new TextArea(toYaml(value));
                area.setPrefRowCount(Math.min(8, 1 + toYaml(value).split("\n").length));
                area.textProperty().addListener((o, was, now) -> edit(parent, key, parseYaml(now)));
                control = area;
            }
        } else {
            TextField f = new TextField(value == null || value.isNull() ? "" : value.asText());
            f.textProperty().addListener((o, was, now) -> edit(parent, key, scalar(now)));
            control = f;
        }
        register(path, control, "field-");
        Label name = new Label(layout.isEmpty() ? key : PlannerLayout.LABELS.getOrDefault(path, label(key)));
        name.setTooltip(new Tooltip(path));
        grid.add(name, 0, row);
        grid.add(control, 1, row);
    }

    private Node table(ArrayNode rows, Class<?> rowType, String path) {
        TableView<ObjectNode> table = new TableView<>();
        table.setEditable(true);
        table.setPrefHeight(160);
        for (JsonNode r : rows) {
            table.getItems().add((ObjectNode) r);
        }
        for (RecordComponent rc : rowType.getRecordComponents()) {
            TableColumn<ObjectNode, String> col = new TableColumn<>(layout.isEmpty() ? rc.getName() : label(rc.getName()));
            col.setCellValueFactory(cell -> new SimpleStringProperty(
                    cellText(cell.getValue().get(rc.getName()))));
            col.setCellFactory(TextFieldTableCell.forTableColumn());
            boolean nested = !isScalar(rc.getType());
            col.setOnEditCommit(e -> {
                // a nested list or record in a cell (e.g. a pricing model's lines) is edited as YAML flow text
                e.getRowValue().set(rc.getName(), nested ? parseYaml(e.getNewValue()) : scalar(e.getNewValue()));
                validate();
            });
            col.setPrefWidth(110);
            table.getColumns().add(col);
        }
        register(path, table, "table-");
        Button add = new Button("Add row");
        add.setId("add-" + id(path));
        add.setOnAction(e -> {
            ObjectNode copy = rows.isEmpty() ? NODES.objectNode() : rows.get(rows.size() - 1).deepCopy();
            rows.add(copy);
            table.getItems().add(copy);
            validate();
        });
        Button remove = new Button("Remove row");
        remove.setId("remove-" + id(path));
        remove.setOnAction(e -> {
            int i = table.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                rows.remove(i);
                table.getItems().remove(i);
                validate();
            }
        });
        Label totals = new Label();
        totals.setId("total-" + id(path));
        totals.getStyleClass().add("hint");
        Runnable sum = () -> totals.setText(totals(rows, rowType));
        sum.run();
        totalsUpdaters.add(sum);
        return new VBox(4, table, new HBox(6, add, remove, totals));
    }

    // ---- editing and validation

    private void edit(ObjectNode parent, String key, JsonNode value) {
        parent.set(key, value);
        validate();
    }

    /** Re-validates the whole scenario and marks the fields with problems. */
    public void validate() {
        try {
            scenario = new ScenarioLoader().parse(toYaml(), "dashboard");
            problems = List.of();
        } catch (ScenarioException e) {
            problems = e.problems();
        }
        mark();
        totalsUpdaters.forEach(Runnable::run);
        onValidated.accept(problems);
    }

    private void mark() {
        controls.forEach((path, c) -> {
            c.setStyle(baseStyles.get(path));
            c.setTooltip(null);
        });
        for (ScenarioProblem p : problems) {
            Control c = closest(p.field());
            if (c != null) {
                for (Node n = c.getParent(); n != null; n = n.getParent()) {
                    if (n instanceof TitledPane t) {
                        t.setExpanded(true);   // a problem is never hidden in a collapsed section
                    }
                }
                c.setStyle(ERROR_STYLE);
                Tooltip t = c.getTooltip();
                c.setTooltip(new Tooltip((t == null ? "" : t.getText() + "\n") + p.message()));
            }
        }
    }

    private Control closest(String field) {
        String f = field;
        while (!f.isEmpty()) {
            Control c = controls.get(f);
            if (c != null) {
                return c;
            }
            int cut = Math.max(f.lastIndexOf('.'), f.lastIndexOf('['));
            f = cut < 0 ? "" : f.substring(0, cut);
        }
        return null;
    }

    /** Moves the keyboard focus to the control of a field (or its closest enclosing one). */
    public void focus(String field) {
        Control c = closest(field);
        if (c != null) {
            for (Node n = c.getParent(); n != null; n = n.getParent()) {
                if (n instanceof TitledPane t) {
                    t.setExpanded(true);
                }
            }
            c.requestFocus();
        }
    }

    // ---- helpers

    private static boolean isScalar(Class<?> t) {
        return t.isPrimitive() || t.isEnum() || Number.class.isAssignableFrom(t) || t == String.class || t == Boolean.class
                || t.getName().startsWith("java.time.");
    }

    /** A cell's text: the value itself, or a nested list or record as one line of YAML flow text. */
    private static String cellText(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        return v.isContainerNode() ? v.toString() : v.asText();
    }

    /** "Totals: 450 OBUs · 30 RSUs" over the whole-number columns of a per-year table (like Table 1). */
    private static String totals(ArrayNode rows, Class<?> rowType) {
        List<String> parts = new ArrayList<>();
        if (component(rowType, "year") == null) {
            return "";
        }
        for (RecordComponent rc : rowType.getRecordComponents()) {
            Class<?> t = rc.getType();
            if ((t == long.class || t == int.class) && !rc.getName().equals("year")) {
                long sum = 0;
                for (JsonNode r : rows) {
                    sum += r.path(rc.getName()).asLong(0);
                }
                parts.add(String.format(java.util.Locale.ROOT, "%,d %s", sum, label(rc.getName())));
            }
        }
        return parts.isEmpty() ? "" : "Totals: " + String.join(" · ", parts);
    }

    private void register(String path, Control c, String prefix) {
        c.setId(prefix + id(path));
        controls.put(path, c);
        baseStyles.put(path, c.getStyle());
    }

    /** "perWeek" -> "Per week", "spacingKm" -> "Spacing km". */
    static String label(String key) {
        String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder();
        for (String word : spaced.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(switch (word) {
                case "obus" -> "OBUs";
                case "rsus" -> "RSUs";
                case "psids" -> "PSIDs";
                case "obu", "rsu", "pca", "ra", "eca", "ma", "crlg", "cv", "mtbf", "mttr" -> word.toUpperCase(java.util.Locale.ROOT);
                case "mbps" -> "Mbit/s";
                default -> word;
            });
        }
        String out = b.toString();
        return out.isEmpty() ? out : Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    private static String id(String path) {
        return path.replaceAll("[.\\[\\]]+", "-").replaceAll("-$", "");
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        return g;
    }

    private static TitledPane titled(String title, Node content) {
        TitledPane t = new TitledPane(title, content);
        t.setId("section-" + title);
        return t;
    }

    private static JsonNode scalar(String text) {
        String s = text == null ? "" : text.trim();
        if (s.matches("[-+]?\\d+")) {
            try {
                return NODES.numberNode(Long.parseLong(s));
            } catch (NumberFormatException e) {
                return NODES.textNode(s);
            }
        }
        if (s.matches("[-+]?(\\d+\\.\\d*|\\.\\d+|\\d+)([eE][-+]?\\d+)?")) {
            return NODES.numberNode(Double.parseDouble(s));
        }
        if (s.equals("true") || s.equals("false")) {
            return NODES.booleanNode(Boolean.parseBoolean(s));
        }
        return s.isEmpty() ? NODES.nullNode() : NODES.textNode(s);
    }

    private static ArrayNode splitList(String text) {
        ArrayNode a = NODES.arrayNode();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                a.add(scalar(part));
            }
        }
        return a;
    }

    private static boolean allScalars(ArrayNode a) {
        for (JsonNode n : a) {
            if (n.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    private static String join(ArrayNode a) {
        List<String> parts = new ArrayList<>();
        a.forEach(n -> parts.add(n.asText()));
        return String.join(", ", parts);
    }

    private String toYaml(JsonNode n) {
        try {
            return yaml.writeValueAsString(n).strip();
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    private JsonNode parseYaml(String text) {
        try {
            JsonNode n = yaml.readTree(text);
            return n == null ? NODES.nullNode() : n;
        } catch (JsonProcessingException e) {
            return NODES.textNode(text);   // reported as a wrong type by validation
        }
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
    }

    private static Class<?> elementType(Type t) {
        return t instanceof ParameterizedType p ? raw(p.getActualTypeArguments()[0]) : Object.class;
    }
}
