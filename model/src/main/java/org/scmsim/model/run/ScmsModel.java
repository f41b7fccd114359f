package org.scmsim.model.run;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.scmsim.model.config.OperationCosts;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.crypto.CryptoLoop;
import org.scmsim.model.crypto.CryptoLoops;
import org.scmsim.model.device.DeploymentSchedule;
import org.scmsim.model.disruption.DeploymentShift;
import org.scmsim.model.disruption.DisruptionTimeline;
import org.scmsim.model.disruption.PolicySchedule;
import org.scmsim.model.misbehavior.MisbehaviorModel;
import org.scmsim.model.device.Ledger;
import org.scmsim.model.device.Measure;
import org.scmsim.model.device.ObuLife;
import org.scmsim.model.device.RsuLife;
import org.scmsim.model.engine.EventHandler;
import org.scmsim.model.engine.Simulation;
import org.scmsim.model.geo.RsuLayout;
import org.scmsim.model.geo.Terrain;
import org.scmsim.model.random.RandomStreams;
import org.scmsim.model.scms.CertificateKind;
import org.scmsim.model.scms.ComponentId;
import org.scmsim.model.scms.Provisioning;
import org.scmsim.model.scms.ScmsClient;
import org.scmsim.model.scms.ScmsComponent;
import org.scmsim.model.stats.Tally;
import umontreal.ssj.rng.RandomStream;

/**
 * One replication of a scenario: devices moving through a region, the whole certificate life, and
 * the SCMS components as servers. Builds the parts, drives the calendar (joins, week and day
 * boundaries, policy-file versions), and turns what happened into day rows, week rows and a
 * summary.
 *
 * <p>Deterministic for a (scenario, seed, replication): every random number comes from a named
 * stream of {@link RandomStreams}, and nothing depends on wall-clock time or thread count.
 */
public final class ScmsModel implements ScmsClient {

    /** Seconds in an i-period. */
    public static final double WEEK = Provisioning.WEEK;
    private static final double DAY = 86_400.0;
    private static final int BOUNDARY = -10;   // week and day boundaries fire before other events

    private final Scenario scenario;
    private final int replication;
    private final Simulation sim = new Simulation();
    private final RandomStreams streams;
    private final OperationCosts costs;
    private final CryptoLoop crypto;
    private final Provisioning scms;
    private final ObuLife obus;
    private final RsuLife rsus;
    private final Ledger ledger;
    private final double horizon;
    private final int weeks;
    private final int days;
    private final double[] obuJoin;
    private final double[] rsuJoin;
    private final RandomStream retirement;
    private final boolean preStart;
    private final DeploymentShift shift;
    private final DisruptionTimeline disruptions;
    private final MisbehaviorModel misbehavior;
    private final PolicySchedule policies;
    private final boolean scmsLate;
    private org.scmsim.model.config.PseudonymPolicy pseudonym;   // in force this week
    private Planning planning = Planning.none();

    // day-end observations
    private final long[] obusActive;
    private final long[] rsusActive;
    private final long[] obusOut;
    private final long[] rsusOut;
    private final long[] backlog;
    private final long[] peakBacklog;
    private final long[] waiting;
    private final long[] installing;
    private final double[] obuOutSeconds;   // integral at day end
    private final double[] rsuOutSeconds;
    private final Map<ComponentId, double[]> busyAtDayEnd = new EnumMap<>(ComponentId.class);
    private final Map<ComponentId, double[]> waitSumAtDayEnd = new EnumMap<>(ComponentId.class);
    private final Map<ComponentId, long[]> waitCountAtDayEnd = new EnumMap<>(ComponentId.class);
    private final Map<ComponentId, long[]> waitingAtDayEnd = new EnumMap<>(ComponentId.class);
    private final Map<ComponentId, long[]> backlogAtDayEnd = new EnumMap<>(ComponentId.class);
    private final Map<ComponentId, double[]> downAtDayEnd = new EnumMap<>(ComponentId.class);
    private final Map<ComponentId, long[]> refusedAtDayEnd = new EnumMap<>(ComponentId.class);
    private final double[] responseSum;
    private final long[] responseCount;
    private final double[] responseMax;
    private final Tally responseAll = new Tally();
    private long peakOut;
    private final double[] crlReachAtDayEnd;   // issue 6
    private final long[] maPeakWaiting;        // issue 6: most jobs waiting at the MA during each day

