package org.scmsim.model.config;

import java.time.Duration;
import java.util.List;

/**
 * Misbehaving OBUs, their detection and reporting, the MA's decision and the CRL that revokes them
 * (CAMP use cases 5, 6 and 16; SAE J3287). With no rate and no wave nothing of this is simulated.
 *
 * @param ratePerDeviceYear         active OBUs starting to misbehave, per OBU-year (Poisson)
 * @param waves                     misbehaviour waves: so many OBUs start misbehaving on a day
 * @param encountersPerDay          other OBUs a misbehaving OBU meets per day (Poisson)
 * @param detectionProbability      chance one encounter detects the misbehaviour and queues a report
 * @param messagesPerEncounter      messages (BSMs) a receiver gets from the sender in one encounter
 * @param uploadDelay               mean time from detection to the reporter's next contact (exponential)
 * @param reportLifetime            a report not uploaded within this is dropped on the device
 * @param reportShuffle             the RA's shuffle of reports before the MA (threshold or wait)
 * @param maServiceTime             MA time to check one report (single server, FIFO)
 * @param reportsToRevoke           independent reports against one device before the MA revokes it
 * @param falseReportsPerDeviceYear reports against honest OBUs, per OBU-year (false positives)
 * @param investigationTime         from the threshold to the decision (linkage seeds from PCA and LAs)
 * @param crl                       CRL issuance and distribution
 * @param encounters                where a suspect's meetings come from: {@code uniform} (Poisson at
 *                                  {@code encountersPerDay}, partner drawn from the whole active fleet) or
 *                                  {@code proximity} (OBUs homed in the same zone, at a rate from how many
 *                                  of them are on the road at that hour)
 * @param zoneKm                    side of a zone (a cell of the rectangle, a segment of the corridor), km;
 *                                  0: the fleet's mean trip length (share-weighted); proximity only
 * @param v2vRangeM                 range at which two OBUs hear each other's BSMs, m; proximity only
 * @param rsuWaves                  RSU misbehaviour waves: so many active RSUs start misbehaving on a day
 *                                  (revoked, when detected, by hash entries for their application certificates)
 * @param rsuContactsPerDay         OBUs that receive a misbehaving RSU's messages per day (Poisson); each
 *                                  detects it with {@code detectionProbability} and queues a report
 * @param revocationWork            MA server time per revocation (records from PCA/LAs/RA, the orders to
 *                                  the RA and CRL generator), queued at the MA component ({@code scms.ma})
 *                                  with the report checks; zero: revocations do not queue at the MA
 */
