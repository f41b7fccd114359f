package org.scmsim.model.misbehavior;

import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scmsim.crypto.base.Time32;
import org.scmsim.model.config.CrlPolicy;
import org.scmsim.model.config.Misbehavior;
import org.scmsim.model.config.MisbehaviorWave;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.crypto.CryptoLoop;
import org.scmsim.model.crypto.Verdict;
import org.scmsim.model.device.Ledger;
import org.scmsim.model.device.Measure;
import org.scmsim.model.device.ObuLife;
import org.scmsim.model.device.RsuLife;
import org.scmsim.model.engine.EventHandler;
import org.scmsim.model.engine.Simulation;
import org.scmsim.model.random.RandomStreams;
import org.scmsim.model.scms.Provisioning;
import org.scmsim.model.scms.RequestKind;
import umontreal.ssj.rng.RandomStream;

/**
 * Misbehaviour and revocation, one suspect's life top to bottom:
 * <ol>
 *   <li>{@link #startMisbehaving}: an active OBU (drawn from the fleet) starts misbehaving (Poisson
 *       per OBU-year, or a wave); it meets other OBUs: those on the road in its zone at a rate from
 *       their number at that hour ({@link ProximityEncounters}), or with {@code encounters: uniform}
 *       any active OBU at {@code encountersPerDay} (Poisson);</li>
 *   <li>{@link #encounter}: each meeting detects it with {@code detectionProbability}; the receiver
 *       (the OBU met) queues a report and uploads it at its next contact
 *       (exponential delay); a report older than {@code reportLifetime} by then is dropped on the
 *       device. In real-crypto fidelity the report is really built: signed with the reporter's
 *       pseudonym, the suspect's signed BSM as evidence, encrypted to the MA;</li>
 *   <li>{@link #reportAtRa}: the RA holds reports in its shuffle until {@code threshold} have
 *       gathered or the oldest has waited {@code maxWait}, then forwards them one by one;</li>
 *   <li>{@link #reportChecked}: the MA checks each (a job of {@code maServiceTime} at the MA
 *       component, {@code scms.ma}: servers, queue, outages like the RA's; for real reports it
 *       decrypts and verifies them); at {@code reportsToRevoke} reports against one device it
 *       works on the revocation ({@code revocationWork} at the MA, if any), investigates (linkage
 *       seeds from PCA and LAs, {@code investigationTime}) and {@link #decide}s to revoke: the RA
 *       blacklists the enrollment certificate ({@link Provisioning#blacklist}), so the device gets
 *       no further batch or top-off;</li>
 *   <li>{@link #issueCrl}: the CRL generator lists the device (linkage entry until iMax = the
 *       decision week + pre-generation depth; a privileged OBU's identification certificates as
 *       hash entries) in the next CRL (periodic, or at once; a job at the CRLG component when
 *       {@code crl.generationTime}/{@code entryTime} are set); the CRL's size comes from its real
 *       COER encoding; OBUs receive it through their own contacts
 *       ({@link ObuLife#crlPublished}), and the times when 50/90/99% of the OBUs active at issue
 *       held it come from those arrivals;</li>
 *   <li>after the decision the revoked device keeps driving on the pseudonyms it holds: each
 *       meeting's receiver accepts its messages unless the CRL the receiver holds lists it (in
 *       real-crypto fidelity the receiver really checks the sender's certificate against that CRL).</li>
 * </ol>
 * Honest OBUs are wrongly reported at {@code falseReportsPerDeviceYear}; one that gathers
 * {@code reportsToRevoke} reports is revoked too (a false positive). A disruption may order
 * devices revoked at once ({@link #revokeNow}). Misbehaving RSUs ({@code rsuWaves}) are reported by
 * the OBUs receiving their messages and revoked by hash entries for their application certificates
 * (HashedId10 + expiry) in a hash CRL issued with each CRL. Reports are assumed independent (each from a
 * different reporter). Receivers and reporters are the OBUs met (a false report's reporter is
 * drawn from the whole active fleet; an RSU's receivers uniformly from the active fleet).
 */
public final class MisbehaviorModel {

    private static final double DAY = 86_400.0;
    private static final double WEEK = 7 * DAY;

    private static final byte MISBEHAVING = 0;
    private static final byte WRONGLY_REPORTED = 1;
    private static final byte ORDERED = 2;
    private static final byte RSU = 3;            // a misbehaving RSU (issue 6: hash entries)
    private static final int HASH_CRL_SERIES = 2; // the hash CRL's crlSeries (the linkage CRL's is 1)

    private final Simulation sim;
    private final Scenario scenario;
    private final Misbehavior mb;
    private final CrlPolicy crl;
    private final ObuLife obus;
    private final Provisioning scms;
    private final CryptoLoop crypto;
    private final Ledger ledger;
    private final double horizon;
    private final RandomStream onsets;
    private final RandomStream encounters;
    private final RandomStream uploads;
    private final RandomStream falseReports;
    private final RandomStream suspectsDrawn;
    private final RandomStream receivers;
    private final RandomStream checks;
    private final RandomStream afterDecision;
    // proximity encounters (null: uniform) and their own streams, before and after the decision
    private final ProximityEncounters proximity;
    private final RandomStream meetings;
    private final RandomStream meetingsAfterDecision;
    private final RsuLife rsus;                  // null: no RSU revocations
    private final RandomStream rsuStream;

    // suspects: misbehaving devices, wrongly reported honest ones and ordered revocations
    private int suspects;
    private int[] device = new int[64];
    private byte[] kind = new byte[64];
    private double[] onset = new double[64];
    private int[] reportsChecked = new int[64];
    private double[] decided = new double[64];
    private int[] listedIn = new int[64];        // first CRL version listing it (0: none yet)
    private double[] accepted = new double[64];
    private final Map<Integer, Integer> suspectOf = new HashMap<>();
    private boolean[] orderPending = new boolean[64];   // an ordered revocation waits at the MA
    private int pendingOrders;

    // reports in flight: suspect and real report handle (-1: not real), recycled slots
    private int[] reportSuspect = new int[256];
    private int[] reportHandle = new int[256];
    private int[] freeReports = new int[256];
    private int freeCount;
    private int reportSlots;

