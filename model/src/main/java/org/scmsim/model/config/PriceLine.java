package org.scmsim.model.config;

/**
 * One line item of a pricing model: a unit price times a quantity measured in the run.
 *
 * @param item      label in the cost table, e.g. "OBU subscription" or "Platform fee, test"
 * @param basis     what the price is per
 * @param unitPrice price per unit of the basis, in the scenario's currency, in the first simulated year
 */
public record PriceLine(String item, Basis basis, double unitPrice) {

    /** What a line item's price is per. */
    public enum Basis {
        /** Per OBU in service per year (device-days / 365). */
        OBU_YEAR,
        /** Per RSU in service per year. */
        RSU_YEAR,
        /** Per device (OBU or RSU) in service per year. */
        DEVICE_YEAR,
        /** Per certificate issued, all kinds. */
        CERTIFICATE,
        /** Per pseudonym certificate issued. */
        PSEUDONYM_CERTIFICATE,
        /** Per RSU application certificate issued. */
        APPLICATION_CERTIFICATE,
        /** Per certificate batch downloaded by an OBU (any channel). */
        BATCH_DOWNLOAD,
        /** Per device enrolled (bootstrap: enrollment certificate issued). */
        ENROLLMENT,
        /** Per device re-bootstrapped after a CA key exposure (the provider's price for it). */
        REBOOTSTRAP,
        /** A flat fee per year (platform per environment, technical support), pro rata for part years. */
        YEARLY,
        /** A flat fee paid once, in the first simulated year (set-up, integration). */
        ONCE
    }

    public PriceLine {
        Check.present("item", item);
        if (item.isBlank()) {
            throw new InvalidFieldException("item", "must not be blank");
        }
        Check.present("basis", basis);
        Check.nonNegative("unitPrice", unitPrice);
    }
}
