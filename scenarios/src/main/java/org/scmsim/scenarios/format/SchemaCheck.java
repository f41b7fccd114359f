package org.scmsim.scenarios.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Walks a scenario tree against the scenario records' shapes and reports every unknown key and
 * every value of the wrong kind at once, each with its line and column, before anything is bound.
 */
public final class SchemaCheck {

    private final LocatedTree tree;
    private final List<ScenarioProblem> problems = new ArrayList<>();

    private SchemaCheck(LocatedTree tree) {
        this.tree = tree;
    }

    /** Every unknown key and wrongly typed value of {@code tree} against the record type, in file order. */
    public static List<ScenarioProblem> check(LocatedTree tree, Class<?> recordType) {
        SchemaCheck c = new SchemaCheck(tree);
        c.walk(tree.root(), recordType, "");
        c.problems.sort(Comparator.comparing((ScenarioProblem p) -> p.location().source())
                .thenComparingInt(p -> p.location().line()).thenComparingInt(p -> p.location().column()));
        return c.problems;
    }

    private void walk(JsonNode node, Type type, String pointer) {
        if (node == null || node.isNull()) {
            return;   // missing values are reported when the records are built
        }
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            if (!node.isObject()) {
                problem(pointer, "expected a mapping of keys (" + keys(raw) + "), found " + kind(node));
                return;
            }
            Map<String, RecordComponent> components = Arrays.stream(raw.getRecordComponents())
                    .collect(Collectors.toMap(RecordComponent::getName, rc -> rc));
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = pointer + "/" + LocatedTree.escape(e.getKey());
                RecordComponent rc = components.get(e.getKey());
                if (rc == null) {
                    problem(child, "unknown key '" + e.getKey() + "'" + suggestion(e.getKey(), components.keySet())
                            + " (known here: " + keys(raw) + ")");
                } else {
                    walk(e.getValue(), rc.getGenericType(), child);
                }
            }
        } else if (List.class.isAssignableFrom(raw)) {
            if (!node.isArray()) {
                problem(pointer, "expected a list, found " + kind(node));
                return;
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), element, pointer + "/" + i);
            }
        } else if (raw.isEnum()) {
            List<String> names = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase()).toList();
            if (!node.isTextual() || !names.contains(node.asText().toLowerCase())) {
                problem(pointer, "expected one of " + String.join(", ", names) + ", found " + kind(node));
            }
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            if (!node.isIntegralNumber()) {
                problem(pointer, "expected a whole number, found " + kind(node));
            } else if ((raw == int.class || raw == Integer.class) && !node.canConvertToInt()) {
                problem(pointer, "number too large: " + node.asText());
            } else if (!node.canConvertToLong()) {
                problem(pointer, "number too large: " + node.asText());
            }
        } else if (raw == double.class || raw == Double.class) {
            if (!node.isNumber()) {
                problem(pointer, "expected a number, found " + kind(node));
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (!node.isBoolean()) {
                problem(pointer, "expected true or false, found " + kind(node));
            }
        } else if (raw == String.class) {
            if (!node.isValueNode()) {
                problem(pointer, "expected text, found " + kind(node));
            }
        } else if (raw == Duration.class) {
            if (!node.isTextual()) {
                problem(pointer, "expected an ISO-8601 duration such as P7D, PT169H or PT5M, found " + kind(node));
            } else {
                try {
                    Duration.parse(node.asText());
                } catch (DateTimeParseException e) {
                    problem(pointer, "'" + node.asText() + "' is not an ISO-8601 duration (examples: P7D, PT169H, PT5M, PT0.5S)");
                }
            }
        } else if (raw == LocalDate.class) {
            try {
                LocalDate.parse(node.asText());
            } catch (DateTimeParseException e) {
                problem(pointer, "'" + node.asText() + "' is not a date in the form 2027-01-01");
            }
        }
    }

    private void problem(String pointer, String message) {
        problems.add(new ScenarioProblem(tree.locate(pointer), LocatedTree.dotted(pointer), message));
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static String keys(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.joining(", "));
    }

    static String kind(JsonNode n) {
        if (n.isTextual()) {
            return "'" + n.asText() + "'";
        }
        if (n.isObject()) {
            return "a mapping";
        }
        if (n.isArray()) {
            return "a list";
        }
        return n.isNull() ? "nothing" : n.asText();
    }

    /** ", did you mean 'x'?" for the closest known name, or empty when none is close. */
    public static String suggestion(String key, java.util.Collection<String> known) {
        return known.stream()
                .min(Comparator.comparingInt(k -> distance(k.toLowerCase(), key.toLowerCase())))
                .filter(k -> distance(k.toLowerCase(), key.toLowerCase()) <= Math.max(2, key.length() / 3))
                .map(k -> ", did you mean '" + k + "'?")
                .orElse("");
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