    // RA report shuffle
    private int[] shuffled = new int[256];
    private int shuffledCount;
    private long shuffleGeneration;
    // CRL
    private boolean crlsScheduled;
    private final List<Integer> unlisted = new ArrayList<>();
    private final TreeMap<Integer, Integer> entriesByIMax = new TreeMap<>();
    private final List<CrlState> issues = new ArrayList<>();
    // hash entries (RSU application and OBU identification certificates) by expiry, simulated seconds
    private final TreeMap<Double, Integer> hashByExpiry = new TreeMap<>();
    private boolean hashCrls;   // a hash CRL is issued with every CRL from the first hash entry on
    private long rsuEntriesAdded;
    private long identificationEntriesAdded;
    private long misbehavingRsus;
    private double acceptedFromRsus;
    private final List<CrlCheck> hashChecks = new ArrayList<>();
    private long hashCheckMismatches;

    private long misbehaving;
    private long reportsQueued;
    private long reportsDropped;
    private long reportsReceived;
    private long reportsVerified;
    private long revokedByOrder;
    private final List<CrlCheck> crlChecks = new ArrayList<>();
    private long crlCheckMismatches;

    private final EventHandler onEncounter = this::encounter;
    private final EventHandler onReportAtRa = this::reportAtRa;
    private final EventHandler onDecide = this::decide;
    private final EventHandler onStart = this::startMisbehaving;
    private final EventHandler onFalseReport = this::falseReport;
    private final EventHandler onLookAgain = this::lookAgain;

    /** One issued CRL and how far it has reached. */
    private static final class CrlState {
        final int version;
        final double issued;
        final int week;
        final int entries;
        final int newEntries;
        final int contentBytes;
        final int bytes;
        final long activeAtIssue;
        long holders;   // OBUs active at issue that hold it (or a newer one)
        int realBytes;  // size of the really signed CRL (0: model fidelity)
        int hashEntries;       // issue 6: the hash CRL issued with it (0 bytes: none)
        int hashContentBytes;
        int hashBytes;
        int realHashBytes;
        double reach50 = Double.NaN;
        double reach90 = Double.NaN;
        double reach99 = Double.NaN;

        CrlState(int version, double issued, int week, int entries, int newEntries, int contentBytes, int bytes,
                 long activeAtIssue) {
            this.version = version;
            this.issued = issued;
            this.week = week;
            this.entries = entries;
            this.newEntries = newEntries;
            this.contentBytes = contentBytes;
            this.bytes = bytes;
            this.activeAtIssue = activeAtIssue;
        }
    }

    /**
     * A receiver's check of a sender's pseudonym certificate against the CRL it holds, in
     * real-crypto fidelity.
     *
     * @param seconds        simulated time of the check
     * @param receiver       the checking OBU
     * @param sender         the OBU whose certificate of the current week is checked
     * @param receiverCrl    the CRL version the receiver held (0: none)
     * @param listed         whether, by the model's books, that CRL lists the sender
     * @param verdict        what the real check concluded ({@link Verdict#REVOKED} or ACCEPTED)
     */
    public record CrlCheck(double seconds, int receiver, int sender, int receiverCrl, boolean listed, Verdict verdict) {
    }

    public MisbehaviorModel(Simulation sim, Scenario scenario, RandomStreams streams, ObuLife obus, Provisioning scms,
                            CryptoLoop crypto, Ledger ledger, double horizon) {
        this(sim, scenario, streams, obus, null, scms, crypto, ledger, horizon);
    }

    /** With the RSUs, which {@code misbehavior.rsuWaves} may make misbehave (revoked by hash entries). */
    public MisbehaviorModel(Simulation sim, Scenario scenario, RandomStreams streams, ObuLife obus, RsuLife rsus,
                            Provisioning scms, CryptoLoop crypto, Ledger ledger, double horizon) {
        this.sim = sim;
        this.rsus = rsus;
        this.rsuStream = streams.stream("misbehavior.rsus");
        this.scenario = scenario;
        this.mb = scenario.misbehavior();
        this.crl = mb.crl();
        this.obus = obus;
        this.scms = scms;
        this.crypto = crypto;
        this.ledger = ledger;
        this.horizon = horizon;
        this.onsets = streams.stream("misbehavior.onset");
        this.encounters = streams.stream("misbehavior.encounters");
        this.uploads = streams.stream("misbehavior.reports");
        this.falseReports = streams.stream("misbehavior.false");
        this.suspectsDrawn = streams.stream("misbehavior.suspects");
        this.receivers = streams.stream("misbehavior.receivers");
        this.checks = streams.stream("misbehavior.checks");   // real-crypto checks only
        this.afterDecision = streams.stream("misbehavior.revoked");
        if (mb.encounters() == Misbehavior.Encounters.PROXIMITY) {
            this.proximity = ProximityEncounters.of(scenario, obus, streams);
            this.meetings = streams.stream("misbehavior.proximity");
            this.meetingsAfterDecision = streams.stream("misbehavior.proximity.revoked");
        } else {
            this.proximity = null;
            this.meetings = null;
            this.meetingsAfterDecision = null;
        }
        obus.crlDistribution(crl, this::crlReceived);
        scms.revocationWork(this::workDone);
    }

    public boolean simulated() {
        return mb.simulated() || !issues.isEmpty() || suspects > 0;
    }

    /** Schedules the daily onsets and false reports, the waves and the periodic CRLs. */
    public void schedule() {
        if (!mb.simulated()) {
            return;
        }
        sim.at(0, this::dayStarts, 0);
        for (MisbehaviorWave w : mb.waves()) {
            double t = ChronoUnit.DAYS.between(scenario.start(), w.at()) * DAY;
            if (t >= 0 && t < horizon) {
                sim.at(t, this::wave, w.devices());
            }
        }
        for (MisbehaviorWave w : mb.rsuWaves()) {
            double t = ChronoUnit.DAYS.between(scenario.start(), w.at()) * DAY;
            if (t >= 0 && t < horizon && rsus != null) {
                sim.at(t, this::rsuWave, w.devices());
            }
        }
        scheduleCrls(0);
    }