    private final EventHandler onObuJoin = this::obuJoins;
    private final EventHandler onRsuJoin = this::rsuJoins;
    private Progress.Listener listener = Progress.Listener.NONE;
    private java.util.function.BooleanSupplier cancel = () -> false;
    private boolean cancelled;
    private int daysClosed;

    public ScmsModel(Scenario scenario, int replication) {
        this.scenario = scenario;
        this.replication = replication;
        this.streams = new RandomStreams(scenario.seed(), replication);
        this.horizon = scenario.horizonSeconds();
        this.weeks = (int) Math.ceil(horizon / WEEK);
        this.days = (int) Math.ceil(horizon / DAY);
        this.preStart = scenario.deployment().years().get(0).year() < scenario.start().getYear();
        this.shift = new DeploymentShift(scenario, horizon, preStart);   // issue 6: deployment delays
        this.obuJoin = shift.obus(DeploymentSchedule.obuJoinTimes(scenario.deployment(), scenario.start(), horizon,
                streams.stream("deployment.obu")));
        this.rsuJoin = shift.rsus(DeploymentSchedule.rsuJoinTimes(scenario.deployment(), scenario.start(), horizon,
                streams.stream("deployment.rsu")));
        this.retirement = streams.stream("retirement");
        this.ledger = new Ledger(sim, days);
        this.costs = CryptoLoops.costs(scenario);
        this.crypto = CryptoLoops.create(scenario, streams, obuJoin.length, rsuJoin.length);
        this.scms = new Provisioning(sim, scenario.scms(), costs, streams, this);
        Terrain terrain = RsuLayout.build(scenario.region(), rsuJoin.length, streams.stream("rsu.placement"));
        this.rsus = new RsuLife(sim, scenario, scms, ledger, crypto, streams, rsuJoin.length, obuJoin.length);
        this.obus = new ObuLife(sim, scenario, scms, terrain, rsus, ledger, crypto, streams, obuJoin.length);
        this.misbehavior = new MisbehaviorModel(sim, scenario, streams, obus, rsus, scms, crypto, ledger, horizon);   // issue 6
        this.disruptions = new DisruptionTimeline(sim, scenario, scms, obus, rsus, horizon, streams, ledger,
                misbehavior);   // issue 6
        this.scmsLate = disruptions.scmsLiveLate();   // issue 6: retroactive provisioning at go-live
        disruptions.deviceJoins(obuJoin, rsuJoin);
        this.policies = new PolicySchedule(scenario);   // issue 6: policy changes
        this.pseudonym = scenario.policy().pseudonym();

        obusActive = new long[days];
        rsusActive = new long[days];
        obusOut = new long[days];
        rsusOut = new long[days];
        backlog = new long[days];
        peakBacklog = new long[days];
        waiting = new long[days];
        installing = new long[days];
        obuOutSeconds = new double[days];
        rsuOutSeconds = new double[days];
        for (ComponentId c : ComponentId.values()) {
            busyAtDayEnd.put(c, new double[days]);
            waitSumAtDayEnd.put(c, new double[days]);
            waitCountAtDayEnd.put(c, new long[days]);
            waitingAtDayEnd.put(c, new long[days]);
            backlogAtDayEnd.put(c, new long[days]);
            downAtDayEnd.put(c, new double[days]);
            refusedAtDayEnd.put(c, new long[days]);
        }
        responseSum = new double[days];
        responseCount = new long[days];
        responseMax = new double[days];
        java.util.Arrays.fill(responseMax, Double.NaN);
        crlReachAtDayEnd = new double[days];
        maPeakWaiting = new long[days];
    }

    /** Reports progress once per simulated day to {@code l}. */
    public ScmsModel onProgress(Progress.Listener l) {
        this.listener = l == null ? Progress.Listener.NONE : l;
        return this;
    }

