package org.scmsim.model.config;

import java.util.List;

/**
 * What the SCMS costs: the pricing models a procurement compares, the currency they are written in,
 * the discount rate of the total cost of ownership, and the liability for re-bootstrapping devices
 * after a CA key exposure (procurement resource section 2.2.2).
 *
 * @param currency     ISO 4217 code or any label the report prints next to amounts
 * @param discountRate yearly rate discounting each calendar year to the first simulated year
 *                     (year k after the first is divided by (1 + rate)^k)
 * @param models       the pricing models (each priced on the same simulated usage); none: no cost table
 * @param liability    the cost of re-bootstrapping a device after a CA key exposure, and who pays it
 */
public record Cost(String currency, double discountRate, List<PricingModel> models, Liability liability) {

    public Cost {
        Check.present("currency", currency);
        if (currency.isBlank()) {
            throw new InvalidFieldException("currency", "must not be blank");
        }
        if (!(discountRate >= 0 && discountRate < 1)) {
            throw new InvalidFieldException("discountRate", "must be at least 0 and below 1 (a yearly fraction), was "
                    + discountRate);
        }
        models = List.copyOf(Check.present("models", models));
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < models.size(); i++) {
            if (!names.add(models.get(i).name())) {
                throw new InvalidFieldException("models[" + i + "].name", "'" + models.get(i).name()
                        + "' is used by two pricing models");
            }
        }
        Check.present("liability", liability);
    }

    /** No pricing: what a scenario without a {@code cost} section means. */
    public static Cost none() {
        return new Cost("USD", 0, List.of(), new Liability(0, 0, Liability.Payer.AGENCY));
    }
}