    private void scheduleCrls(double from) {
        if (crlsScheduled || crl.cadence() != CrlPolicy.Cadence.PERIODIC) {
            return;
        }
        crlsScheduled = true;
        double every = seconds(crl.interval());
        for (double t = (Math.floor(from / every) + 1) * every; t < horizon; t += every) {
            sim.at(t, this::issueCrl);
        }
    }

    // ---- mass revocation (for disruptions)

    /**
     * The MA orders these OBUs revoked now, without reports (a mass-revocation wave, a compromised
     * batch): the RA blacklists each, and the next CRL lists them (one CRL for all of them at once
     * with cadence {@code on_revocation}). OBUs not active or already revoked are skipped. Their
     * messages accepted until receivers hold the CRL are counted like those of misbehaving ones.
     *
     * @return how many were revoked
     */
    public int revokeNow(int[] obuIds) {
        return revokeNow(obuIds, new int[0]);
    }

    /**
     * The MA orders these OBUs and RSUs (indices {@code 0..rsus-1}) revoked now, at once (one CRL for
     * all of them with cadence {@code on_revocation}): see {@link #revokeNow(int[])} and
     * {@link #revokeRsusNow}.
     *
     * @return how many were revoked (or, with {@code revocationWork}, ordered from the MA)
     */
    public int revokeNow(int[] obuIds, int[] rsuIndices) {
        scheduleCrls(sim.now());
        int[] ids = new int[obuIds.length + rsuIndices.length];
        for (int k = 0; k < obuIds.length; k++) {
            int d = obuIds[k];
            ids[k] = d < 0 || d >= obus.count() || !obus.isActive(d) ? -1 : d;
        }
        for (int k = 0; k < rsuIndices.length; k++) {
            int r = rsuIndices[k];
            ids[obuIds.length + k] = rsus == null || r < 0 || r >= rsus.count() || !rsus.isActive(r) ? -1 : rsus.idBase() + r;
        }
        if (maQueued()) {
            return orderAtMa(ids);
        }
        int n = 0;
        for (int d : ids) {
            if (d < 0) {
                continue;
            }
            boolean rsu = d >= obus.count();
            Integer known = suspectOf.get(d);
            if (known != null && !Double.isNaN(decided[known])) {
                continue;
            }
            int s = known != null ? known : newSuspect(d, rsu ? RSU : ORDERED);
            if (!rsu) {
                kind[s] = ORDERED;
            }
            revoke(s);
            revokedByOrder++;
            n++;
            if (!rsu) {
                nextEncounter(s);
            }
        }
        if (n > 0 && crl.cadence() == CrlPolicy.Cadence.ON_REVOCATION) {
            issueCrl();
        }
        return n;
    }

    /**
     * With {@code revocationWork}: each ordered revocation is a job at the MA; the device is revoked
     * (blacklisted, listed in the next CRL) when its job is done, so a mass revocation builds a
     * backlog at the MA. With cadence {@code on_revocation} one CRL follows the last of them.
     */
    private int orderAtMa(int[] ids) {
        int n = 0;
        for (int d : ids) {
            if (d < 0) {
                continue;
            }
            boolean rsu = d >= obus.count();
            Integer known = suspectOf.get(d);
            if (known != null && (!Double.isNaN(decided[known]) || orderPending[known])) {
                continue;
            }
            int s = known != null ? known : newSuspect(d, rsu ? RSU : ORDERED);
            if (!rsu) {
                kind[s] = ORDERED;
            }
            orderPending[s] = true;
            pendingOrders++;
            scms.maJob(RequestKind.REVOCATION, s, seconds(mb.revocationWork()));
            n++;
        }
        return n;
    }

    /**
     * The MA orders these RSUs (indices {@code 0..rsus-1}) revoked now, without reports (a
     * compromised roadside unit, part of a mass revocation): the RA blacklists each, and the next
     * CRL lists its unexpired application certificates as hash entries. RSUs not active or already
     * revoked are skipped.
     *
     * @return how many were revoked (or, with {@code revocationWork}, ordered from the MA)
     */
    public int revokeRsusNow(int[] rsuIndices) {
        return revokeNow(new int[0], rsuIndices);
    }

    /**
     * The MA orders {@code count} active OBUs, drawn at random (stream {@code misbehavior.suspects}),
     * revoked now; see {@link #revokeNow(int[])}.
     *
     * @return the OBUs revoked
     */
    public int[] revokeRandomNow(int count) {
        int[] picked = new int[count];
        int k = 0;
        for (int i = 0; i < count; i++) {
            int d = pickNewSuspect();
            if (d < 0) {
                break;
            }
            picked[k++] = d;
            suspectOf.putIfAbsent(d, newSuspect(d, ORDERED));   // reserve it so the next draw differs
        }
        int[] ids = Arrays.copyOf(picked, k);
        revokeNow(ids);
        return ids;
    }

    /**
     * Schedules a mass revocation: at simulated second {@code seconds}, {@code count} active OBUs
     * drawn at random are revoked by order ({@link #revokeRandomNow}).
     */
    public void revokeRandomAt(double seconds, int count) {
        if (seconds >= sim.now() && seconds < horizon && count > 0) {
            sim.at(seconds, () -> revokeRandomNow(count));
        }
    }

    // ---- onsets

    private void dayStarts(int d) {
        long active = obus.active();
        double days = Math.min(DAY, horizon - d * DAY) / DAY;
        int n = poisson(onsets, mb.ratePerDeviceYear() * active * days / 365.25);
        for (int k = 0; k < n; k++) {
            sim.at(d * DAY + onsets.nextDouble() * days * DAY, onStart, 0);
        }
        int f = poisson(falseReports, mb.falseReportsPerDeviceYear() * active * days / 365.25);
        for (int k = 0; k < f; k++) {
            sim.at(d * DAY + falseReports.nextDouble() * days * DAY, onFalseReport, 0);
        }
        if ((d + 1) * DAY < horizon) {
            sim.at((d + 1) * DAY, this::dayStarts, d + 1);
        }
    }

    private void wave(int devices) {
        for (long k = 0; k < devices; k++) {
            startMisbehaving(0);
        }
    }

