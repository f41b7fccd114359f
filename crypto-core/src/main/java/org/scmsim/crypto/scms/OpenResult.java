package org.scmsim.crypto.scms;

import java.util.Optional;

/** The outcome of opening one response, the certificate when {@link OpenOutcome#OK}, and a reason otherwise. */
public record OpenResult(OpenOutcome outcome, Optional<OpenedPseudonym> pseudonym, String detail) {

    static OpenResult ok(OpenedPseudonym p) {
        return new OpenResult(OpenOutcome.OK, Optional.of(p), "ok");
    }

    static OpenResult failed(OpenOutcome outcome, String detail) {
        return new OpenResult(outcome, Optional.empty(), detail);
    }

    public boolean isOk() {
        return outcome == OpenOutcome.OK;
    }
}
