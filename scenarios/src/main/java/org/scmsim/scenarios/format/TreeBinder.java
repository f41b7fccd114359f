package org.scmsim.scenarios.format;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.List;
import org.scmsim.model.config.InvalidFieldException;

/**
 * Binds a located YAML tree to a record type: first every shape problem at once (unknown keys with
 * a suggestion, wrong kinds, bad durations), then the records' own range checks, each problem named
 * by file, line, column and dotted field. Used for scenarios and experiment files alike.
 */
public final class TreeBinder {

    private TreeBinder() {
    }

    public static <T> T bind(LocatedTree tree, Class<T> type, ObjectMapper mapper) throws ScenarioException {
        List<ScenarioProblem> problems = SchemaCheck.check(tree, type);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        try {
            return mapper.treeToValue(tree.root(), type);
        } catch (JsonMappingException e) {
            throw new ScenarioException(problemOf(tree, e));
        } catch (IOException e) {
            throw new ScenarioException(new ScenarioProblem(tree.locate(""), "", e.getMessage()));
        }
    }

    private static ScenarioProblem problemOf(LocatedTree tree, JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            pointer.append('/').append(r.getFieldName() != null ? LocatedTree.escape(r.getFieldName()) : String.valueOf(r.getIndex()));
        }
        String ptr = pointer.toString();
        Throwable cause = e instanceof ValueInstantiationException ? e.getCause() : null;
        if (cause instanceof InvalidFieldException f) {
            String field = ptr + "/" + LocatedTree.escape(f.field());
            return new ScenarioProblem(tree.locate(field), LocatedTree.dotted(field), f.rule());
        }
        if (cause instanceof IllegalArgumentException iae) {
            return new ScenarioProblem(tree.locate(ptr), LocatedTree.dotted(ptr), iae.getMessage());
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return new ScenarioProblem(tree.locate(ptr), LocatedTree.dotted(ptr), "unknown key '" + u.getPropertyName() + "'");
        }
        if (e instanceof MismatchedInputException m && m.getMessage().contains("Missing required creator property")) {
            return new ScenarioProblem(tree.locate(ptr), LocatedTree.dotted(ptr), "is required");
        }
        return new ScenarioProblem(tree.locate(ptr), LocatedTree.dotted(ptr), e.getOriginalMessage());
    }
}
