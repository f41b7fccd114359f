package org.scmsim.crypto.scms;

/**
 * The PCA refused a request; {@link #reason()} says why. Unchecked: a PCA receives requests from
 * its own RA only, so a refusal is a fault of the system, not an expected outcome of a run.
 */
public final class PcaRejectedException extends RuntimeException {

    private final PcaRejection reason;

    public PcaRejectedException(PcaRejection reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public PcaRejectedException(PcaRejection reason, String detail) {
        this(reason, detail, null);
    }

    public PcaRejection reason() {
        return reason;
    }
}
