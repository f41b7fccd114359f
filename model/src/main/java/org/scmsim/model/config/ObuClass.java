package org.scmsim.model.config;

import java.time.Duration;
import org.scmsim.model.random.Distribution;

/**
 * A class of on-board units (private car, transit bus, truck, emergency vehicle).
 *
 * @param name              short name, used in outputs
 * @param share             fraction of the OBUs deployed each year that are of this class
 * @param privileged        holds an identification certificate as well (e.g. emergency, transit)
 * @param tripsPerDay       mean trips per day (shaped over the day by the fleet's diurnal profile)
 * @param tripLengthKm      trip length distribution, km (e.g. {@code lognormal(12, 0.8)})
 * @param speedKmh          mean speed of a trip, km/h (e.g. {@code uniform(30, 90)})
 * @param cellularShare     fraction of the class with a cellular modem used for certificates
 * @param cellularPerDay    probability that a modem-equipped device has cellular service on a day
 * @param cellularLatency   time from asking to the start of a cellular transfer
 * @param cellularMbps      cellular download throughput, Mbit/s
 * @param homeWifiShare     fraction of the class that reaches home Wi-Fi when parked at home
 * @param homeWifiMbps      home Wi-Fi throughput, Mbit/s
 */
public record ObuClass(String name, double share, boolean privileged, double tripsPerDay, String tripLengthKm,
                       String speedKmh, double cellularShare, double cellularPerDay, Duration cellularLatency,
                       double cellularMbps, double homeWifiShare, double homeWifiMbps) {

    public ObuClass {
        Check.present("name", name);
        Check.fraction("share", share);
        Check.nonNegative("tripsPerDay", tripsPerDay);
        Check.distribution("tripLengthKm", tripLengthKm, true);
        Check.distribution("speedKmh", speedKmh, true);
        Check.fraction("cellularShare", cellularShare);
        Check.fraction("cellularPerDay", cellularPerDay);
        Check.nonNegative("cellularLatency", cellularLatency);
        Check.positive("cellularMbps", cellularMbps);
        Check.fraction("homeWifiShare", homeWifiShare);
        Check.positive("homeWifiMbps", homeWifiMbps);
    }

    public Distribution tripLengthDistribution() {
        return Distribution.parse(tripLengthKm);
    }

    public Distribution speedDistribution() {
        return Distribution.parse(speedKmh);
    }
}
