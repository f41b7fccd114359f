package org.scmsim.results.chart;

import java.time.LocalDate;

/**
 * A period shaded on time charts, e.g. a disruption.
 *
 * @param from  first day
 * @param to    day after the last (exclusive)
 * @param label shown at the top of the shading
 */
public record ShadedPeriod(LocalDate from, LocalDate to, String label) {

    public ShadedPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
        }
    }
}
