package org.scmsim.scenarios.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a Jackson tree that remembers where each value is in its file, so that a
 * problem found later (after merging with defaults, when binding to records) can still name its
 * line and column. Locations are keyed by JSON pointer ("/scms/pca/servers").
 */
public final class LocatedTree {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonNode root;
    private final Map<String, SourceLocation> locations;

    private LocatedTree(JsonNode root, Map<String, SourceLocation> locations) {
        this.root = root;
        this.locations = locations;
    }

    /** Parses YAML text; {@code source} names it in locations (a path or a shipped name). */
    public static LocatedTree parse(String yaml, String source) throws ScenarioException {
        Map<String, SourceLocation> locations = new HashMap<>();
        try (JsonParser p = YAML.createParser(yaml)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new LocatedTree(NODES.objectNode(), locations);
            }
            JsonNode root = read(p, "", source, locations);
            if (p.nextToken() != null) {
                throw new ScenarioException(new ScenarioProblem(loc(source, p.currentTokenLocation()), "",
                        "only one YAML document is allowed"));
            }
            if (!root.isObject()) {
                throw new ScenarioException(new ScenarioProblem(new SourceLocation(source, 1, 1), "",
                        "a scenario must be a mapping of keys to values"));
            }
            return new LocatedTree(root, locations);
        } catch (IOException e) {
            JsonLocation where = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getLocation() : null;
            String msg = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new ScenarioException(new ScenarioProblem(loc(source, where), "", "not valid YAML: " + firstLine(msg)));
        }
    }

    private static JsonNode read(JsonParser p, String pointer, String source, Map<String, SourceLocation> locs)
            throws IOException, ScenarioException {
        JsonToken t = p.currentToken();
        locs.putIfAbsent(pointer, loc(source, p.currentTokenLocation()));
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = pointer + "/" + escape(name);
                    SourceLocation keyAt = loc(source, p.currentTokenLocation());
                    if (o.has(name)) {
                        throw new ScenarioException(new ScenarioProblem(keyAt, dotted(child), "duplicate key '" + name + "'"));
                    }
                    locs.put(child, keyAt);
                    p.nextToken();
                    o.set(name, read(p, child, source, locs));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(read(p, pointer + "/" + i++, source, locs));
                }
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? NODES.numberNode(p.getBigIntegerValue()) : NODES.numberNode(p.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new ScenarioException(new ScenarioProblem(loc(source, p.currentTokenLocation()), dotted(pointer),
                        "unexpected YAML content " + t));
        }
    }

    public JsonNode root() {
        return root;
    }

    /** Location of the value at {@code pointer}, or of its nearest located ancestor. */
    public SourceLocation locate(String pointer) {
        String p = pointer;
        while (true) {
            SourceLocation l = locations.get(p);
            if (l != null) {
                return l;
            }
            if (p.isEmpty()) {
                return new SourceLocation("scenario", 0, 0);
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
    }

    /**
     * Lays {@code over} on top of this tree: mappings merge key by key, anything else (scalars,
     * lists) is replaced. Locations of replaced values point into {@code over}'s file.
     */
    public void overlay(LocatedTree over) {
        root = merge(root, over.root, "", over);
        over.locations.forEach(locations::put);
    }

    private JsonNode merge(JsonNode base, JsonNode top, String pointer, LocatedTree over) {
        if (base instanceof ObjectNode b && top instanceof ObjectNode t) {
            Iterator<Map.Entry<String, JsonNode>> it = t.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = pointer + "/" + escape(e.getKey());
                JsonNode existing = b.get(e.getKey());
                if (existing == null) {
                    dropLocationsUnder(child);
                    b.set(e.getKey(), e.getValue());
                } else {
                    b.set(e.getKey(), merge(existing, e.getValue(), child, over));
                }
            }
            return b;
        }
        dropLocationsUnder(pointer);
        return top;
    }

    private void dropLocationsUnder(String pointer) {
        locations.keySet().removeIf(k -> k.equals(pointer) || k.startsWith(pointer + "/"));
    }

    /**
     * Sets one value from a dotted path (command-line overrides, experiment arms and sweeps).
     * A list element is named by index: {@code deployment.years[1].obus}. Missing mappings on the
     * way are created (an unknown key is then reported by the schema check, at {@code where});
     * an index outside an existing list is an {@link IllegalArgumentException}.
     */
    public void set(String dottedPath, JsonNode value, SourceLocation where) {
        List<String> steps = steps(dottedPath);
        JsonNode node = root;
        String pointer = "";
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            boolean last = i == steps.size() - 1;
            boolean index = step.startsWith("[");
            String child = pointer + "/" + (index ? step.substring(1, step.length() - 1) : escape(step));
            if (index) {
                int k = Integer.parseInt(step.substring(1, step.length() - 1));
                if (!(node instanceof ArrayNode a) || k >= a.size()) {
                    throw new IllegalArgumentException("no list element " + dotted(child) + " to set"
                            + (node instanceof ArrayNode a2 ? " (the list has " + a2.size() + ")" : ""));
                }
                if (last) {
                    dropLocationsUnder(child);
                    a.set(k, value);
                    locations.put(child, where);
                    return;
                }
                node = a.get(k);
            } else {
                if (!(node instanceof ObjectNode o)) {
                    throw new IllegalArgumentException(dotted(pointer) + " is not a mapping, so it has no '" + step + "'");
                }
                if (last) {
                    dropLocationsUnder(child);
                    o.set(step, value);
                    locations.put(child, where);
                    return;
                }
                JsonNode next = o.get(step);
                if (next == null || next.isValueNode()) {
                    next = steps.get(i + 1).startsWith("[") ? NODES.arrayNode() : NODES.objectNode();
                    o.set(step, next);
                    locations.put(child, where);
                }
                node = next;
            }
            pointer = child;
        }
    }

    /** "a.b[2].c" → [a, b, [2], c]; rejects empty names and malformed indices. */
    static List<String> steps(String dottedPath) {
        List<String> out = new ArrayList<>();
        for (String part : dottedPath.split("\\.", -1)) {
            String name = part;
            List<String> indices = new ArrayList<>();
            while (name.endsWith("]")) {
                int open = name.lastIndexOf('[');
                String digits = open < 0 ? "" : name.substring(open + 1, name.length() - 1);
                if (open < 0 || digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 6) {
                    throw new IllegalArgumentException("'" + dottedPath + "' is not a field path (e.g. scms.pca.servers, deployment.years[0].obus)");
                }
                indices.add(0, "[" + Integer.parseInt(digits) + "]");
                name = name.substring(0, open);
            }
            if (name.isEmpty() || name.contains("[") || name.contains("]")) {
                throw new IllegalArgumentException("'" + dottedPath + "' is not a field path (e.g. scms.pca.servers, deployment.years[0].obus)");
            }
            out.add(name);
            out.addAll(indices);
        }
        return out;
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** "/scms/pca/servers" → "scms.pca.servers"; "/deployment/years/1/obus" → "deployment.years[1].obus". */
    public static String dotted(String pointer) {
        StringBuilder b = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                b.append('[').append(part).append(']');
            } else {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return b.toString();
    }

    private static SourceLocation loc(String source, JsonLocation l) {
        return l == null ? new SourceLocation(source, 0, 0) : new SourceLocation(source, l.getLineNr(), l.getColumnNr());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
