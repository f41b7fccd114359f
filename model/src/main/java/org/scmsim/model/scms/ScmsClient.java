package org.scmsim.model.scms;

/**
 * What the SCMS tells the devices' side. Device ids: OBUs and RSUs share one id space chosen by
 * the caller.
 */
public interface ScmsClient {

    /** The ECA issued the device's enrollment certificate. */
    void enrolled(int device);

    /** The device's first batch (weeks first..last) is issued and stored at the RA for download. */
    void batchReady(int device, int firstWeek, int lastWeek);

    /** The weekly pre-generation job for {@code week} is complete: every eligible device has it. */
    void pregenerated(int jobWeek);

    /** The RSU's application certificates for {@code week} are issued. */
    void applicationIssued(int device, int week);

    /** The RA served the device's download request; its transfer can start. */
    void downloadServed(int device);

    /**
     * Certificates issued now, by kind; {@code late} of them after the start of their week although
     * asked for before it; {@code pregeneration}: by the weekly job rather than a device's request.
     */
    void issued(CertificateKind kind, int certificates, int late, double responseSeconds, boolean pregeneration);

    /**
     * The RA refused the device's download: its enrollment certificate is blacklisted (issue 6).
     * Nothing will be served to it again.
     */
    default void downloadRefused(int device) {
    }

    /** The RA refused the device's first batch or identification request: it is blacklisted (issue 6). */
    default void requestRefused(int device) {
    }
}
