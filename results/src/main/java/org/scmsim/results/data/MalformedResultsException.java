package org.scmsim.results.data;

import java.nio.file.Path;

/** A results file that cannot be read; the message names the file and what is wrong with it. */
public final class MalformedResultsException extends Exception {

    private final transient Path file;

    public MalformedResultsException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public MalformedResultsException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
