package org.scmsim.model.config;

import java.util.List;

/**
 * One pricing model as met in SCMS RFIs and contracts: line items, each a unit price on one
 * quantity the run measures, and the options to extend the contract beyond the simulated years.
 *
 * @param name              label in the cost table (unique within the scenario)
 * @param escalation        yearly price increase after the first simulated year (0.03: 3% a year)
 * @param lines             the line items
 * @param extensionYears    option years priced after the last simulated year, on the quantities of
 *                          the last simulated year scaled to a whole year (0: no option)
 * @param extensionUplift   price increase of the option years over the escalated price (0.1: +10%)
 */
public record PricingModel(String name, double escalation, List<PriceLine> lines, int extensionYears,
                           double extensionUplift) {

    public PricingModel {
        Check.present("name", name);
        if (name.isBlank()) {
            throw new InvalidFieldException("name", "must not be blank");
        }
        if (!(escalation >= 0 && escalation <= 1)) {
            throw new InvalidFieldException("escalation", "must be between 0 and 1 (a yearly fraction), was " + escalation);
        }
        lines = Check.nonEmpty("lines", lines);
        Check.range("extensionYears", extensionYears, 0, 50);
        Check.nonNegative("extensionUplift", extensionUplift);
    }
}
