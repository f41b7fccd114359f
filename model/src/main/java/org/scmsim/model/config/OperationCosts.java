package org.scmsim.model.config;

/**
 * Seconds of one server (HSM) per operation. In {@code given} mode these numbers are used as
 * written; in {@code calibrated} mode the run measures them from the real crypto-core operations
 * on this machine at start, divides by {@code hsmSpeedup}, and records what it used.
 *
 * @param source             {@code given} or {@code calibrated}
 * @param hsmSpeedup         how much faster one HSM is than one core of this machine (calibrated)
 * @param enrollment         ECA: issue one enrollment certificate
 * @param requestValidation  RA: verify and decrypt one provisioning request
 * @param butterflyExpansion RA: expand caterpillar keys into one cocoon key pair (per certificate)
 * @param preLinkageValue    LA: one encrypted pre-linkage value (per certificate, per LA)
 * @param pseudonymIssue     PCA: issue, sign and encrypt one pseudonym certificate
 * @param certificateIssue   PCA: issue one application or identification certificate
 * @param downloadFile       RA: serve one week's file (authenticate the request, read, send)
 */
public record OperationCosts(Source source, double hsmSpeedup, double enrollment, double requestValidation,
                             double butterflyExpansion, double preLinkageValue, double pseudonymIssue,
                             double certificateIssue, double downloadFile) {

    /** Where costs come from. */
    public enum Source {
        GIVEN,
        CALIBRATED
    }

    public OperationCosts {
        Check.present("source", source);
        Check.positive("hsmSpeedup", hsmSpeedup);
        Check.positive("enrollment", enrollment);
        Check.positive("requestValidation", requestValidation);
        Check.positive("butterflyExpansion", butterflyExpansion);
        Check.positive("preLinkageValue", preLinkageValue);
        Check.positive("pseudonymIssue", pseudonymIssue);
        Check.positive("certificateIssue", certificateIssue);
        Check.positive("downloadFile", downloadFile);
    }

    public OperationCosts withCosts(double enrollment, double requestValidation, double butterflyExpansion,
                                    double preLinkageValue, double pseudonymIssue, double certificateIssue,
                                    double downloadFile) {
        return new OperationCosts(source, hsmSpeedup, enrollment, requestValidation, butterflyExpansion,
                preLinkageValue, pseudonymIssue, certificateIssue, downloadFile);
    }
}
