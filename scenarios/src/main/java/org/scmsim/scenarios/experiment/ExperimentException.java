package org.scmsim.scenarios.experiment;

/** An experiment that cannot start as asked (e.g. an output folder that holds something else). */
public final class ExperimentException extends Exception {

    public ExperimentException(String message) {
        super(message);
    }
}