    /**
     * Polls {@code cancelled} once per simulated day; when it turns true the run stops and
     * {@link #run()} throws {@link java.util.concurrent.CancellationException}.
     */
    public ScmsModel cancelWhen(java.util.function.BooleanSupplier cancelled) {
        this.cancel = cancelled == null ? () -> false : cancelled;
        return this;
    }

    /**
     * The weeks fully simulated so far, as rows (for live charts); call it from a progress
     * listener, on the simulation's thread.
     */
    public List<WeekRow> weeksClosed() {
        return weekRows(daysClosed / 7);
    }

    /** Runs the replication to the horizon and returns what it produced. */
    public RunResult run() {
        if (obuJoin.length > 0) {
            sim.at(obuJoin[0], onObuJoin, 0);
        }
        if (rsuJoin.length > 0) {
            sim.at(rsuJoin[0], onRsuJoin, 0);
        }
        sim.at(0, BOUNDARY, this::weekStarts, 0);
        for (int d = 1; d <= days; d++) {
            sim.at(Math.min(d * DAY, horizon), BOUNDARY - 1, this::dayEnds, d - 1);
        }
        long filesEvery = scenario.policy().files().updateInterval().getSeconds();
        if (filesEvery > 0) {
            for (double t = filesEvery; t < horizon; t += filesEvery) {
                sim.at(t, obus::filesPublished);
            }
        }
        disruptions.schedule();   // issue 6
        for (PolicySchedule.Step step : policies.steps()) {
            disruptions.policyChange(step.name(), step.week());
        }
        misbehavior.schedule();
        try {
            sim.run(horizon);
            if (!cancelled) {
                countCrypto();   // anything handed out after the last day's end
            }
        } finally {
            crypto.close();
        }
        if (cancelled) {
            throw new java.util.concurrent.CancellationException("run of " + scenario.name() + " cancelled at "
                    + scenario.start().plusDays(daysClosed));
        }
        planning = PlanningTables.of(scenario, obusActive, rsusActive, ledger, shift, disruptions, misbehavior);   // issue 6
        return new RunResult(scenario.name(), scenario.seed(), replication, weekRows(), summary(), dayRows(), costs,
                componentWeeks(), planning);
    }

    // ---- calendar

    private void obuJoins(int i) {
        // devices of years before the start join at 0, already installed (and provisioned, unless the SCMS is late)
        if (obuJoin[i] == 0 && preStart && scmsLate) {
            obus.joinUnprovisioned(i, lifetime(scenario.deployment().obuLifetime()));   // issue 6
        } else {
            obus.join(i, lifetime(scenario.deployment().obuLifetime()), obuJoin[i] == 0 && preStart);
        }
        if (i + 1 < obuJoin.length) {
            sim.at(obuJoin[i + 1], onObuJoin, i + 1);
        }
    }

    private void rsuJoins(int i) {
        rsus.join(i, lifetime(scenario.deployment().rsuLifetime()), rsuJoin[i] == 0 && preStart && !scmsLate);
        if (i + 1 < rsuJoin.length) {
            sim.at(rsuJoin[i + 1], onRsuJoin, i + 1);
        }
    }

    private double lifetime(java.time.Duration mean) {
        double u = retirement.nextDouble();
        return mean.isZero() ? 0 : -mean.getSeconds() * Math.log1p(-u);
    }

