package org.scmsim.scenarios.format;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.scmsim.model.config.InvalidFieldException;
import org.scmsim.model.config.Scenario;

/**
 * Reads a scenario: the shipped reference scenario supplies every default, the file (and the
 * files it {@code extends:}) override what they change, command-line {@code --set} values override
 * last; the result is checked against the records' shapes, then bound and range-checked. Every
 * problem names its file, line, column and field.
 */
public final class ScenarioLoader {

    /** The reference scenario: every field, its default and its meaning. */
    public static final String REFERENCE = "reference";

    private final ObjectMapper mapper = ScenarioFormat.reader();

    /** A {@code --set field=value} override. */
    public record Override(String field, String value) {
        public static Override parse(String assignment) throws ScenarioException {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new ScenarioException(new ScenarioProblem(new SourceLocation("--set " + assignment, 0, 0), "",
                        "expected field=value, e.g. scms.pca.servers=4"));
            }
            return new Override(assignment.substring(0, eq).trim(), assignment.substring(eq + 1).trim());
        }
    }

    /** A scenario and where it came from. */
    public record Loaded(Scenario scenario, String source) {
    }

    /**
     * One field set from outside the scenario file: a {@code --set} on the command line, an
     * experiment's arm or sweep point. {@code where} is what an error about it points at.
     *
     * @param field dotted path, list elements by index: {@code scms.pca.servers},
     *              {@code deployment.years[0].obus}
     */
    public record Setting(String field, JsonNode value, SourceLocation where) {
    }

    /** Loads a scenario named by the user: a file path, or the name of a shipped scenario. */
    public Loaded load(String nameOrPath, List<Override> overrides) throws ScenarioException {
        List<Setting> settings = new ArrayList<>();
        for (Override o : overrides) {
            settings.add(new Setting(o.field(), parseScalar(o), new SourceLocation("--set " + o.field() + "=" + o.value(), 0, 0)));
        }
        return loadWith(nameOrPath, settings);
    }

    /** Loads a scenario and applies settings in order (later ones win), all validated together. */
    public Loaded loadWith(String nameOrPath, List<Setting> settings) throws ScenarioException {
        ScenarioSource src = ScenarioSource.resolve(nameOrPath);
        LocatedTree tree = reference();
        tree.overlay(withExtends(src, new LinkedHashSet<>()));
        List<ScenarioProblem> problems = new ArrayList<>();
        for (Setting s : settings) {
            try {
                tree.set(s.field(), s.value(), s.where());
            } catch (IllegalArgumentException e) {
                problems.add(new ScenarioProblem(s.where(), s.field(), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new Loaded(bind(tree), src.displayName());
    }

    /**
     * What {@link #load} should be given for a scenario named inside another file: a file next to
     * {@code relativeTo} (with or without {@code .yaml}), a file relative to the working folder, or
     * a shipped scenario's name. Throws with the shipped names when none exists.
     */
    public static String resolveReference(String ref, Path relativeTo) throws ScenarioException {
        if (relativeTo != null) {
            for (String candidate : new String[] {ref, ref + ".yaml"}) {
                Path p = relativeTo.resolve(candidate);
                if (Files.isRegularFile(p)) {
                    return p.toString();
                }
            }
        }
        ScenarioSource.resolve(ref);   // throws, naming the shipped scenarios, if it is neither
        return ref;
    }

    /** The value a {@code --set}-style text means: a YAML scalar or flow collection. */
    public static JsonNode parseValue(String text, SourceLocation where, String field) throws ScenarioException {
        try {
            return LocatedTree.parse("v: " + text, where.source()).root().get("v");
        } catch (ScenarioException e) {
            throw new ScenarioException(new ScenarioProblem(where, field, "'" + text + "' is not a valid value"));
        }
    }

    public Loaded load(String nameOrPath) throws ScenarioException {
        return load(nameOrPath, List.of());
    }

    /** Parses YAML text directly (e.g. from the dashboard's editor), over the reference defaults. */
    public Scenario parse(String yaml, String sourceName) throws ScenarioException {
        LocatedTree tree = reference();
        LocatedTree own = LocatedTree.parse(yaml, sourceName);
        if (own.root().has("extends")) {
            throw new ScenarioException(new ScenarioProblem(own.locate("/extends"), "extends",
                    "extends is only allowed in a scenario file"));
        }
        tree.overlay(own);
        return bind(tree);
    }

    private LocatedTree reference() throws ScenarioException {
        ScenarioSource ref = ScenarioSource.library(REFERENCE);
        return LocatedTree.parse(ref.read(), ref.displayName());
    }

    private LocatedTree withExtends(ScenarioSource src, Set<String> seen) throws ScenarioException {
        if (!seen.add(src.identity())) {
            throw new ScenarioException(new ScenarioProblem(new SourceLocation(src.displayName(), 0, 0), "extends",
                    "extends forms a cycle: " + String.join(" -> ", seen) + " -> " + src.displayName()));
        }
        LocatedTree own = LocatedTree.parse(src.read(), src.displayName());
        JsonNode ext = own.root().get("extends");
        if (ext == null) {
            return own;
        }
        if (!ext.isTextual()) {
            throw new ScenarioException(new ScenarioProblem(own.locate("/extends"), "extends",
                    "expected the name or path of another scenario"));
        }
        ScenarioSource parentSrc;
        try {
            parentSrc = src.sibling(ext.asText());
        } catch (ScenarioException e) {
            throw new ScenarioException(new ScenarioProblem(own.locate("/extends"), "extends", e.problems().get(0).message()));
        }
        LocatedTree base = withExtends(parentSrc, seen);
        ((ObjectNode) own.root()).remove("extends");
        base.overlay(own);
        return base;
    }

    private Scenario bind(LocatedTree tree) throws ScenarioException {
        Scenario scenario = TreeBinder.bind(tree, Scenario.class, mapper);
        List<ScenarioProblem> problems = ScenarioRules.check(scenario, tree);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return scenario;
    }

    private static JsonNode parseScalar(Override o) throws ScenarioException {
        try {
            LocatedTree t = LocatedTree.parse("v: " + o.value(), "--set");
            return t.root().get("v");
        } catch (ScenarioException e) {
            throw new ScenarioException(new ScenarioProblem(new SourceLocation("--set " + o.field() + "=" + o.value(), 0, 0),
                    o.field(), "not a valid value"));
        }
    }

    /** A scenario file on disk or a shipped one. */
    /** A YAML file's text, or a problem naming the offset of the first byte that is not UTF-8. */
    public static String readUtf8(Path file, String display) throws ScenarioException, IOException {
        return ScenarioSource.readUtf8(file, display);
    }

    static final class ScenarioSource {
        private final Path file;      // null for a shipped scenario
        private final String name;    // shipped name

        private ScenarioSource(Path file, String name) {
            this.file = file;
            this.name = name;
        }

        static ScenarioSource resolve(String nameOrPath) throws ScenarioException {
            Path p = Path.of(nameOrPath);
            if (Files.isRegularFile(p)) {
                return new ScenarioSource(p, null);
            }
            if (!nameOrPath.contains("/") && !nameOrPath.contains("\\") && !nameOrPath.endsWith(".yaml")
                    && !nameOrPath.endsWith(".yml") && ScenarioLibrary.exists(nameOrPath)) {
                return library(nameOrPath);
            }
            throw new ScenarioException(new ScenarioProblem(new SourceLocation(nameOrPath, 0, 0), "",
                    Files.exists(p) ? "not a regular file" : "no such file, and no shipped scenario of that name (shipped: "
                            + String.join(", ", ScenarioLibrary.names()) + ")"));
        }

        static ScenarioSource library(String name) {
            return new ScenarioSource(null, name);
        }

        ScenarioSource sibling(String ref) throws ScenarioException {
            if (file != null) {
                Path p = file.toAbsolutePath().getParent().resolve(ref);
                if (Files.isRegularFile(p)) {
                    return new ScenarioSource(p, null);
                }
                Path withExt = file.toAbsolutePath().getParent().resolve(ref + ".yaml");
                if (Files.isRegularFile(withExt)) {
                    return new ScenarioSource(withExt, null);
                }
            }
            String bare = ref.endsWith(".yaml") ? ref.substring(0, ref.length() - 5) : ref;
            if (ScenarioLibrary.exists(bare)) {
                return library(bare);
            }
            throw new ScenarioException(new ScenarioProblem(new SourceLocation(ref, 0, 0), "extends",
                    "cannot find scenario '" + ref + "' (neither a file next to this one nor a shipped scenario)"));
        }

        String identity() {
            return file != null ? file.toAbsolutePath().normalize().toString() : "library:" + name;
        }

        String displayName() {
            return file != null ? file.toString() : "library/" + name + ".yaml";
        }

        /**
         * A file's text; a file that is not UTF-8 (a binary file, or another encoding) is a problem
         * naming the byte offset of the first byte that is not.
         */
        static String readUtf8(Path file, String display) throws ScenarioException, IOException {
            byte[] bytes = Files.readAllBytes(file);
            java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
            java.nio.charset.CoderResult r = d.decode(in, out, true);
            if (r.isError()) {
                throw new ScenarioException(new ScenarioProblem(new SourceLocation(display, 0, 0), "",
                        String.format(java.util.Locale.ROOT, "not UTF-8 text: byte 0x%02x at byte offset %d"
                                + " (a scenario is a YAML text file)", bytes[in.position()] & 0xff, in.position())));
            }
            return out.flip().toString();
        }

        String read() throws ScenarioException {
            try {
                if (file != null) {
                    return readUtf8(file, displayName());
                }
                try (InputStream in = ScenarioLibrary.open(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new ScenarioException(new ScenarioProblem(new SourceLocation(displayName(), 0, 0), "",
                        "cannot read: " + e.getMessage()));
            }
        }
    }
}
