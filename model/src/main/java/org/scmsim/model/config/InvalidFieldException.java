package org.scmsim.model.config;

/**
 * A scenario value that breaks a rule of its record. {@link #field()} names the offending field
 * of the record, so that a scenario reader can point at its line in the file.
 */
public final class InvalidFieldException extends IllegalArgumentException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The rule without the field name in front. */
    public String rule() {
        String m = getMessage();
        return m.substring(field.length() + 2);
    }
}
