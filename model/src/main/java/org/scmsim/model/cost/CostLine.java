package org.scmsim.model.cost;

/**
 * One priced line of one year under one pricing model: a row of {@code cost.csv}.
 *
 * @param year           calendar year
 * @param pricingModel   the pricing model's name
 * @param lineItem       the line item's label
 * @param basis          what the price is per (snake_case of the basis)
 * @param period         {@code simulated} for years the run covered, {@code option} for extension years
 * @param quantity       units of the basis used in the year
 * @param unitPrice      price per unit that year (escalated, option uplift applied)
 * @param amount         quantity x unit price
 * @param discountFactor 1 / (1 + discount rate)^(year - first year)
 * @param presentValue   amount x discount factor
 */
public record CostLine(int year, String pricingModel, String lineItem, String basis, String period, double quantity,
                       double unitPrice, double amount, double discountFactor, double presentValue) {
}
