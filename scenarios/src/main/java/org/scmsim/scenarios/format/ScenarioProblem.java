package org.scmsim.scenarios.format;

/**
 * One thing wrong with a scenario.
 *
 * @param location where (file, line, column)
 * @param field    the field's dotted path, e.g. {@code scms.pca.servers} (empty for the document)
 * @param message  what is wrong, in words a planner understands
 */
public record ScenarioProblem(SourceLocation location, String field, String message) {

    @Override
    public String toString() {
        return location + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
