package org.scmsim.model.config;

import java.time.Duration;
import java.util.List;

/**
 * Where RSUs stand and how they connect. The deployment curve says how many RSUs join each year;
 * the k-th RSU to join takes the k-th site.
 *
 * @param placement            {@code random} (uniform in the region), {@code grid} (every
 *                             {@code spacingKm} in both directions, sites taken in a random order),
 *                             {@code corridor} (every {@code spacingKm} along the corridor) or
 *                             {@code explicit} (the {@code sites} list, in order)
 * @param spacingKm            site spacing for grid and corridor placement, km
 * @param sites                explicit sites, km
 * @param rangeM               radio range, metres (contact = the path's chord through this disc)
 * @param radioMbps            application throughput over the radio while in range, Mbit/s
 * @param backhaulMbps         RSU backhaul bandwidth to the SCMS, Mbit/s (a download runs at the
 *                             smaller of radio and backhaul)
 * @param backhaulLatency      round trip from RSU to RA and back
 * @param backhaulAvailability probability that the backhaul works at a renewal attempt
 * @param retryInterval        wait before an RSU retries a failed renewal
 */
public record RsuSites(Placement placement, double spacingKm, List<Point> sites, double rangeM, double radioMbps,
                       double backhaulMbps, Duration backhaulLatency, double backhaulAvailability,
                       Duration retryInterval) {

    /** How sites are laid out. */
    public enum Placement {
        RANDOM,
        GRID,
        CORRIDOR,
        EXPLICIT
    }

    public RsuSites {
        Check.present("placement", placement);
        Check.positive("spacingKm", spacingKm);
        sites = sites == null ? List.of() : List.copyOf(sites);
        Check.positive("rangeM", rangeM);
        Check.positive("radioMbps", radioMbps);
        Check.positive("backhaulMbps", backhaulMbps);
        Check.nonNegative("backhaulLatency", backhaulLatency);
        Check.fraction("backhaulAvailability", backhaulAvailability);
        Check.positive("retryInterval", retryInterval);
        if (placement == Placement.EXPLICIT && sites.isEmpty()) {
            throw new InvalidFieldException("sites", "placement 'explicit' needs at least one site");
        }
    }
}