    /**
     * Start of i-period w: the PCA's pre-generation job for week w + depth - 1 (devices whose
     * first request came in an earlier week), then every RSU and OBU checks its certificates.
     */
    private void weekStarts(int w) {
        if (w > 0) {
            org.scmsim.model.config.PseudonymPolicy pp = policies.inForce(w);   // issue 6: a new LPF from this week
            if (pp != pseudonym) {
                pseudonym = pp;
                obus.applyPolicy(pp);
            }
            int perWeek = pp.perWeek();
            // the weeks after those already planned, up to the depth (none while a cut depth is caught up)
            int first = obus.plannedThrough() + 1;
            int last = w + pp.pregenerateWeeks() - 1;
            long devices = obus.eligibleForPregeneration(w, false);
            long privileged = obus.eligibleForPregeneration(w, true);
            obus.pregenerationPlanned(w, first, last, perWeek);
            scms.pregenerate(w, first, last, devices, perWeek, privileged,
                    scenario.policy().identification().perWeek());
            ledger.add(Measure.PSEUDONYM_REQUESTED, (double) devices * perWeek * Math.max(0, last - first + 1));
            rsus.weekStarted(w);
            obus.weekStarted(w);
        }
        if ((w + 1) * WEEK < horizon) {
            sim.at((w + 1) * WEEK, BOUNDARY, this::weekStarts, w + 1);
        }
    }

    private void dayEnds(int d) {
        countCrypto();
        obusActive[d] = obus.active();
        rsusActive[d] = rsus.active();
        obusOut[d] = obus.outOfCertificates();
        rsusOut[d] = rsus.outOfCertificates();
        backlog[d] = scms.backlogCertificates();
        peakBacklog[d] = scms.takePeakBacklog();
        installing[d] = obus.installing();
        long queued = 0;
        for (ScmsComponent c : scms.components().values()) {
            queued += c.waiting();
            busyAtDayEnd.get(c.id())[d] = c.busyServerSeconds();
            waitSumAtDayEnd.get(c.id())[d] = c.waits().sum();
            waitCountAtDayEnd.get(c.id())[d] = c.waits().count();
            waitingAtDayEnd.get(c.id())[d] = c.waiting();
            backlogAtDayEnd.get(c.id())[d] = c.backlogCertificates();
            downAtDayEnd.get(c.id())[d] = c.downTime().integral(sim.now());
            refusedAtDayEnd.get(c.id())[d] = c.refused();
        }
        waiting[d] = queued;
        maPeakWaiting[d] = scms.component(ComponentId.MA).takePeakWaiting();
        obuOutSeconds[d] = obus.outGauge().integral(sim.now());
        rsuOutSeconds[d] = rsus.outGauge().integral(sim.now());
        crlReachAtDayEnd[d] = misbehavior.crlCount() == 0 || obus.active() == 0 ? Double.NaN
                : (double) obus.crlHoldersOfLatest() / obus.active();   // issue 6
        peakOut = Math.max(peakOut, (long) obus.outGauge().max());
        daysClosed = d + 1;
        listener.progress(new Progress(scenario.start().plusDays(d), sim.now(), horizon, sim.eventsProcessed(),
                obus.active(), obus.outOfCertificates(), scms.backlogCertificates()));
        if (cancel.getAsBoolean()) {
            cancelled = true;
            sim.stop();
        }
    }

    /** What the real crypto did (full or sampled fidelity), on the days it did it. */
    private void countCrypto() {
        for (var e : crypto.settle().entrySet()) {
            int day = e.getKey();
            org.scmsim.model.crypto.CryptoWork w = e.getValue();
            ledger.addOnDay(Measure.CERTIFICATES_REALLY_ISSUED, day, w.certificatesIssued());
            ledger.addOnDay(Measure.CERTIFICATES_REALLY_OPENED, day, w.certificatesOpened());
            ledger.addOnDay(Measure.BSMS_SIGNED, day, w.bsmsSigned());
            ledger.addOnDay(Measure.SIGNATURES_VERIFIED, day, w.bsmsVerified());
            ledger.addOnDay(Measure.CRYPTO_REJECTED, day, w.rejected());
        }
    }

    // ---- what the SCMS tells the devices

    @Override
    public void enrolled(int device) {
        if (device < obus.count()) {
            obus.enrolled(device);
        } else {
            rsus.enrolled(device - rsus.idBase());
        }
        crypto.enroll(device, sim.now());
    }

    @Override
    public void batchReady(int device, int firstWeek, int lastWeek) {
        crypto.issuePseudonyms(device, firstWeek, lastWeek, sim.now());
        obus.batchReady(device, lastWeek);
    }

    @Override
    public void pregenerated(int jobWeek) {
        obus.pregenerated(jobWeek);
    }

