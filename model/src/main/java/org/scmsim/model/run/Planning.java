package org.scmsim.model.run;

import java.util.List;
import org.scmsim.model.cost.CostLine;
import org.scmsim.model.cost.YearUsage;
import org.scmsim.model.disruption.DisruptionImpact;
import org.scmsim.model.misbehavior.CrlIssue;
import org.scmsim.model.misbehavior.RevocationRow;

/**
 * The planning tables of a run (issue 6): cost by year, line item and pricing model
 * ({@code cost.csv}) and what each disruption caused ({@code disruptions.csv}). Empty lists: the
 * scenario priced nothing / disrupted nothing; {@code revocations} ({@code revocations.csv}) and
 * {@code crls} ({@code crl.csv}) when it simulates misbehaviour. {@code years}: the usage each year was priced on.
 */
public record Planning(List<CostLine> cost, List<DisruptionImpact> disruptions, List<YearUsage> years,
                       List<RevocationRow> revocations, List<CrlIssue> crls) {

    public Planning {
        cost = List.copyOf(cost);
        disruptions = List.copyOf(disruptions);
        years = List.copyOf(years);
        revocations = List.copyOf(revocations);
        crls = List.copyOf(crls);
    }

    public static Planning none() {
        return new Planning(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