    /** An active OBU not yet a suspect, or -1 if none is found. */
    private int pickNewSuspect() {
        for (int tries = 0; tries < 64; tries++) {
            int d = obus.randomActive(suspectsDrawn, -1);
            if (d < 0) {
                return -1;
            }
            if (!suspectOf.containsKey(d)) {
                return d;
            }
        }
        return -1;
    }

    /** An OBU starts misbehaving now. */
    private void startMisbehaving(int unused) {
        int d = pickNewSuspect();
        if (d < 0) {
            return;
        }
        int s = newSuspect(d, MISBEHAVING);
        misbehaving++;
        nextEncounter(s);
    }

    private int newSuspect(int obu, byte k) {
        Integer known = suspectOf.get(obu);
        if (known != null) {
            return known;
        }
        if (suspects == onset.length) {
            int n = suspects * 2;
            device = Arrays.copyOf(device, n);
            kind = Arrays.copyOf(kind, n);
            onset = Arrays.copyOf(onset, n);
            reportsChecked = Arrays.copyOf(reportsChecked, n);
            decided = Arrays.copyOf(decided, n);
            listedIn = Arrays.copyOf(listedIn, n);
            accepted = Arrays.copyOf(accepted, n);
            orderPending = Arrays.copyOf(orderPending, n);
        }
        int s = suspects++;
        device[s] = obu;
        kind[s] = k;
        onset[s] = sim.now();
        decided[s] = Double.NaN;
        suspectOf.put(obu, s);
        return s;
    }

    // ---- encounters and reports

    /**
     * Schedules the suspect's next meeting. Meetings after the decision draw from a stream of their
     * own, so that what happens to revoked devices (how long their pseudonyms last, how CRLs
     * spread) never shifts the reports and decisions of the others: two CRL designs on one seed
     * revoke the same devices at the same times.
     */
    private void nextEncounter(int s) {
        if (proximity != null) {
            // proximity: the OBUs on the road in its zone; none within a day: look again then
            double t = proximity.next(device[s], sim.now(), Double.isNaN(decided[s]) ? meetings : meetingsAfterDecision);
            boolean met = !Double.isNaN(t);
            t = met ? t : sim.now() + ProximityEncounters.WINDOW;
            if (t < horizon) {
                sim.at(t, met ? onEncounter : onLookAgain, s);
            }
            return;
        }
        if (mb.encountersPerDay() <= 0) {
            return;
        }
        RandomStream r = Double.isNaN(decided[s]) ? encounters : afterDecision;
        double t = sim.now() + exp(r, DAY / mb.encountersPerDay());
        if (t < horizon) {
            sim.at(t, onEncounter, s);
        }
    }

    /**
     * The suspect meets another OBU. Before the decision the receiver may detect and report it;
     * after it, the receiver accepts its messages unless the CRL it holds lists the sender, and the
     * revoked device sends nothing once its pseudonyms run out (the RA serves it no more).
     */
    private void encounter(int s) {
        int d = device[s];
        if (!obus.isActive(d)) {
            return;
        }
        if (!Double.isNaN(decided[s])) {
            revokedEncounter(s);
            return;
        }
        if (proximity != null) {
            proximityEncounter(s);
            return;
        }
        if (encounters.nextDouble() < mb.detectionProbability()) {
            int receiver = obus.randomActive(receivers, d);
            if (receiver >= 0) {
                realCheck(receiver, d, false);
            }
            queueReport(s, receiver);
        }
        nextEncounter(s);
    }

    private void revokedEncounter(int s) {
        int d = device[s];
        if (obus.heldThrough(d) < week(sim.now())) {
            return;
        }
        int receiver = proximity != null ? proximity.partner(d, sim.now(), meetingsAfterDecision)
                : obus.randomActive(afterDecision, d);
        if (receiver >= 0) {
            boolean listed = listed(s, receiver);
            if (!listed) {
                accepted[s] += mb.messagesPerEncounter();
                ledger.add(Measure.MESSAGES_ACCEPTED_FROM_REVOKED, mb.messagesPerEncounter());
            }
            realCheck(receiver, d, listed);
        }
        nextEncounter(s);
    }

    /**
     * Proximity: a day passed without a meeting; draw again unless the suspect retired or, revoked,
     * has nothing left to send.
     */
    private void lookAgain(int s) {
        int d = device[s];
        if (obus.isActive(d) && (Double.isNaN(decided[s]) || obus.heldThrough(d) >= week(sim.now()))) {
            nextEncounter(s);
        }
    }

    /**
     * A meeting in proximity mode: the partner is an OBU of the suspect's zone on the road now
     * (none: the zone emptied since the meeting was drawn); it detects the misbehaviour with
     * {@code detectionProbability} and reports it.
     */
    private void proximityEncounter(int s) {
        int d = device[s];
        int receiver = proximity.partner(d, sim.now(), meetings);
        if (receiver >= 0 && meetings.nextDouble() < mb.detectionProbability()) {
            realCheck(receiver, d, false);
            queueReport(s, receiver);
        }
        nextEncounter(s);
    }

    /** Whether the CRL {@code receiver} holds lists suspect {@code s}. */
    private boolean listed(int s, int receiver) {
        return listedIn[s] > 0 && obus.crlHeld(receiver) >= listedIn[s];
    }

    /** A reporter queues a report against {@code s}; it goes up at the reporter's next contact. */
    private void queueReport(int s, int reporter) {
        queueReport(s, reporter, uploads);
    }

    private void queueReport(int s, int reporter, RandomStream delays) {
        reportsQueued++;
        double delay = exp(delays, seconds(mb.uploadDelay()));
        if (delay > seconds(mb.reportLifetime())) {
            reportsDropped++;
            return;
        }
        if (sim.now() + delay < horizon) {
            int handle = reporter >= 0 && crypto.isReal(device[s])
                    ? crypto.reportMisbehavior(reporter, device[s], sim.now()) : -1;
            sim.at(sim.now() + delay, onReportAtRa, newReport(s, handle));
        }
    }