public record Misbehavior(double ratePerDeviceYear, List<MisbehaviorWave> waves, double encountersPerDay,
                          double detectionProbability, double messagesPerEncounter, Duration uploadDelay,
                          Duration reportLifetime, Shuffle reportShuffle, Duration maServiceTime, int reportsToRevoke,
                          double falseReportsPerDeviceYear, Duration investigationTime, CrlPolicy crl,
                          Encounters encounters, double zoneKm, double v2vRangeM,
                          List<MisbehaviorWave> rsuWaves, double rsuContactsPerDay, Duration revocationWork) {

    /** Where a suspect's meetings come from. */
    public enum Encounters {
        /** Poisson at {@code encountersPerDay}; the partner is any active OBU. */
        UNIFORM,
        /** The OBUs on the road in the suspect's zone, at that hour (see {@code ProximityEncounters}). */
        PROXIMITY
    }

    public Misbehavior {
        Check.nonNegative("ratePerDeviceYear", ratePerDeviceYear);
        waves = List.copyOf(Check.present("waves", waves));
        Check.nonNegative("encountersPerDay", encountersPerDay);
        Check.fraction("detectionProbability", detectionProbability);
        Check.nonNegative("messagesPerEncounter", messagesPerEncounter);
        Check.positive("uploadDelay", uploadDelay);
        Check.positive("reportLifetime", reportLifetime);
        Check.present("reportShuffle", reportShuffle);
        Check.positive("maServiceTime", maServiceTime);
        Check.range("reportsToRevoke", reportsToRevoke, 1, 1_000_000);
        Check.nonNegative("falseReportsPerDeviceYear", falseReportsPerDeviceYear);
        Check.nonNegative("investigationTime", investigationTime);
        Check.present("crl", crl);
        Check.present("encounters", encounters);
        Check.nonNegative("zoneKm", zoneKm);
        Check.positive("v2vRangeM", v2vRangeM);
        rsuWaves = List.copyOf(Check.present("rsuWaves", rsuWaves));
        Check.nonNegative("rsuContactsPerDay", rsuContactsPerDay);
        Check.nonNegative("revocationWork", revocationWork);
    }

    /** Uniform encounters (as before proximity existed): zone and range at their reference defaults. */
    public Misbehavior(double ratePerDeviceYear, List<MisbehaviorWave> waves, double encountersPerDay,
                       double detectionProbability, double messagesPerEncounter, Duration uploadDelay,
                       Duration reportLifetime, Shuffle reportShuffle, Duration maServiceTime, int reportsToRevoke,
                       double falseReportsPerDeviceYear, Duration investigationTime, CrlPolicy crl) {
        this(ratePerDeviceYear, waves, encountersPerDay, detectionProbability, messagesPerEncounter, uploadDelay,
                reportLifetime, reportShuffle, maServiceTime, reportsToRevoke, falseReportsPerDeviceYear,
                investigationTime, crl, Encounters.UNIFORM, 0, 300, List.of(), 50, Duration.ZERO);
    }

    /** Uniform encounters, with RSU misbehaviour and MA revocation work. */
    public Misbehavior(double ratePerDeviceYear, List<MisbehaviorWave> waves, double encountersPerDay,
                       double detectionProbability, double messagesPerEncounter, Duration uploadDelay,
                       Duration reportLifetime, Shuffle reportShuffle, Duration maServiceTime, int reportsToRevoke,
                       double falseReportsPerDeviceYear, Duration investigationTime, CrlPolicy crl,
                       List<MisbehaviorWave> rsuWaves, double rsuContactsPerDay, Duration revocationWork) {
        this(ratePerDeviceYear, waves, encountersPerDay, detectionProbability, messagesPerEncounter, uploadDelay,
                reportLifetime, reportShuffle, maServiceTime, reportsToRevoke, falseReportsPerDeviceYear,
                investigationTime, crl, Encounters.UNIFORM, 0, 300, rsuWaves, rsuContactsPerDay, revocationWork);
    }

    /** Proximity or uniform encounters, without RSU misbehaviour or MA revocation work. */
    public Misbehavior(double ratePerDeviceYear, List<MisbehaviorWave> waves, double encountersPerDay,
                       double detectionProbability, double messagesPerEncounter, Duration uploadDelay,
                       Duration reportLifetime, Shuffle reportShuffle, Duration maServiceTime, int reportsToRevoke,
                       double falseReportsPerDeviceYear, Duration investigationTime, CrlPolicy crl,
                       Encounters encounters, double zoneKm, double v2vRangeM) {
        this(ratePerDeviceYear, waves, encountersPerDay, detectionProbability, messagesPerEncounter, uploadDelay,
                reportLifetime, reportShuffle, maServiceTime, reportsToRevoke, falseReportsPerDeviceYear,
                investigationTime, crl, encounters, zoneKm, v2vRangeM, List.of(), 50, Duration.ZERO);
    }

    /** The same with meetings from {@code mode}, zones of {@code zoneKm} and a V2V range of {@code rangeM}. */
    public Misbehavior withEncounters(Encounters mode, double zoneKmNew, double rangeM) {
        return new Misbehavior(ratePerDeviceYear, waves, encountersPerDay, detectionProbability, messagesPerEncounter,
                uploadDelay, reportLifetime, reportShuffle, maServiceTime, reportsToRevoke, falseReportsPerDeviceYear,
                investigationTime, crl, mode, zoneKmNew, rangeM, rsuWaves, rsuContactsPerDay, revocationWork);
    }

    /** True when the run simulates misbehaviour and revocation. */
    public boolean simulated() {
        return ratePerDeviceYear > 0 || !waves.isEmpty() || falseReportsPerDeviceYear > 0 || !rsuWaves.isEmpty();
    }

    /** Nothing misbehaves. */
    public static Misbehavior none() {
        return new Misbehavior(0, List.of(), 20, 0.5, 100, Duration.ofHours(12), Duration.ofDays(7),
                new Shuffle(10_000, Duration.ofDays(1)), Duration.ofSeconds(1), 3, 0, Duration.ofHours(4),
                new CrlPolicy(CrlPolicy.Cadence.PERIODIC, Duration.ofDays(7), CrlPolicy.Channel.DOWNLOAD,
                        Duration.ofDays(2), 92, Duration.ZERO, Duration.ZERO),
                List.of(), 50, Duration.ZERO);
    }
}
