package org.scmsim.scenarios.cli;

/** A command-line input that cannot be used; reported as one line with exit code 2. */
public final class BadInputException extends Exception {

    public BadInputException(String message) {
        super(message);
    }
}