    private int newReport(int s, int handle) {
        int r;
        if (freeCount > 0) {
            r = freeReports[--freeCount];
        } else {
            if (reportSlots == reportSuspect.length) {
                reportSuspect = Arrays.copyOf(reportSuspect, reportSlots * 2);
                reportHandle = Arrays.copyOf(reportHandle, reportSlots * 2);
            }
            r = reportSlots++;
        }
        reportSuspect[r] = s;
        reportHandle[r] = handle;
        return r;
    }

    private void freeReport(int r) {
        if (freeCount == freeReports.length) {
            freeReports = Arrays.copyOf(freeReports, freeCount * 2);
        }
        freeReports[freeCount++] = r;
    }

    private void falseReport(int unused) {
        int target = obus.randomActive(falseReports, -1);
        if (target < 0) {
            return;
        }
        int s = newSuspect(target, WRONGLY_REPORTED);
        if (!Double.isNaN(decided[s])) {
            return;
        }
        queueReport(s, obus.randomActive(receivers, target));
    }

    private void reportAtRa(int r) {
        if (shuffledCount == shuffled.length) {
            shuffled = Arrays.copyOf(shuffled, shuffled.length * 2);
        }
        shuffled[shuffledCount++] = r;
        if (shuffledCount >= mb.reportShuffle().threshold()) {
            releaseShuffle();
        } else if (shuffledCount == 1) {
            long gen = shuffleGeneration;
            sim.after(seconds(mb.reportShuffle().maxWait()), () -> {
                if (gen == shuffleGeneration && shuffledCount > 0) {
                    releaseShuffle();
                }
            });
        }
    }

    private void releaseShuffle() {
        shuffleGeneration++;
        double service = seconds(mb.maServiceTime());
        for (int k = 0; k < shuffledCount; k++) {
            scms.maJob(RequestKind.MISBEHAVIOR_REPORT, shuffled[k], service);   // the MA component (scms.ma)
        }
        shuffledCount = 0;
    }

    private void reportChecked(int r) {
        int s = reportSuspect[r];
        int handle = reportHandle[r];
        freeReport(r);
        reportsReceived++;
        if (handle >= 0) {
            Verdict v = crypto.receiveReport(handle, device[s], sim.now());
            if (v == Verdict.ACCEPTED) {
                reportsVerified++;
            } else if (v == Verdict.REJECTED) {
                ledger.add(Measure.CRYPTO_REJECTED, 1);
            }
        }
        if (++reportsChecked[s] == mb.reportsToRevoke() && Double.isNaN(decided[s])) {
            if (maQueued()) {
                scms.maJob(RequestKind.REVOCATION, s, seconds(mb.revocationWork()));
            } else {
                investigate(s);
            }
        }
    }

    /** Whether revocations take MA server time ({@code misbehavior.revocationWork}). */
    private boolean maQueued() {
        return !mb.revocationWork().isZero();
    }

    /** The MA asks the PCA and LAs for the linkage seeds; it decides {@code investigationTime} later. */
    private void investigate(int s) {
        double t = sim.now() + seconds(mb.investigationTime());
        if (t < horizon) {
            sim.at(t, onDecide, s);
        }
    }

    /** A job of the MA or the CRL generator is done. */
    private void workDone(RequestKind k, int token) {
        switch (k) {
            case MISBEHAVIOR_REPORT -> reportChecked(token);
            case REVOCATION -> revocationWorked(token);
            case CRL -> publishCrl();
            default -> throw new IllegalStateException(k + " is not revocation work");
        }
    }

    /** The MA has done its work on revoking suspect {@code s}: an order takes effect, a report case is investigated. */
    private void revocationWorked(int s) {
        boolean ordered = orderPending[s];
        if (ordered) {
            orderPending[s] = false;
            pendingOrders--;
        }
        if (Double.isNaN(decided[s])) {
            if (ordered) {
                revoke(s);
                revokedByOrder++;
                if (kind[s] != RSU) {
                    nextEncounter(s);
                }
            } else {
                investigate(s);
            }
        }
        if (ordered && pendingOrders == 0 && crl.cadence() == CrlPolicy.Cadence.ON_REVOCATION) {
            issueCrl();
        }
    }

    /** The MA decides to revoke {@code s}. */
    private void decide(int s) {
        if (!Double.isNaN(decided[s])) {
            return;   // ordered revoked meanwhile
        }
        revoke(s);
        if (crl.cadence() == CrlPolicy.Cadence.ON_REVOCATION) {
            issueCrl();
        }
    }

    /** Revocation: the RA blacklists the enrollment certificate; the entry waits for the next CRL. */
    private void revoke(int s) {
        decided[s] = sim.now();
        scms.blacklist(device[s]);
        if (kind[s] == RSU) {
            revokeRsu(s);
            return;
        }
        if (obus.isPrivileged(device[s])) {
            revokeIdentification(device[s]);
        }
        int iMax = week(sim.now()) + scenario.policy().pseudonym().pregenerateWeeks();
        if (crypto.isReal(device[s]) && crypto.revoke(device[s], iMax, sim.now()) == Verdict.REJECTED) {
            ledger.add(Measure.CRYPTO_REJECTED, 1);
        }
        entriesByIMax.merge(iMax, 1, Integer::sum);
        unlisted.add(s);
    }

    // ---- hash entries: RSUs and identification certificates (issue 6)

    private void rsuWave(int devices) {
        for (int k = 0; k < devices; k++) {
            startRsuMisbehaving();
        }
    }

    /** An active RSU not yet a suspect starts misbehaving: OBUs receiving its messages may report it. */
    private void startRsuMisbehaving() {
        for (int tries = 0; tries < 64; tries++) {
            int r = (int) (rsuStream.nextDouble() * rsus.count());
            int d = rsus.idBase() + r;
            if (rsus.isActive(r) && !suspectOf.containsKey(d)) {
                int s = newSuspect(d, RSU);
                misbehavingRsus++;
                nextRsuContact(s);
                return;
            }
        }
    }

    private void nextRsuContact(int s) {
        if (mb.rsuContactsPerDay() <= 0) {
            return;
        }
        double t = sim.now() + exp(rsuStream, DAY / mb.rsuContactsPerDay());
        if (t < horizon) {
            sim.at(t, this::rsuContact, s);
        }
    }

