package org.scmsim.crypto.scms;

/** The RA refused a request; {@link #reason()} says why. */
public final class RequestRejectedException extends Exception {

    private final RequestRejection reason;

    public RequestRejectedException(RequestRejection reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public RequestRejection reason() {
        return reason;
    }
}
