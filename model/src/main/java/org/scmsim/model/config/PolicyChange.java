package org.scmsim.model.config;

import java.time.LocalDate;

/**
 * A new Local Policy File from a day on (the SCMS Manager's policy decision reaching the RA and
 * the devices): requests and pre-generation jobs from that day use the new pseudonym policy.
 * Certificates already generated keep the policy they were made under. A field at 0 is left as it
 * was.
 *
 * @param name             names the disruption in the results
 * @param from             the day the new policy takes effect (UTC midnight; it applies from the
 *                         first week boundary on or after it)
 * @param perWeek          pseudonym certificates per week (0: unchanged)
 * @param pregenerateWeeks pre-generation depth in weeks (0: unchanged)
 * @param downloadWeeks    weeks per download (0: unchanged)
 * @param topOffWeeks      top-off threshold in weeks (0: unchanged)
 */
public record PolicyChange(String name, LocalDate from, int perWeek, int pregenerateWeeks, int downloadWeeks,
                           int topOffWeeks) {

    public PolicyChange {
        Disruptions.name(name);
        Check.present("from", from);
        Check.range("perWeek", perWeek, 0, 10_000);
        Check.range("pregenerateWeeks", pregenerateWeeks, 0, 1_560);
        Check.range("downloadWeeks", downloadWeeks, 0, 1_560);
        Check.range("topOffWeeks", topOffWeeks, 0, 1_560);
        if (perWeek == 0 && pregenerateWeeks == 0 && downloadWeeks == 0 && topOffWeeks == 0) {
            throw new InvalidFieldException("perWeek", "changes nothing: set at least one of perWeek, "
                    + "pregenerateWeeks, downloadWeeks, topOffWeeks above 0");
        }
    }

    /**
     * The pseudonym policy after this change, checked by the policy's own rules (a download no
     * larger than the depth, a top-off threshold at most one more than the download).
     */
    public PseudonymPolicy applyTo(PseudonymPolicy p) {
        try {
            return new PseudonymPolicy(perWeek > 0 ? perWeek : p.perWeek(), p.validity(),
                    pregenerateWeeks > 0 ? pregenerateWeeks : p.pregenerateWeeks(),
                    downloadWeeks > 0 ? downloadWeeks : p.downloadWeeks(),
                    topOffWeeks > 0 ? topOffWeeks : p.topOffWeeks(), p.rotation(), p.rotationKm(), p.responseBytes(),
                    p.fileOverheadBytes(), p.requestBytes());
        } catch (InvalidFieldException e) {
            throw new InvalidFieldException(e.field(), e.rule() + " (after the policy change '" + name + "')");
        }
    }
}