    /**
     * An OBU (drawn from the active fleet) receives the misbehaving RSU's messages. Before the
     * decision it may detect and report it; after it, it accepts them unless the CRL it holds lists
     * the RSU's certificates, while the RSU still holds a valid certificate (the RA issues no more).
     */
    private void rsuContact(int s) {
        int r = device[s] - rsus.idBase();
        if (!rsus.isActive(r)) {
            return;
        }
        int receiver = obus.randomActive(rsuStream, -1);
        if (Double.isNaN(decided[s])) {
            if (rsuStream.nextDouble() < mb.detectionProbability() && receiver >= 0) {
                realHashCheck(receiver, s, false);
                queueReport(s, -1, rsuStream);
            }
        } else if (rsus.heldThrough(r) >= week(sim.now()) && receiver >= 0) {
            boolean listed = listed(s, receiver);
            if (!listed) {
                acceptedFromRsus += mb.messagesPerEncounter();
                accepted[s] += mb.messagesPerEncounter();
            }
            realHashCheck(receiver, s, listed);
        }
        nextRsuContact(s);
    }

    /** The RSU's unexpired application certificates (this week to the last it holds) go on the hash CRL. */
    private void revokeRsu(int s) {
        int r = device[s] - rsus.idBase();
        double validity = seconds(scenario.policy().application().validity());
        int n = scenario.policy().application().psids().size();
        for (int w = week(sim.now()); w <= rsus.heldThrough(r); w++) {
            addHashEntries(w * WEEK + validity, n);
            rsuEntriesAdded += n;
        }
        if (crypto.isReal(device[s]) && crypto.revokeByHash(device[s], rsus.heldThrough(r), sim.now()) == Verdict.REJECTED) {
            ledger.add(Measure.CRYPTO_REJECTED, 1);
        }
        unlisted.add(s);
    }

    /** A privileged OBU's identification certificates it holds (this week on) go on the hash CRL. */
    private void revokeIdentification(int d) {
        double validity = seconds(scenario.policy().pseudonym().validity());
        int n = scenario.policy().identification().perWeek();
        for (int w = week(sim.now()); w <= obus.heldThrough(d); w++) {
            addHashEntries(w * WEEK + validity, n);
            identificationEntriesAdded += n;
        }
        if (crypto.isReal(d) && crypto.revokeByHash(d, obus.heldThrough(d), sim.now()) == Verdict.REJECTED) {
            ledger.add(Measure.CRYPTO_REJECTED, 1);
        }
    }

    private void addHashEntries(double expiry, int n) {
        if (expiry > sim.now() && n > 0) {
            hashByExpiry.merge(expiry, n, Integer::sum);
            hashCrls = true;
        }
    }

    /** In real-crypto fidelity, {@code receiver} checks RSU suspect {@code s}'s certificate against its hash CRL. */
    private void realHashCheck(int receiver, int s, boolean listed) {
        realHashCheckOf(receiver, device[s], listed);
    }

    /**
     * In real-crypto fidelity, {@code receiver} checks {@code sender}'s non-pseudonym certificate of
     * the week (an RSU's application, a privileged OBU's identification certificate) against the hash
     * CRL it holds; {@code listed}: whether, by the model's books, that CRL lists it.
     */
    private void realHashCheckOf(int receiver, int sender, boolean listed) {
        if (!crypto.isReal(sender)) {
            return;
        }
        int crlVersion = obus.crlHeld(receiver);
        Verdict v = crypto.checkHashRevocation(sender, week(sim.now()), crlVersion, sim.now());
        if (v == Verdict.NOT_CHECKED) {
            return;
        }
        hashChecks.add(new CrlCheck(sim.now(), receiver, sender, crlVersion, listed, v));
        if ((v == Verdict.REVOKED) != listed) {
            hashCheckMismatches++;
            ledger.add(Measure.CRYPTO_REJECTED, 1);
        }
    }

    // ---- CRL

    /**
     * The CRL generator issues a CRL: at once, or (with {@code crl.generationTime}/{@code entryTime})
     * as a job at the CRLG component, issued with what is listed when it is done.
     */
    private void issueCrl() {
        if (!crl.queued()) {
            publishCrl();
            return;
        }
        long entries = unlisted.size();
        for (int n : entriesByIMax.values()) {
            entries += n;
        }
        for (int n : hashByExpiry.values()) {
            entries += n;
        }
        scms.crlgJob(0, seconds(crl.generationTime()) + entries * seconds(crl.entryTime()));
    }

    private void publishCrl() {
        double now = sim.now();
        int w = week(now);
        entriesByIMax.headMap(w, false).clear();   // entries whose iMax has passed expire
        int entries = 0;
        for (int n : entriesByIMax.values()) {
            entries += n;
        }
        long issue = time32(now);
        long next = time32(now + seconds(crl.interval()));
        int content = CrlSize.contentBytes(1, issue, next, w, scenario.policy().pseudonym().perWeek(), entriesByIMax);
        int bytes = CrlSize.deliveredBytes(content, crl.signedOverhead());
        int version = issues.size() + 1;
        issues.add(new CrlState(version, now, w, entries, unlisted.size(), content, bytes, obus.active()));
        for (int s : unlisted) {
            listedIn[s] = version;
        }
        unlisted.clear();
        CrlState state = issues.get(version - 1);
        state.realBytes = crypto.issueCrl(version, now, now + seconds(crl.interval()));
        if (hashCrls) {   // the hash CRL issued with it: every receiver downloads both
            hashByExpiry.headMap(now, true).clear();   // certificates expired: entries dropped
            int hashEntries = 0;
            for (int n : hashByExpiry.values()) {
                hashEntries += n;
            }
            state.hashEntries = hashEntries;
            state.hashContentBytes = CrlSize.hashContentBytes(HASH_CRL_SERIES, issue, next, version, hashEntries);
            state.hashBytes = CrlSize.deliveredBytes(state.hashContentBytes, crl.signedOverhead());
            state.realHashBytes = crypto.issueHashCrl(version, now, now + seconds(crl.interval()));
        }
        obus.crlPublished(version, bytes + state.hashBytes);
    }