    @Override
    public void applicationIssued(int device, int week) {
        rsus.applicationIssued(device - rsus.idBase(), week);
    }

    @Override
    public void downloadServed(int device) {
        obus.downloadServed(device);
    }

    @Override
    public void downloadRefused(int device) {   // issue 6: blacklisted
        ledger.add(Measure.BLACKLIST_REFUSALS, 1);
        obus.downloadRefused(device);
    }

    @Override
    public void requestRefused(int device) {   // issue 6: blacklisted
        ledger.add(Measure.BLACKLIST_REFUSALS, 1);
    }

    @Override
    public void issued(CertificateKind kind, int certificates, int late, double responseSeconds, boolean pregeneration) {
        ledger.add(switch (kind) {
            case PSEUDONYM -> Measure.PSEUDONYM_ISSUED;
            case IDENTIFICATION -> Measure.IDENTIFICATION_ISSUED;
            case APPLICATION -> Measure.APPLICATION_ISSUED;
            case ENROLLMENT -> Measure.ENROLLMENT_ISSUED;
        }, certificates);
        ledger.add(Measure.LATE_CERTIFICATES, late);
        if (!pregeneration) {
            int d = Math.min(days - 1, (int) (sim.now() / DAY));
            ledger.add(Measure.REQUESTS_COMPLETED, 1);
            responseSum[d] += responseSeconds;
            responseCount[d]++;
            responseMax[d] = Double.isNaN(responseMax[d]) ? responseSeconds : Math.max(responseMax[d], responseSeconds);
            responseAll.add(responseSeconds);
        }
    }

    // ---- results

    private long sum(Measure m, int fromDay, int toDay) {
        return Math.round(ledger.sum(m, fromDay, toDay));
    }

    private double utilisation(ComponentId c, int fromDay, int toDay) {
        double[] busy = busyAtDayEnd.get(c);
        double before = fromDay == 0 ? 0 : busy[fromDay - 1];
        double span = Math.min(toDay * DAY, horizon) - fromDay * DAY;
        int servers = scms.component(c).servers();
        return span <= 0 ? 0 : (busy[toDay - 1] - before) / (span * servers);
    }

    private double meanWait(ComponentId c, int fromDay, int toDay) {
        double[] s = waitSumAtDayEnd.get(c);
        long[] n = waitCountAtDayEnd.get(c);
        double s0 = fromDay == 0 ? 0 : s[fromDay - 1];
        long n0 = fromDay == 0 ? 0 : n[fromDay - 1];
        long count = n[toDay - 1] - n0;
        return count == 0 ? Double.NaN : (s[toDay - 1] - s0) / count;
    }

    private List<DayRow> dayRows() {
        List<DayRow> rows = new ArrayList<>(days);
        for (int d = 0; d < days; d++) {
            long issued = sum(Measure.PSEUDONYM_ISSUED, d, d + 1) + sum(Measure.IDENTIFICATION_ISSUED, d, d + 1)
                    + sum(Measure.APPLICATION_ISSUED, d, d + 1) + sum(Measure.ENROLLMENT_ISSUED, d, d + 1);
            long downloads = sum(Measure.DOWNLOADS_RSU, d, d + 1) + sum(Measure.DOWNLOADS_CELLULAR, d, d + 1)
                    + sum(Measure.DOWNLOADS_WIFI, d, d + 1);
            long bytes = sum(Measure.BYTES_RSU, d, d + 1) + sum(Measure.BYTES_CELLULAR, d, d + 1)
                    + sum(Measure.BYTES_WIFI, d, d + 1);
            rows.add(new DayRow(d, scenario.start().plusDays(d), obusActive[d], rsusActive[d],
                    sum(Measure.PSEUDONYM_ISSUED, d, d + 1), sum(Measure.APPLICATION_ISSUED, d, d + 1), issued,
                    sum(Measure.PSEUDONYM_DOWNLOADED, d, d + 1), downloads, bytes, backlog[d], obusOut[d], rsusOut[d],
                    ledger.sum(Measure.UNSIGNED_DRIVING_HOURS, d, d + 1),
                    utilisation(ComponentId.RA, d, d + 1), utilisation(ComponentId.PCA, d, d + 1)));
        }
        return rows;
    }

