package org.scmsim.model.config;

/**
 * One RA→PCA issuance stage.
 *
 * @param throughput  certificates issued per second by the whole stage
 * @param serviceTime how a request's service time varies around (certificates / throughput)
 */
public record Issuance(double throughput, ServiceTimeModel serviceTime) {

    /** Variability of service time around its mean. */
    public enum ServiceTimeModel {
        /** Exactly certificates / throughput. */
        DETERMINISTIC,
        /** Exponential with that mean. */
        EXPONENTIAL
    }

    public Issuance {
        Check.positive("throughput", throughput);
        Check.present("serviceTime", serviceTime);
    }
}