    /** Device {@code d} now holds CRL {@code version} instead of {@code before}: count it for the reach. */
    private void crlReceived(int d, int before, int version) {
        for (int v = Math.max(before, 0) + 1; v <= version; v++) {
            CrlState c = issues.get(v - 1);
            c.holders++;
            double t = sim.now();
            if (Double.isNaN(c.reach50) && c.holders >= Math.ceil(0.50 * c.activeAtIssue)) {
                c.reach50 = t;
            }
            if (Double.isNaN(c.reach90) && c.holders >= Math.ceil(0.90 * c.activeAtIssue)) {
                c.reach90 = t;
            }
            if (Double.isNaN(c.reach99) && c.holders >= Math.ceil(0.99 * c.activeAtIssue)) {
                c.reach99 = t;
            }
        }
        if (crypto.isReal(d)) {
            // the receiver, with its new CRL, checks the next certificate it sees: any active OBU's
            int sender = obus.randomActive(checks, d);
            if (sender >= 0 && obus.heldThrough(sender) >= week(sim.now())) {
                Integer s = suspectOf.get(sender);
                realCheck(d, sender, s != null && listed(s, d));
                if (obus.isPrivileged(sender)) {
                    // and its identification certificate of the week against the hash CRL it came with
                    realHashCheckOf(d, sender, s != null && listed(s, d));
                }
            }
        }
    }

    /** In real-crypto fidelity, {@code receiver} checks {@code sender}'s current pseudonym against its CRL. */
    private void realCheck(int receiver, int sender, boolean listed) {
        if (!crypto.isReal(sender)) {
            return;
        }
        int crlVersion = obus.crlHeld(receiver);
        Verdict v = crypto.checkRevocation(sender, week(sim.now()), crlVersion, sim.now());
        if (v == Verdict.NOT_CHECKED) {
            return;
        }
        crlChecks.add(new CrlCheck(sim.now(), receiver, sender, crlVersion, listed, v));
        if ((v == Verdict.REVOKED) != listed) {
            crlCheckMismatches++;
            ledger.add(Measure.CRYPTO_REJECTED, 1);
        }
    }

    private long time32(double seconds) {
        return Time32.of(scenario.start().atStartOfDay().toInstant(ZoneOffset.UTC).plusMillis((long) (seconds * 1000)))
                .value();
    }

    private static int week(double t) {
        return (int) (t / WEEK);
    }

    private static double seconds(java.time.Duration d) {
        return d.toNanos() / 1e9;
    }

    private static double exp(RandomStream r, double mean) {
        return -mean * Math.log1p(-r.nextDouble());
    }