    private List<WeekRow> weekRows() {
        return weekRows(weeks);
    }

    private List<WeekRow> weekRows(int count) {
        List<WeekRow> rows = new ArrayList<>(count);
        for (int w = 0; w < count; w++) {
            int from = 7 * w;
            int to = Math.min(days, from + 7);
            int last = to - 1;
            double span = Math.min(WEEK, horizon - w * WEEK) / DAY;
            double respSum = 0;
            long respN = 0;
            double respMax = Double.NaN;
            long peak = 0;
            for (int d = from; d < to; d++) {
                respSum += responseSum[d];
                respN += responseCount[d];
                if (!Double.isNaN(responseMax[d])) {
                    respMax = Double.isNaN(respMax) ? responseMax[d] : Math.max(respMax, responseMax[d]);
                }
                peak = Math.max(peak, peakBacklog[d]);
            }
            double obuOutBefore = from == 0 ? 0 : obuOutSeconds[from - 1];
            double rsuOutBefore = from == 0 ? 0 : rsuOutSeconds[from - 1];
            long issued = sum(Measure.PSEUDONYM_ISSUED, from, to) + sum(Measure.IDENTIFICATION_ISSUED, from, to)
                    + sum(Measure.APPLICATION_ISSUED, from, to) + sum(Measure.ENROLLMENT_ISSUED, from, to);
            rows.add(new WeekRow(w, scenario.start().plusDays(7L * w), span, obusActive[last], rsusActive[last],
                    sum(Measure.PSEUDONYM_REQUESTED, from, to), sum(Measure.APPLICATION_REQUESTED, from, to), issued,
                    backlog[last], peak, waiting[last], sum(Measure.REQUESTS_COMPLETED, from, to),
                    respN == 0 ? Double.NaN : respSum / respN, respMax, sum(Measure.LATE_CERTIFICATES, from, to),
                    sum(Measure.PSEUDONYM_ISSUED, from, to), sum(Measure.IDENTIFICATION_ISSUED, from, to),
                    sum(Measure.APPLICATION_ISSUED, from, to), sum(Measure.ENROLLMENT_ISSUED, from, to),
                    sum(Measure.PSEUDONYM_DOWNLOADED, from, to), sum(Measure.DOWNLOADS_RSU, from, to),
                    sum(Measure.DOWNLOADS_CELLULAR, from, to), sum(Measure.DOWNLOADS_WIFI, from, to),
                    sum(Measure.BYTES_RSU, from, to), sum(Measure.BYTES_CELLULAR, from, to),
                    sum(Measure.BYTES_WIFI, from, to), sum(Measure.BYTES_BACKHAUL, from, to),
                    sum(Measure.INTERRUPTED_TRANSFERS, from, to), obusOut[last],
                    (obuOutSeconds[last] - obuOutBefore) / 3600, ledger.sum(Measure.UNSIGNED_DRIVING_HOURS, from, to),
                    rsusOut[last], (rsuOutSeconds[last] - rsuOutBefore) / 3600,
                    sum(Measure.CERTIFICATE_REUSES, from, to),
                    utilisation(ComponentId.ECA, from, to), utilisation(ComponentId.RA, from, to),
                    utilisation(ComponentId.LA1, from, to), utilisation(ComponentId.LA2, from, to),
                    utilisation(ComponentId.PCA, from, to), meanWait(ComponentId.RA, from, to),
                    meanWait(ComponentId.PCA, from, to), installing[last],
                    // issue 6: CRLs and revoked devices
                    sum(Measure.CRL_BYTES, from, to), crlReachAtDayEnd[last],
                    misbehavior.crlBytesAt(Math.min(horizon, to * DAY)), misbehavior.crlEntriesAt(Math.min(horizon, to * DAY)),
                    ledger.sum(Measure.MESSAGES_ACCEPTED_FROM_REVOKED, from, to),
                    sum(Measure.BLACKLIST_REFUSALS, from, to),
                    sum(Measure.CERTIFICATES_REALLY_ISSUED, from, to), sum(Measure.CERTIFICATES_REALLY_OPENED, from, to),
                    sum(Measure.BSMS_SIGNED, from, to), sum(Measure.SIGNATURES_VERIFIED, from, to),
                    sum(Measure.CRYPTO_REJECTED, from, to),
                    // issue 6: hash CRLs, the MA and the CRL generator as servers
                    misbehavior.crlHashEntriesAt(Math.min(horizon, to * DAY)),
                    misbehavior.crlHashBytesAt(Math.min(horizon, to * DAY)),
                    utilisation(ComponentId.MA, from, to), meanWait(ComponentId.MA, from, to),
                    peak(java.util.Arrays.copyOfRange(maPeakWaiting, from, to)), utilisation(ComponentId.CRLG, from, to)));
        }
        return rows;
    }

