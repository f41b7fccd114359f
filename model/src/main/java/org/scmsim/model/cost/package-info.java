/**
 * Cost of an SCMS under the scenario's pricing models: what the run used per calendar year
 * ({@link org.scmsim.model.cost.YearUsage}) priced line by line ({@link org.scmsim.model.cost.CostModel}),
 * discounted to a total cost of ownership.
 */
package org.scmsim.model.cost;
