/** Online statistics: tallies, time-weighted values, confidence intervals. */
package org.scmsim.model.stats;