    private List<ComponentWeek> componentWeeks() {
        List<ComponentWeek> rows = new ArrayList<>(weeks * ComponentId.values().length);
        for (int w = 0; w < weeks; w++) {
            int from = 7 * w;
            int to = Math.min(days, from + 7);
            int last = to - 1;
            for (ComponentId c : ComponentId.values()) {
                long[] n = waitCountAtDayEnd.get(c);
                double[] down = downAtDayEnd.get(c);
                long[] refused = refusedAtDayEnd.get(c);
                rows.add(new ComponentWeek(w, scenario.start().plusDays(7L * w), c.key(), scms.component(c).servers(),
                        utilisation(c, from, to), n[last] - (from == 0 ? 0 : n[from - 1]), meanWait(c, from, to),
                        waitingAtDayEnd.get(c)[last], backlogAtDayEnd.get(c)[last],
                        (down[last] - (from == 0 ? 0 : down[from - 1])) / 3600,
                        refused[last] - (from == 0 ? 0 : refused[from - 1])));
            }
        }
        return rows;
    }

    private RunSummary summary() {
        PlanningTables.Figures planningFigures = PlanningTables.figures(scenario, planning);
        MisbehaviorModel.Figures mb = misbehavior.figures();
        long peak = 0;
        for (long p : peakBacklog) {
            peak = Math.max(peak, p);
        }
        long refused = 0;
        long outages = 0;
        for (ScmsComponent c : scms.components().values()) {
            refused += c.refused();
            outages += c.outages();
        }
        long issued = total(Measure.PSEUDONYM_ISSUED) + total(Measure.IDENTIFICATION_ISSUED)
                + total(Measure.APPLICATION_ISSUED) + total(Measure.ENROLLMENT_ISSUED);
        long real = 0;
        for (int d = 0; d < obus.count(); d++) {
            if (crypto.isReal(d)) {
                real++;
            }
        }
        return new RunSummary(obuJoin.length, rsuJoin.length, total(Measure.PSEUDONYM_REQUESTED),
                total(Measure.APPLICATION_REQUESTED), issued, scms.requestsSubmitted(),
                responseAll.mean(), responseAll.max(), wait(ComponentId.PCA), peak,
                utilisation(ComponentId.PCA, 0, days), total(Measure.LATE_CERTIFICATES), sim.eventsProcessed(),
                obus.active(), rsus.active(), total(Measure.PSEUDONYM_ISSUED), total(Measure.IDENTIFICATION_ISSUED),
                total(Measure.APPLICATION_ISSUED), total(Measure.ENROLLMENT_ISSUED), total(Measure.PSEUDONYM_DOWNLOADED),
                total(Measure.IDENTIFICATION_DOWNLOADED), total(Measure.DOWNLOADS_RSU),
                total(Measure.DOWNLOADS_CELLULAR), total(Measure.DOWNLOADS_WIFI), total(Measure.BYTES_RSU),
                total(Measure.BYTES_CELLULAR), total(Measure.BYTES_WIFI), total(Measure.BYTES_BACKHAUL),
                total(Measure.INTERRUPTED_TRANSFERS), total(Measure.FILES_PUSHED), total(Measure.RSU_CONTACTS_USED),
                total(Measure.TRIPS_SIMULATED), ledger.total(Measure.DRIVING_HOURS),
                ledger.total(Measure.UNSIGNED_DRIVING_HOURS), obus.outGauge().integral(sim.now()) / 3600,
                peakOut, rsus.outGauge().integral(sim.now()) / 3600, total(Measure.CERTIFICATE_REUSES),
                total(Measure.BACKHAUL_FAILURES), refused, outages,
                utilisation(ComponentId.ECA, 0, days), utilisation(ComponentId.RA, 0, days),
                utilisation(ComponentId.LA1, 0, days), utilisation(ComponentId.LA2, 0, days),
                wait(ComponentId.ECA), wait(ComponentId.RA), wait(ComponentId.LA1), wait(ComponentId.LA2),
                obus.installers().waits().mean(), real, crypto.operations(), crypto.certificatesIssued(),
                total(Measure.SIGNATURES_VERIFIED), total(Measure.CRYPTO_REJECTED),
                // issue 6
                planningFigures.costTotal(), planningFigures.costPresentValue(), planningFigures.costWithOptions(),
                planningFigures.costPerDeviceYear(), planningFigures.deviceYears(),
                planningFigures.obuHours(), planningFigures.rsuHours(), planningFigures.recoveryHours(),
                planningFigures.addedCost(), planningFigures.rebootstrapDevices(),
                planningFigures.rebootstrapRecoveryHours(), planningFigures.rebootstrapCost(),
                mb.misbehavingDevices(), mb.misbehaviorReportsQueued(), mb.misbehaviorReportsDropped(),
                mb.misbehaviorReportsChecked(), mb.devicesRevoked(), mb.falsePositiveRevocations(),
                mb.hoursToRevocationDecision(), mb.hoursToCrlIssue(), mb.hoursToCrlReach50(), mb.hoursToCrlReach90(),
                mb.hoursToCrlReach99(), mb.messagesAcceptedFromRevoked(), mb.crlsIssued(), mb.crlBytesLast(),
                mb.crlBytesMax(), mb.crlEntriesMax(), mb.crlBytesMoved(), mb.devicesRevokedByOrder(),
                total(Measure.BLACKLIST_REFUSALS), mb.misbehaviorReportsVerified(), mb.crlChecksReal(),
                mb.crlCheckMismatches(),
                // issues 5 and 10: what full fidelity did for real
                total(Measure.CERTIFICATES_REALLY_OPENED), total(Measure.BSMS_SIGNED),
                // issue 6: hash entries, the MA and the CRL generator as servers
                mb.misbehavingRsus(), mb.rsusRevoked(), mb.hoursToRsuRevocationDecision(), mb.crlHashEntriesRsus(),
                mb.crlHashEntriesIdentification(), mb.crlHashEntriesMax(), mb.crlHashBytesMax(),
                mb.messagesAcceptedFromRevokedRsus(), mb.crlHashChecksReal(), mb.crlHashCheckMismatches(),
                utilisation(ComponentId.MA, 0, days), wait(ComponentId.MA), peak(maPeakWaiting),
                utilisation(ComponentId.CRLG, 0, days), wait(ComponentId.CRLG));
    }

    private static long peak(long[] perDay) {
        long p = 0;
        for (long v : perDay) {
            p = Math.max(p, v);
        }
        return p;
    }

    private long total(Measure m) {
        return Math.round(ledger.total(m));
    }

    private double wait(ComponentId c) {
        return scms.component(c).waits().mean();
    }

    // ---- for tests and callers that look inside

    public Simulation simulation() {
        return sim;
    }

    public Provisioning provisioning() {
        return scms;
    }

    public ObuLife obus() {
        return obus;
    }

    public RsuLife rsus() {
        return rsus;
    }

    public CryptoLoop crypto() {
        return crypto;
    }

    /** Misbehaviour and revocation of this run (issue 6; disruptions call {@link MisbehaviorModel#revokeNow}). */
    public MisbehaviorModel misbehavior() {
        return misbehavior;
    }
}