    /** Poisson draw by inversion (means here are small: devices per day). */
    private static int poisson(RandomStream r, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 500) {
            double g = mean + Math.sqrt(mean) * gaussian(r);
            return (int) Math.max(0, Math.round(g));
        }
        double l = Math.exp(-mean);
        double p = r.nextDouble();
        int k = 0;
        double term = l;
        double cdf = l;
        while (p > cdf && k < 10_000) {
            k++;
            term *= mean / k;
            cdf += term;
        }
        return k;
    }

    private static double gaussian(RandomStream r) {
        double u = Math.max(1e-300, r.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    // ---- results

    private static double hoursAfter(double t, double from) {
        return Double.isNaN(t) ? Double.NaN : (t - from) / 3600;
    }

    public List<CrlIssue> crls() {
        List<CrlIssue> out = new ArrayList<>(issues.size());
        for (CrlState c : issues) {
            out.add(new CrlIssue(c.version, c.issued, c.week, c.entries, c.newEntries, c.contentBytes, c.bytes,
                    c.activeAtIssue, hoursAfter(c.reach50, c.issued), hoursAfter(c.reach90, c.issued),
                    hoursAfter(c.reach99, c.issued), c.hashEntries, c.hashContentBytes, c.hashBytes));
        }
        return out;
    }

    private CrlState crlOf(int s) {
        return listedIn[s] == 0 ? null : issues.get(listedIn[s] - 1);
    }

    /** One row per revoked device, in suspect order. */
    public List<RevocationRow> revocations() {
        List<RevocationRow> out = new ArrayList<>();
        for (int s = 0; s < suspects; s++) {
            if (!Double.isNaN(decided[s])) {
                CrlState c = crlOf(s);
                out.add(new RevocationRow(device[s], kind[s] == WRONGLY_REPORTED, onset[s], decided[s],
                        c == null ? Double.NaN : c.issued, c == null ? Double.NaN : c.reach50,
                        c == null ? Double.NaN : c.reach90, c == null ? Double.NaN : c.reach99,
                        (decided[s] - onset[s]) / 3600, kind[s] == WRONGLY_REPORTED ? 0 : accepted[s],
                        kind[s] == RSU ? RevocationRow.Target.RSU : RevocationRow.Target.OBU));
            }
        }
        return out;
    }

    /** Real-crypto CRL checks made at receivers (empty in {@code model} fidelity). */
    public List<CrlCheck> crlChecks() {
        return List.copyOf(crlChecks);
    }

    /** Real-crypto checks of revoked RSUs' application certificates against the receivers' hash CRLs. */
    public List<CrlCheck> hashCrlChecks() {
        return List.copyOf(hashChecks);
    }

    /** Sizes of the really signed hash CRLs, in issue order (0: none issued with that CRL, or model fidelity). */
    public int[] realHashCrlBytes() {
        return issues.stream().mapToInt(c -> c.realHashBytes).toArray();
    }

    /** Hash entries of the latest hash CRL issued before {@code seconds} (0: none yet). */
    public int crlHashEntriesAt(double seconds) {
        return latestBefore(seconds, c -> c.hashEntries);
    }

    /** Delivered bytes of the latest hash CRL issued before {@code seconds} (0: none yet). */
    public int crlHashBytesAt(double seconds) {
        return latestBefore(seconds, c -> c.hashBytes);
    }

    /** CRLs issued so far. */
    public int crlCount() {
        return issues.size();
    }

    /** Sizes of the really signed CRLs, in issue order (0 each in {@code model} fidelity). */
    public int[] realCrlBytes() {
        return issues.stream().mapToInt(c -> c.realBytes).toArray();
    }

    /** Size of the latest CRL issued before {@code seconds} (0: none yet). */
    public int crlBytesAt(double seconds) {
        return latestBefore(seconds, c -> c.bytes);
    }

    /** Entries of the latest CRL issued before {@code seconds} (0: none yet). */
    public int crlEntriesAt(double seconds) {
        return latestBefore(seconds, c -> c.entries);
    }

    /** A figure of the latest CRL issued before {@code seconds} (0: none yet). */
    private int latestBefore(double seconds, java.util.function.ToIntFunction<CrlState> figure) {
        int v = 0;
        for (CrlState c : issues) {
            if (c.issued >= seconds) {
                break;
            }
            v = figure.applyAsInt(c);
        }
        return v;
    }

    /** Summary figures: see {@link Figures}. */
    public Figures figures() {
        if (!simulated()) {
            return Figures.NONE;
        }
        long revoked = 0;
        long falsePositives = 0;
        double dec = 0;
        double toCrl = 0;
        int nCrl = 0;
        double r50 = 0;
        double r90 = 0;
        double r99 = 0;
        int n50 = 0;
        int n90 = 0;
        int n99 = 0;
        double acceptedAll = 0;
        long rsusRevoked = 0;
        double rsuDec = 0;
        int rsuDecN = 0;
        for (int s = 0; s < suspects; s++) {
            if (Double.isNaN(decided[s])) {
                continue;
            }
            if (kind[s] == WRONGLY_REPORTED) {
                falsePositives++;
                continue;
            }
            if (kind[s] == RSU) {
                rsusRevoked++;
                if (!orderedRsu(s)) {
                    rsuDec += decided[s] - onset[s];
                    rsuDecN++;
                }
                continue;
            }
            acceptedAll += accepted[s];
            if (kind[s] == ORDERED) {
                continue;
            }
            revoked++;
            dec += decided[s] - onset[s];
            CrlState c = crlOf(s);
            if (c != null) {
                toCrl += c.issued - onset[s];
                nCrl++;
                if (!Double.isNaN(c.reach50)) {
                    r50 += c.reach50 - onset[s];
                    n50++;
                }
                if (!Double.isNaN(c.reach90)) {
                    r90 += c.reach90 - onset[s];
                    n90++;
                }
                if (!Double.isNaN(c.reach99)) {
                    r99 += c.reach99 - onset[s];
                    n99++;
                }
            }
        }
        int maxBytes = 0;
        int maxEntries = 0;
        for (CrlState c : issues) {
            maxBytes = Math.max(maxBytes, c.bytes);
            maxEntries = Math.max(maxEntries, c.entries);
        }
        int lastBytes = issues.isEmpty() ? 0 : issues.get(issues.size() - 1).bytes;
        int maxHashEntries = 0;
        int maxHashBytes = 0;
        for (CrlState c : issues) {
            maxHashEntries = Math.max(maxHashEntries, c.hashEntries);
            maxHashBytes = Math.max(maxHashBytes, c.hashBytes);
        }
        return new Figures(misbehaving, reportsQueued, reportsDropped, reportsReceived, revoked, falsePositives,
                revoked == 0 ? Double.NaN : dec / revoked / 3600, nCrl == 0 ? Double.NaN : toCrl / nCrl / 3600,
                n50 == 0 ? Double.NaN : r50 / n50 / 3600, n90 == 0 ? Double.NaN : r90 / n90 / 3600,
                n99 == 0 ? Double.NaN : r99 / n99 / 3600, acceptedAll, issues.size(), lastBytes, maxBytes, maxEntries,
                ledger.total(Measure.CRL_BYTES), revokedByOrder, reportsVerified, crlChecks.size(), crlCheckMismatches,
                misbehavingRsus, rsusRevoked, rsuDecN == 0 ? Double.NaN : rsuDec / rsuDecN / 3600, rsuEntriesAdded,
                identificationEntriesAdded, maxHashEntries, maxHashBytes, acceptedFromRsus, hashChecks.size(),
                hashCheckMismatches);
    }

    /** An RSU revoked by order rather than on reports (its onset is the order). */
    private boolean orderedRsu(int s) {
        return reportsChecked[s] < mb.reportsToRevoke();
    }

    /**
     * Run totals of misbehaviour and revocation; hours are means over the truly misbehaving revoked
     * devices, from the onset of their misbehaviour; {@code crlBytesMoved} are the CRL bytes OBUs
     * received; the last four: devices revoked by order ({@link #revokeNow}), reports the MA really
     * decrypted and verified, real CRL checks at receivers and those that disagreed with the model's
     * books (must be 0). Issue 6, hash entries: RSUs that misbehaved and were revoked (on reports or
     * by order), mean hours from an RSU's onset to its decision (reported RSUs), hash entries added
     * for RSU application and OBU identification certificates, the largest hash CRL (entries, delivered
     * bytes), messages receivers accepted from revoked RSUs, real hash-CRL checks and disagreements.
     */
    public record Figures(long misbehavingDevices, long misbehaviorReportsQueued, long misbehaviorReportsDropped,
                          long misbehaviorReportsChecked, long devicesRevoked, long falsePositiveRevocations,
                          double hoursToRevocationDecision, double hoursToCrlIssue, double hoursToCrlReach50,
                          double hoursToCrlReach90, double hoursToCrlReach99, double messagesAcceptedFromRevoked,
                          long crlsIssued, long crlBytesLast, long crlBytesMax, long crlEntriesMax, double crlBytesMoved,
                          long devicesRevokedByOrder, long misbehaviorReportsVerified, long crlChecksReal,
                          long crlCheckMismatches, long misbehavingRsus, long rsusRevoked,
                          double hoursToRsuRevocationDecision, long crlHashEntriesRsus, long crlHashEntriesIdentification,
                          long crlHashEntriesMax, long crlHashBytesMax, double messagesAcceptedFromRevokedRsus,
                          long crlHashChecksReal, long crlHashCheckMismatches) {

        static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Double.NaN, 0, 0, 0, 0, 0, 0, 0);
    }
}
