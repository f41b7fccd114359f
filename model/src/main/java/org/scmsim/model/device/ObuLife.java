package org.scmsim.model.device;

import java.util.List;
import org.scmsim.model.config.CrlPolicy;
import org.scmsim.model.config.Deployment;
import org.scmsim.model.config.ObuClass;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.crypto.CryptoLoop;
import org.scmsim.model.engine.EventHandler;
import org.scmsim.model.engine.Simulation;
import org.scmsim.model.engine.Station;
import org.scmsim.model.geo.Contacts;
import org.scmsim.model.geo.Terrain;
import org.scmsim.model.random.Distribution;
import org.scmsim.model.random.RandomStreams;
import org.scmsim.model.scms.Provisioning;
import org.scmsim.model.stats.TimeWeighted;
import umontreal.ssj.rng.RandomStream;

/**
 * The life of every OBU, top to bottom: it joins, waits for an installer, enrolls with the ECA,
 * asks for its first batch of pseudonyms, then downloads {@code downloadWeeks} weeks at a time
 * whenever it has fewer than {@code topOffWeeks} on board and a connection lets it: an RSU contact
 * on a trip (the chord of the RSU's range), a cellular day, or home Wi-Fi when parked. A transfer
 * cut by the end of a contact resumes at the next one. It retires at the end of its life.
 *
 * <p>State is struct-of-arrays by device id; every event carries the device id as its payload,
 * through handlers held in fields, so the hot paths allocate nothing.
 *
 * <p>Mobility is simulated trip by trip only while it matters: while a device needs a connection
 * or drives without a valid pseudonym. Otherwise its weekly driving (for pseudonym rotation and
 * reuse) is drawn in one step from the compound-Poisson moments of its class's trips.
 */
public final class ObuLife {

    // phases
    private static final byte NOT_JOINED = 0;
    private static final byte INSTALLING = 1;
    private static final byte ENROLLING = 2;
    private static final byte ACTIVE = 3;
    private static final byte RETIRED = 4;

    // flags
    private static final int HAS_CELL = 1;
    private static final int HAS_WIFI = 2;
    private static final int CELL_TODAY = 4;
    private static final int TRIPPING = 8;
    private static final int BUSY = 16;
    private static final int OUT = 32;
    private static final int AT_HOME = 64;
    private static final int PRIVILEGED = 128;
    private static final int IN_TRIP = 256;
    private static final int REVOKED = 512;      // the RA refused it: blacklisted (issue 6)
    private static final int CRL_WANTED = 1024;  // a newer CRL is out that it should fetch at a contact
    private static final int PUSH_PENDING = 2048; // a cellular CRL push is on its way
    // issue 6 disruptions
    private static final int CLOCK_WRONG = 4096;       // time-sync failure: its certificates look invalid
    private static final int CA_REVOKED = 8192;        // CA key exposure: credentials revoked until re-bootstrap
    private static final int UNUSABLE = CLOCK_WRONG | CA_REVOKED;
    private static final int NOT_SERVED = CA_REVOKED | REVOKED;

    /** How a device connects. */
    public enum Channel {
        RSU,
        CELLULAR,
        WIFI
    }

    private static final double WEEK = Provisioning.WEEK;

    private final Simulation sim;
    private final Provisioning scms;
    private final Terrain terrain;
    private final Ledger ledger;
    private final CryptoLoop crypto;
    private final RsuLife rsus;

    // policy (issue 6: a policy change replaces the pseudonym part from a week on)
    private int perWeek;
    private final int idPerWeek;
    private int pregenWeeks;
    private int downloadWeeks;
    private int topOffWeeks;
    private long weekFileBytes;
    private final int responseBytes;
    private final long fileOverheadBytes;
    private final long idWeekBytes;
    private final long policyFileBytes;
    private final double rotationSeconds;
    private final double rotationKm;
    private final double rsuRate;          // bytes/s over an RSU
    private final double rsuLatency;       // s, RSU <-> RA one way

    // classes
    private final ObuClass[] classes;
    private final TripClock[] clocks;
    private final Distribution[] tripLength;
    private final Distribution[] speed;
    private final Distribution[] weeklyDriving;   // seconds per week
    private final double[] meanSpeed;             // km/s

    // streams
    private final RandomStream trips;
    private final RandomStream channels;
    private final RandomStream driving;
    private final RandomStream crlPush;

    // installers
    private final Station installers;

    // struct of arrays, by device id
    private final int n;
    private final byte[] cls;
    private final byte[] phase;
    private final int[] flags;
    private final float[] homeX;
    private final float[] homeY;
    private final float[] posX;
    private final float[] posY;
    private final int[] requestWeek;
    private final int[] batchLast;     // last week of the first batch, once stored at the RA; -1 before
    private final int[] held;          // last week on board; -1 none
    private final int[] dlFirst;       // first week of the transfer in progress
    private final int[] dlLast;        // last week of the transfer in progress
    private final int[] dlBytes;       // bytes left of the transfer in progress; 0 none
    private final int[] dlFiles;
    private final short[] fileVersion;
    private final int[] cellDay;
    private final byte[] connChannel;
    private final double[] connEnd;
    private final double[] connStart;
    private final double[] tripT0;
    private final double[] tripT1;
    private final float[] tripX0;
    private final float[] tripY0;
    private final float[] tripX1;
    private final float[] tripY1;

    private final Contacts contacts = new Contacts();
    private final double[] point = new double[2];

    // fleet state
    private int pregenDone = Integer.MIN_VALUE;   // last pre-generation job completed
    private short currentFileVersion;
    private int active;
    private int out;
    private int privilegedActive;
    private final TimeWeighted outGauge;
    private final TimeWeighted activeGauge;
    // issue 6: the weeks the pre-generation jobs cover and the certificates per week they were made with
    private int plannedThrough;                 // last week a job (or the first provisioning) has been planned for
    private int pregenThrough;                  // last week generated by the jobs reported done
    private int[] jobThrough = new int[64];     // by job week: last week it generates
    private int[] perWeekOf;                    // by week, once a policy change is scheduled: certificates per week
    private java.util.function.IntPredicate cellularDown = d -> false;

    private final EventHandler onInstalled = this::installed;
    private final EventHandler onTripStart = this::tripStart;
    private final EventHandler onContact = this::contactStart;
    private final EventHandler onTripEnd = this::tripEnd;
    private final EventHandler onTransferDone = this::transferDone;
    private final EventHandler onRetire = this::retire;

    public ObuLife(Simulation sim, Scenario s, Provisioning scms, Terrain terrain, RsuLife rsus, Ledger ledger,
                   CryptoLoop crypto, RandomStreams streams, int count) {
        this.sim = sim;
        this.scms = scms;
        this.terrain = terrain;
        this.rsus = rsus;
        this.ledger = ledger;
        this.crypto = crypto;
        var pp = s.policy().pseudonym();
        this.perWeek = pp.perWeek();
        this.idPerWeek = s.policy().identification().perWeek();
        this.pregenWeeks = pp.pregenerateWeeks();
        this.downloadWeeks = pp.downloadWeeks();
        this.topOffWeeks = pp.topOffWeeks();
        this.weekFileBytes = pp.weekFileBytes();
        this.responseBytes = pp.responseBytes();
        this.fileOverheadBytes = pp.fileOverheadBytes();
        this.plannedThrough = pp.pregenerateWeeks() - 1;
        this.pregenThrough = Integer.MIN_VALUE;
        this.idWeekBytes = (long) idPerWeek * pp.responseBytes();
        this.policyFileBytes = s.policy().files().lpfBytes() + s.policy().files().lccfBytes();
        this.rotationSeconds = pp.rotation().toNanos() / 1e9;
        this.rotationKm = pp.rotationKm();
        var sites = s.region().rsus();
        this.rsuRate = Math.min(sites.radioMbps(), sites.backhaulMbps()) * 1e6 / 8;
        this.rsuLatency = sites.backhaulLatency().toNanos() / 1e9 / 2;

        List<ObuClass> cl = s.fleet().classes();
        this.classes = cl.toArray(new ObuClass[0]);
        int k = classes.length;
        this.clocks = new TripClock[k];
        this.tripLength = new Distribution[k];
        this.speed = new Distribution[k];
        this.weeklyDriving = new Distribution[k];
        this.meanSpeed = new double[k];
        for (int c = 0; c < k; c++) {
            clocks[c] = new TripClock(s.fleet().diurnal(), classes[c].tripsPerDay());
            tripLength[c] = classes[c].tripLengthDistribution();
            speed[c] = classes[c].speedDistribution();
            weeklyDriving[c] = weeklyDriving(classes[c], tripLength[c], speed[c],
                    streams.stream("setup.driving." + classes[c].name()));
        }
        this.trips = streams.stream("obu.trips");
        this.channels = streams.stream("obu.channels");
        this.driving = streams.stream("obu.driving");
        this.crlPush = streams.stream("obu.crl");

        Deployment d = s.deployment();
        this.installers = new Station(sim, "installers", d.installers(), job -> 86_400.0 / d.installsPerDay(),
                (job, sojourn) -> onInstalled.handle(job));

        this.n = count;
        cls = new byte[n];
        phase = new byte[n];
        flags = new int[n];
        homeX = new float[n];
        homeY = new float[n];
        posX = new float[n];
        posY = new float[n];
        requestWeek = new int[n];
        batchLast = new int[n];
        held = new int[n];
        dlFirst = new int[n];
        dlLast = new int[n];
        dlBytes = new int[n];
        dlFiles = new int[n];
        fileVersion = new short[n];
        cellDay = new int[n];
        connChannel = new byte[n];
        connEnd = new double[n];
        connStart = new double[n];
        tripT0 = new double[n];
        tripT1 = new double[n];
        tripX0 = new float[n];
        tripY0 = new float[n];
        tripX1 = new float[n];
        tripY1 = new float[n];
        java.util.Arrays.fill(batchLast, -1);
        java.util.Arrays.fill(held, -1);
        java.util.Arrays.fill(cellDay, -1);

        RandomStream attrs = streams.stream("obu.attributes");
        for (int i = 0; i < n; i++) {
            int c = pickClass(attrs.nextDouble());
            cls[i] = (byte) c;
            int f = 0;
            if (attrs.nextDouble() < classes[c].cellularShare()) {
                f |= HAS_CELL;
            }
            if (attrs.nextDouble() < classes[c].homeWifiShare()) {
                f |= HAS_WIFI;
            }
            if (classes[c].privileged()) {
                f |= PRIVILEGED;
            }
            flags[i] = f | AT_HOME;
            terrain.randomPosition(attrs, point);
            homeX[i] = (float) point[0];
            homeY[i] = (float) point[1];
            posX[i] = homeX[i];
            posY[i] = homeY[i];
        }
        this.outGauge = new TimeWeighted(sim.now(), 0);
        this.activeGauge = new TimeWeighted(sim.now(), 0);
    }

    private int pickClass(double u) {
        double acc = 0;
        for (int c = 0; c < classes.length; c++) {
            acc += classes[c].share();
            if (u < acc) {
                return c;
            }
        }
        return classes.length - 1;
    }

    /**
     * Weekly driving seconds as a lognormal with the compound-Poisson mean and variance of a
     * week's trips: mean = 7 T E[L/v], variance = 7 T E[(L/v)^2], T trips a day. The moments of
     * one trip's duration are estimated once per class from 20,000 draws of its own stream.
     */
    static Distribution weeklyDriving(ObuClass c, Distribution length, Distribution speed, RandomStream s) {
        double m1 = 0;
        double m2 = 0;
        int samples = 20_000;
        for (int i = 0; i < samples; i++) {
            double t = length.sample(s) / speed.sample(s) * 3600.0;
            m1 += t;
            m2 += t * t;
        }
        m1 /= samples;
        m2 /= samples;
        double lambda = 7 * c.tripsPerDay();
        double mean = lambda * m1;
        if (mean <= 0) {
            return new Distribution.Constant(0);
        }
        double cv = Math.sqrt(lambda * m2) / mean;
        return new Distribution.LogNormal(mean, cv);
    }

    // ================================================================ the device's life

    /**
     * The device joins the deployment now: it waits for an installer crew, unless it was deployed
     * before the run started ({@code preinstalled}).
     */
    public void join(int d, double lifetime, boolean preinstalled) {
        phase[d] = INSTALLING;
        if (preinstalled) {
            alreadyProvisioned(d);
        } else {
            installers.arrive(d);
        }
        if (lifetime > 0 && Double.isFinite(lifetime)) {
            sim.after(lifetime, onRetire, d);
        }
    }

    /**
     * Issue 6: a device deployed before the run while the SCMS was not live yet: installed, it asks
     * the ECA for its enrollment at once (retroactive provisioning, queued until the SCMS is up).
     */
    public void joinUnprovisioned(int d, double lifetime) {
        phase[d] = INSTALLING;
        installed(d);
        if (lifetime > 0 && Double.isFinite(lifetime)) {
            sim.after(lifetime, onRetire, d);
        }
    }

    /**
     * A device deployed before the run: enrolled and provisioned then, so the SCMS holds its
     * pre-generation depth from week 0 and it holds {@code downloadWeeks} weeks on board. None of
     * that earlier work is counted in this run.
     */
    private void alreadyProvisioned(int d) {
        phase[d] = ACTIVE;
        active++;
        activeGauge.update(sim.now(), active);
        presence.joined(d);
        boolean privileged = (flags[d] & PRIVILEGED) != 0;
        if (privileged) {
            privilegedActive++;
        }
        fileVersion[d] = currentFileVersion;
        crlAtBootstrap(d);
        requestWeek[d] = 0;
        batchLast[d] = pregenWeeks - 1;
        held[d] = Math.min(downloadWeeks, pregenWeeks) - 1;
        if (crypto.isReal(d)) {
            crypto.enroll(d, sim.now());
            crypto.issuePseudonyms(d, 0, batchLast[d], sim.now());
            crypto.install(d, 0, held[d], sim.now());   // outcome counted at the day's end (ScmsModel)
            if (privileged) {
                crypto.issueIdentification(d, 0, held[d], idPerWeek, sim.now());
            }
        }
        updateOut(d);
        seek(d);
    }

    /** Bootstrap done: the device asks the ECA for its enrollment certificate. */
    private void installed(int d) {
        if (phase[d] == RETIRED) {
            return;
        }
        phase[d] = ENROLLING;
        scms.enroll(d);
    }

    /**
     * Enrolled: from the installer's network, the device sends its provisioning request for the
     * pre-generation depth (and, if privileged, its identification certificates). Until the
     * first week arrives it has no valid pseudonym.
     */
    public void enrolled(int d) {
        if (phase[d] == RETIRED) {
            return;
        }
        if (phase[d] != ACTIVE) {
            phase[d] = ACTIVE;
            active++;
            activeGauge.update(sim.now(), active);
            presence.joined(d);
            if ((flags[d] & PRIVILEGED) != 0) {
                privilegedActive++;
            }
        }
        flags[d] &= ~CA_REVOKED;   // re-enrolled after a re-bootstrap (issue 6)
        fileVersion[d] = currentFileVersion;
        crlAtBootstrap(d);
        int w = week();
        requestWeek[d] = w;
        // up to the depth, or to the week the fleet's jobs have reached if a policy change cut the depth
        int last = Math.max(w + pregenWeeks - 1, plannedThrough);
        assignPerWeek(w, last);
        scms.requestPseudonyms(d, w, last, perWeek);
        ledger.add(Measure.PSEUDONYM_REQUESTED, (double) (last - w + 1) * perWeek);
        if ((flags[d] & PRIVILEGED) != 0) {
            scms.requestIdentification(d, w, last, idPerWeek);
        }
        updateOut(d);
        seek(d);
    }

    /** The first batch is stored at the RA: the device can download it. */
    public void batchReady(int d, int lastWeek) {
        batchLast[d] = lastWeek;
        if (phase[d] == ACTIVE) {
            seek(d);
        }
    }

    /** A weekly pre-generation job finished. */
    public void pregenerated(int jobWeek) {
        pregenDone = jobWeek;
        pregenThrough = Math.max(pregenThrough, jobWeek < jobThrough.length ? jobThrough[jobWeek] : plannedThrough);
        if (pregenWeeks <= topOffWeeks + downloadWeeks) {
            // shallow pre-generation: devices may be waiting for exactly this week
            for (int d = 0; d < n; d++) {
                if (phase[d] == ACTIVE && requestWeek[d] < jobWeek) {
                    seek(d);
                }
            }
        }
    }

    /** Devices eligible for the pre-generation job of {@code jobWeek}: active, first request earlier. */
    public long eligibleForPregeneration(int jobWeek, boolean privilegedOnly) {
        long c = 0;
        for (int d = 0; d < n; d++) {
            if (phase[d] == ACTIVE && requestWeek[d] < jobWeek && (flags[d] & CA_REVOKED) == 0
                    && (!privilegedOnly || (flags[d] & PRIVILEGED) != 0) && !scms.isBlacklisted(d)) {
                c++;
            }
        }
        return c;
    }

    /** A new LPF/LCCF version: every device needs it at its next connection. */
    public void filesPublished() {
        currentFileVersion++;
        for (int d = 0; d < n; d++) {
            if (phase[d] == ACTIVE) {
                seek(d);
            }
        }
    }

    /**
     * Start of i-period {@code w}: each active device draws last week's driving (rotations and
     * certificate reuse), then checks whether it still holds a valid pseudonym and whether it
     * should top off.
     */
    public void weekStarted(int w) {
        double hours = 0;
        double reuses = 0;
        for (int d = 0; d < n; d++) {
            if (phase[d] != ACTIVE) {
                continue;
            }
            int c = cls[d];
            double seconds = weeklyDriving[c].sample(driving);
            hours += seconds / 3600;
            if (w > 0 && held[d] >= w - 1) {
                double rotations = Math.ceil(seconds / rotationSeconds);
                if (rotationKm > 0) {
                    rotations = Math.max(rotations, Math.ceil(seconds * meanSpeed(c) / rotationKm));
                }
                reuses += Math.max(0, rotations - perWeek);
                if (seconds > 0 && crypto.isReal(d)) {
                    // every rotation signs a BSM a receiver verifies (counted at the day's end, on last week's last day)
                    crypto.signBsms(d, w - 1, (int) rotations, sim.now() - 1);
                }
            }
            updateOut(d);
            seek(d);
        }
        int lastWeekDay = Math.max(0, (int) (sim.now() / 86_400.0) - 1);
        ledger.addOnDay(Measure.DRIVING_HOURS, lastWeekDay, w > 0 ? hours : 0);
        ledger.addOnDay(Measure.CERTIFICATE_REUSES, lastWeekDay, reuses);
    }

    private double meanSpeed(int c) {
        if (meanSpeed[c] == 0) {
            meanSpeed[c] = speed[c].mean() / 3600.0;
        }
        return meanSpeed[c];
    }

    // ---------------------------------------------------------------- needs

    /** Last week the SCMS has generated for the device and stored for download (-1: none). */
    private int generatedThrough(int d) {
        if (batchLast[d] < 0) {
            return -1;
        }
        int byJobs = requestWeek[d] < pregenDone ? pregenThrough : -1;
        return Math.max(batchLast[d], byJobs);
    }

    private boolean wantsCertificates(int d) {
        int w = week();
        return generatedThrough(d) >= Math.max(held[d] + 1, w) && held[d] - w + 1 < topOffWeeks;
    }

    private boolean needsConnection(int d) {
        return phase[d] == ACTIVE
                && ((flags[d] & NOT_SERVED) == 0
                        && (dlBytes[d] > 0 || wantsCertificates(d) || fileVersion[d] != currentFileVersion)
                    || (flags[d] & CRL_WANTED) != 0);
    }

    /** A need may have arisen: use the cellular modem if it has service today, and drive. */
    private void seek(int d) {
        if (phase[d] != ACTIVE) {
            return;
        }
        boolean need = needsConnection(d);
        if (need && (flags[d] & BUSY) == 0 && cellularToday(d)) {
            crlAtConnection(d, Channel.CELLULAR);
            connect(d, Channel.CELLULAR, Double.POSITIVE_INFINITY);
            need = needsConnection(d);
        }
        if ((need || (flags[d] & OUT) != 0) && (flags[d] & TRIPPING) == 0) {
            flags[d] |= TRIPPING;
            sim.at(clocks[cls[d]].next(sim.now(), trips), onTripStart, d);
        }
    }

    private boolean cellularToday(int d) {
        if ((flags[d] & HAS_CELL) == 0 || cellularDown.test(d)) {
            return false;
        }
        int day = (int) (sim.now() / 86_400.0);
        if (cellDay[d] != day) {
            cellDay[d] = day;
            if (channels.nextDouble() < classes[cls[d]].cellularPerDay()) {
                flags[d] |= CELL_TODAY;
            } else {
                flags[d] &= ~CELL_TODAY;
            }
        }
        return (flags[d] & CELL_TODAY) != 0;
    }

    // ---------------------------------------------------------------- trips

    /**
     * A trip starts: out to a destination at the sampled length, or back home. Its RSU contacts
     * are the chords of the RSUs' ranges along the path.
     */
    private void tripStart(int d) {
        if (phase[d] != ACTIVE || !(needsConnection(d) || (flags[d] & OUT) != 0)) {
            flags[d] &= ~TRIPPING;
            return;
        }
        int c = cls[d];
        double x0 = posX[d];
        double y0 = posY[d];
        if ((flags[d] & AT_HOME) != 0) {
            terrain.destination(x0, y0, tripLength[c].sample(trips), trips, point);
        } else {
            point[0] = homeX[d];
            point[1] = homeY[d];
        }
        double length = terrain.distance(x0, y0, point[0], point[1]);
        double v = speed[c].sample(trips) / 3600.0;   // km/s
        tripT0[d] = sim.now();
        tripT1[d] = sim.now() + length / v;
        tripX0[d] = (float) x0;
        tripY0[d] = (float) y0;
        tripX1[d] = (float) point[0];
        tripY1[d] = (float) point[1];
        flags[d] |= IN_TRIP;
        ledger.add(Measure.TRIPS_SIMULATED, 1);
        if ((flags[d] & OUT) != 0) {
            ledger.add(Measure.UNSIGNED_DRIVING_HOURS, (tripT1[d] - tripT0[d]) / 3600);
        }
        if (needsConnection(d) && (flags[d] & BUSY) == 0 && cellularToday(d)) {
            crlAtConnection(d, Channel.CELLULAR);
            connect(d, Channel.CELLULAR, Double.POSITIVE_INFINITY);
        }
        continueTrip(d, sim.now());
    }

    /** Schedules the next RSU contact that starts after {@code t}, or the trip's end. */
    private void continueTrip(int d, double from) {
        double t = Math.max(from, sim.now());
        double t0 = tripT0[d];
        double t1 = tripT1[d];
        if (t < t1 && needsConnection(d) && (flags[d] & BUSY) == 0) {
            double len = terrain.distance(tripX0[d], tripY0[d], tripX1[d], tripY1[d]);
            double v = len / (t1 - t0);
            terrain.contacts(tripX0[d], tripY0[d], tripX1[d], tripY1[d], contacts);
            for (int i = 0; i < contacts.size(); i++) {
                int rsu = contacts.rsu(i);
                if (!rsus.isOnAir(rsu)) {
                    continue;
                }
                double in = t0 + contacts.enter(i) / v;
                double leave = t0 + contacts.exit(i) / v;
                if (leave <= t) {
                    continue;
                }
                connStart[d] = Math.max(in, t);
                connEnd[d] = leave;
                sim.at(connStart[d], onContact, d);
                return;
            }
        }
        sim.at(Math.max(t, t1), onTripEnd, d);
    }

    /** In range of an RSU. */
    private void contactStart(int d) {
        if (phase[d] != ACTIVE) {
            flags[d] &= ~(TRIPPING | IN_TRIP);
            return;
        }
        crlAtConnection(d, Channel.RSU);
        if (needsConnection(d) && (flags[d] & BUSY) == 0 && connect(d, Channel.RSU, connEnd[d])) {
            ledger.add(Measure.RSU_CONTACTS_USED, 1);
        } else {
            continueTrip(d, connEnd[d]);
        }
    }

    /** Arrived: parked at home, the device may use its home Wi-Fi; then the next trip, if needed. */
    private void tripEnd(int d) {
        flags[d] &= ~IN_TRIP;
        if (phase[d] != ACTIVE) {
            flags[d] &= ~TRIPPING;
            return;
        }
        posX[d] = tripX1[d];
        posY[d] = tripY1[d];
        if ((flags[d] & AT_HOME) != 0) {
            flags[d] &= ~AT_HOME;
        } else {
            flags[d] |= AT_HOME;
            if ((flags[d] & HAS_WIFI) != 0 && (flags[d] & BUSY) == 0 && needsConnection(d)) {
                crlAtConnection(d, Channel.WIFI);
                connect(d, Channel.WIFI, Double.POSITIVE_INFINITY);
            }
        }
        if (needsConnection(d) || (flags[d] & OUT) != 0) {
            sim.at(clocks[cls[d]].next(sim.now(), trips), onTripStart, d);
        } else {
            flags[d] &= ~TRIPPING;
        }
    }

    // ---------------------------------------------------------------- connections and transfers

    /**
     * Connected until {@code until}: the device starts (or resumes) a download of the next
     * {@code downloadWeeks} generated weeks and any newer policy files, and asks the RA to serve it.
     */
    private boolean connect(int d, Channel ch, double until) {
        if ((flags[d] & REVOKED) != 0) {
            return false;
        }
        if (dlBytes[d] == 0) {
            int first = Math.max(held[d] + 1, week());
            int last = Math.min(generatedThrough(d), first + downloadWeeks - 1);
            dlFirst[d] = first;
            long bytes = 0;
            int files = 0;
            if (wantsCertificates(d) && last >= first) {
                long perWeekBytes = weekFileBytes + ((flags[d] & PRIVILEGED) != 0 ? idWeekBytes : 0);
                bytes += perWeekOf == null ? (long) (last - first + 1) * perWeekBytes
                        : weekBytes(first, last) + (long) (last - first + 1) * (perWeekBytes - weekFileBytes);
                files += last - first + 1;
                dlLast[d] = last;
            } else {
                dlLast[d] = held[d];
            }
            if (fileVersion[d] != currentFileVersion) {
                bytes += policyFileBytes;
                files += 2;
            }
            if (bytes == 0) {
                return false;
            }
            dlBytes[d] = (int) Math.min(Integer.MAX_VALUE, bytes);
            dlFiles[d] = files;
        }
        flags[d] |= BUSY;
        connChannel[d] = (byte) ch.ordinal();
        connEnd[d] = until;
        scms.download(d, dlFiles[d]);
        return true;
    }

    /**
     * The RA answered: bytes flow at the channel's rate until the transfer is done or the contact
     * ends, whichever first; an unfinished transfer keeps its progress (HTTP range).
     */
    public void downloadServed(int d) {
        if (phase[d] != ACTIVE) {
            flags[d] &= ~BUSY;
            return;
        }
        Channel ch = Channel.values()[connChannel[d]];
        double rate = rate(d, ch);
        double start = sim.now() + latency(d, ch);
        double canMove = Math.max(0, connEnd[d] - start) * rate;
        if (canMove >= dlBytes[d]) {
            sim.at(start + dlBytes[d] / rate, onTransferDone, d);
            return;
        }
        long moved = (long) canMove;
        dlBytes[d] -= (int) moved;
        countBytes(ch, moved);
        ledger.add(Measure.INTERRUPTED_TRANSFERS, 1);
        flags[d] &= ~BUSY;
        if (ch == Channel.RSU) {
            continueTrip(d, connEnd[d]);
        }
    }

    /** The last byte arrived: the device opens and installs its certificates and files. */
    private void transferDone(int d) {
        Channel ch = Channel.values()[connChannel[d]];
        flags[d] &= ~BUSY;
        if (phase[d] != ACTIVE) {
            return;
        }
        countBytes(ch, dlBytes[d]);
        ledger.add(switch (ch) {
            case RSU -> Measure.DOWNLOADS_RSU;
            case CELLULAR -> Measure.DOWNLOADS_CELLULAR;
            case WIFI -> Measure.DOWNLOADS_WIFI;
        }, 1);
        dlBytes[d] = 0;
        if (dlLast[d] > held[d]) {
            int first = Math.max(held[d] + 1, dlFirst[d]);
            int weeks = dlLast[d] - first + 1;
            ledger.add(Measure.PSEUDONYM_DOWNLOADED, perWeekOf == null ? (double) weeks * perWeek
                    : pseudonymsIn(first, dlLast[d]));
            if ((flags[d] & PRIVILEGED) != 0) {
                ledger.add(Measure.IDENTIFICATION_DOWNLOADED, (double) weeks * idPerWeek);
                if (crypto.isReal(d)) {
                    crypto.issueIdentification(d, first, dlLast[d], idPerWeek, sim.now());
                }
            }
            if (crypto.isReal(d)) {
                crypto.install(d, first, dlLast[d], sim.now());   // outcome counted at the day's end (ScmsModel)
            }
            held[d] = dlLast[d];
        }
        if (fileVersion[d] != currentFileVersion) {
            fileVersion[d] = currentFileVersion;
            ledger.add(Measure.FILES_PUSHED, 2);
        }
        updateOut(d);
        if (ch == Channel.RSU && (flags[d] & IN_TRIP) != 0) {
            continueTrip(d, sim.now());
        } else if (needsConnection(d)) {
            seek(d);
        }
    }

    private double rate(int d, Channel ch) {
        return switch (ch) {
            case RSU -> rsuRate;
            case CELLULAR -> classes[cls[d]].cellularMbps() * 1e6 / 8;
            case WIFI -> classes[cls[d]].homeWifiMbps() * 1e6 / 8;
        };
    }

    private double latency(int d, Channel ch) {
        return switch (ch) {
            case RSU -> rsuLatency;
            case CELLULAR -> classes[cls[d]].cellularLatency().toNanos() / 1e9;
            case WIFI -> 0;
        };
    }

    private void countBytes(Channel ch, double bytes) {
        ledger.add(switch (ch) {
            case RSU -> Measure.BYTES_RSU;
            case CELLULAR -> Measure.BYTES_CELLULAR;
            case WIFI -> Measure.BYTES_WIFI;
        }, bytes);
    }

    // ---------------------------------------------------------------- out of certificates

    /** Re-evaluates whether the device lacks a pseudonym for the current week. */
    private void updateOut(int d) {
        boolean nowOut = phase[d] == ACTIVE && (held[d] < week() || (flags[d] & UNUSABLE) != 0);
        boolean wasOut = (flags[d] & OUT) != 0;
        if (nowOut == wasOut) {
            return;
        }
        double rest = (flags[d] & IN_TRIP) != 0 ? Math.max(0, tripT1[d] - sim.now()) / 3600 : 0;
        if (nowOut) {
            flags[d] |= OUT;
            out++;
            ledger.add(Measure.UNSIGNED_DRIVING_HOURS, rest);
        } else {
            flags[d] &= ~OUT;
            out--;
            ledger.add(Measure.UNSIGNED_DRIVING_HOURS, -rest);
        }
        outGauge.update(sim.now(), out);
    }

    /** End of life: the device leaves the fleet; work in flight for it is dropped. */
    private void retire(int d) {
        if (phase[d] == ACTIVE) {
            active--;
            activeGauge.update(sim.now(), active);
            presence.left(d);
            if ((flags[d] & PRIVILEGED) != 0) {
                privilegedActive--;
            }
            if ((flags[d] & OUT) != 0) {
                double rest = (flags[d] & IN_TRIP) != 0 ? Math.max(0, tripT1[d] - sim.now()) / 3600 : 0;
                ledger.add(Measure.UNSIGNED_DRIVING_HOURS, -rest);
                out--;
                outGauge.update(sim.now(), out);
            }
        }
        if (phase[d] == ACTIVE && crlHeld != null && crlLatest > 0 && crlHeld[d] == crlLatest) {
            crlHoldersOfLatest--;
        }
        phase[d] = RETIRED;
        flags[d] &= ~OUT;
    }

    // ---------------------------------------------------------------- issue 6: disruptions

    /**
     * The PCA's job of week {@code jobWeek} generates weeks up to {@code lastWeek} (with
     * {@code perWeekNow} certificates each) for the eligible devices. Called as the job is planned.
     */
    public void pregenerationPlanned(int jobWeek, int firstWeek, int lastWeek, int perWeekNow) {
        if (jobWeek >= jobThrough.length) {
            jobThrough = java.util.Arrays.copyOf(jobThrough, Math.max(jobWeek + 1, jobThrough.length * 2));
        }
        plannedThrough = Math.max(plannedThrough, lastWeek);
        jobThrough[jobWeek] = plannedThrough;
        if (perWeekOf != null) {
            for (int w = firstWeek; w <= lastWeek; w++) {
                setPerWeek(w, perWeekNow);
            }
        }
    }

    /** Last week the pre-generation jobs have been planned for (the fleet's generation frontier). */
    public int plannedThrough() {
        return plannedThrough;
    }

    /**
     * From now on requests and downloads use this pseudonym policy (a policy change). Weeks already
     * generated keep the number of certificates they were made with.
     */
    public void applyPolicy(org.scmsim.model.config.PseudonymPolicy p) {
        if (perWeekOf == null) {
            perWeekOf = new int[Math.max(64, plannedThrough + 1)];
            java.util.Arrays.fill(perWeekOf, 0, plannedThrough + 1, perWeek);
        }
        perWeek = p.perWeek();
        pregenWeeks = p.pregenerateWeeks();
        downloadWeeks = p.downloadWeeks();
        topOffWeeks = p.topOffWeeks();
        weekFileBytes = p.weekFileBytes();
        for (int d = 0; d < n; d++) {
            if (phase[d] == ACTIVE) {
                seek(d);
            }
        }
    }

    private void assignPerWeek(int first, int last) {
        if (perWeekOf != null) {
            for (int w = first; w <= last; w++) {
                if (w >= perWeekOf.length || perWeekOf[w] == 0) {
                    setPerWeek(w, perWeek);
                }
            }
        }
    }

    private void setPerWeek(int w, int certs) {
        if (w >= perWeekOf.length) {
            perWeekOf = java.util.Arrays.copyOf(perWeekOf, Math.max(w + 1, perWeekOf.length * 2));
        }
        perWeekOf[w] = certs;
    }

    private int certificatesOfWeek(int w) {
        return w < perWeekOf.length && perWeekOf[w] > 0 ? perWeekOf[w] : perWeek;
    }

    private double pseudonymsIn(int first, int last) {
        double c = 0;
        for (int w = first; w <= last; w++) {
            c += certificatesOfWeek(w);
        }
        return c;
    }

    private long weekBytes(int first, int last) {
        long b = 0;
        for (int w = first; w <= last; w++) {
            b += (long) certificatesOfWeek(w) * responseBytes + fileOverheadBytes;
        }
        return b;
    }

    /** Which OBUs have lost cellular service now (a cellular outage); default none. */
    public void cellularDownWhen(java.util.function.IntPredicate down) {
        this.cellularDown = down;
    }

    /** Cellular service is back for some OBUs: those that need a connection try again. */
    public void cellularRestored() {
        for (int d = 0; d < n; d++) {
            if (phase[d] == ACTIVE && (flags[d] & BUSY) == 0 && needsConnection(d)) {
                seek(d);
            }
        }
    }

    /**
     * A time-sync failure starts ({@code wrong}) or ends for the device: while its clock is wrong
     * its certificates look not yet valid or expired, so it cannot sign (out of certificates).
     */
    public void clockWrong(int d, boolean wrong) {
        if (wrong) {
            flags[d] |= CLOCK_WRONG;
        } else {
            flags[d] &= ~CLOCK_WRONG;
        }
        updateOut(d);
        seek(d);
    }

    /**
     * A CA key exposure revoked the device's credentials: it cannot sign and the SCMS serves it
     * nothing until it is bootstrapped again ({@link #rebootstrapped}).
     */
    public void credentialsRevoked(int d) {
        if (phase[d] != ACTIVE) {
            return;
        }
        flags[d] |= CA_REVOKED;
        updateOut(d);
    }

    /**
     * Bootstrapped again in a secure environment: its revoked certificates are gone; it enrolls
     * with the ECA and asks for a new first batch, as a new device does.
     */
    public void rebootstrapped(int d) {
        if (phase[d] != ACTIVE || (flags[d] & CA_REVOKED) == 0) {
            return;
        }
        held[d] = -1;
        batchLast[d] = -1;
        if ((flags[d] & BUSY) == 0) {
            dlBytes[d] = 0;
        }
        requestWeek[d] = week();   // not in pre-generation jobs until its new batch is requested
        scms.enroll(d);
    }

    // ---------------------------------------------------------------- observations

    private int week() {
        return (int) (sim.now() / WEEK);
    }

    public int active() {
        return active;
    }

    public int privilegedActive() {
        return privilegedActive;
    }

    public int outOfCertificates() {
        return out;
    }

    /** Device-seconds without a valid pseudonym (time-weighted count of such devices). */
    public TimeWeighted outGauge() {
        return outGauge;
    }

    public TimeWeighted activeGauge() {
        return activeGauge;
    }

    /** OBUs waiting for or with an installer. */
    public int installing() {
        return installers.queueSize() + installers.busy();
    }

    public Station installers() {
        return installers;
    }

    public int count() {
        return n;
    }

    /** Last week of pseudonyms the device holds (-1: none). */
    public int heldThrough(int d) {
        return held[d];
    }

    public boolean isActive(int d) {
        return phase[d] == ACTIVE;
    }

    // ================================================================ issue 6: blacklisting and CRLs

    /** Where a device's CRL arrivals go (the misbehaviour model computes reach from them). */
    public interface CrlReceipt {
        /** Device {@code d} now holds CRL {@code version}; it held {@code before} (0: none). */
        void received(int d, int before, int version);
    }

    private int[] crlHeld;                 // CRL version each OBU holds; null until the first CRL
    private int crlLatest;
    private long crlLatestBytes;
    private int crlHoldersOfLatest;        // active OBUs holding the latest CRL
    private CrlPolicy.Channel crlChannel = CrlPolicy.Channel.DOWNLOAD;
    private double crlPushMean;
    private CrlReceipt crlReceipt = (d, before, version) -> { };
    private final EventHandler onCrlPush = this::crlPushed;

    /**
     * The RA refused the device's download: it is blacklisted. It drops the transfer and asks for
     * nothing more; it drives on with the pseudonyms it holds until they run out.
     */
    public void downloadRefused(int d) {
        flags[d] &= ~BUSY;
        flags[d] |= REVOKED;
        dlBytes[d] = 0;
        if (phase[d] != ACTIVE) {
            return;
        }
        if (Channel.values()[connChannel[d]] == Channel.RSU && (flags[d] & IN_TRIP) != 0) {
            continueTrip(d, sim.now());   // the trip was paused at the contact
        } else {
            seek(d);
        }
    }

    /** How CRLs reach devices and who hears of each arrival (called once, before the first CRL). */
    public void crlDistribution(CrlPolicy policy, CrlReceipt receipt) {
        this.crlChannel = policy.channel();
        this.crlPushMean = policy.meanTimeToReceive().toNanos() / 1e9;
        this.crlReceipt = receipt;
    }

    /**
     * The CRL generator published CRL {@code version} of {@code bytes} bytes: every active OBU
     * should get it. RSU broadcast: at its next RSU contact; download: at its next connection (RSU
     * contact, a cellular day, home Wi-Fi); cellular: OBUs with a modem get a push after an
     * exponential delay of mean {@code meanTimeToReceive}, the others download it at a connection.
     * Devices simulate their trips while they lack it.
     */
    public void crlPublished(int version, long bytes) {
        if (crlHeld == null) {
            crlHeld = new int[n];
        }
        crlLatest = version;
        crlLatestBytes = bytes;
        crlHoldersOfLatest = 0;
        for (int d = 0; d < n; d++) {
            if (phase[d] != ACTIVE) {
                continue;
            }
            if (crlChannel == CrlPolicy.Channel.CELLULAR && (flags[d] & HAS_CELL) != 0) {
                // a push already on its way brings this CRL too: its remaining delay is again
                // exponential of the same mean (memoryless), so one pending push per OBU is exact
                if ((flags[d] & PUSH_PENDING) == 0) {
                    flags[d] |= PUSH_PENDING;
                    sim.after(-crlPushMean * Math.log1p(-crlPush.nextDouble()), onCrlPush, d);
                }
            } else {
                flags[d] |= CRL_WANTED;
                seek(d);
            }
        }
    }

    private void crlPushed(int d) {
        flags[d] &= ~PUSH_PENDING;
        if (phase[d] == ACTIVE && crlHeld[d] < crlLatest) {
            receiveCrl(d);
        }
    }

    /** A connection of kind {@code ch}: the device fetches the latest CRL if it lacks it and may. */
    private void crlAtConnection(int d, Channel ch) {
        if ((flags[d] & CRL_WANTED) == 0) {
            return;
        }
        if (crlChannel == CrlPolicy.Channel.RSU_BROADCAST && ch != Channel.RSU) {
            return;
        }
        receiveCrl(d);
    }

    private void receiveCrl(int d) {
        flags[d] &= ~CRL_WANTED;
        int before = crlHeld[d];
        crlHeld[d] = crlLatest;
        crlHoldersOfLatest++;
        ledger.add(Measure.CRL_BYTES, crlLatestBytes);
        crlReceipt.received(d, before, crlLatest);
    }

    /** A device bootstraps (or was deployed before the start) with the latest CRL. */
    private void crlAtBootstrap(int d) {
        if (crlHeld != null && crlLatest > 0) {
            crlHeld[d] = crlLatest;
            crlHoldersOfLatest++;
        }
    }

    /** The CRL version the device holds (0: none). */
    public int crlHeld(int d) {
        return crlHeld == null ? 0 : crlHeld[d];
    }

    /** Active OBUs holding the latest CRL (all of them before any CRL). */
    public int crlHoldersOfLatest() {
        return crlLatest == 0 ? active : crlHoldersOfLatest;
    }

    /**
     * A uniformly random active OBU, or -1 if none: rejection over the ids, then (for a sparse
     * fleet) a scan from a random start.
     */
    public int randomActive(RandomStream r, int except) {
        if (active == 0 || (active == 1 && except >= 0 && phase[except] == ACTIVE)) {
            return -1;
        }
        for (int k = 0; k < 32; k++) {
            int d = (int) (r.nextDouble() * n);
            if (d < n && phase[d] == ACTIVE && d != except) {
                return d;
            }
        }
        int start = (int) (r.nextDouble() * n);
        for (int k = 0; k < n; k++) {
            int d = (start + k) % n;
            if (phase[d] == ACTIVE && d != except) {
                return d;
            }
        }
        return -1;
    }

    /** Whether the RA has refused the device (it learnt it is blacklisted). */
    public boolean isRevoked(int d) {
        return (flags[d] & REVOKED) != 0;
    }

    // ================================================================ issue 6: where OBUs are (proximity encounters)

    /** Who hears when an OBU joins the active fleet (enrolled) or leaves it (retired). */
    public interface Presence {
        void joined(int d);

        void left(int d);
    }

    private Presence presence = new Presence() {
        @Override
        public void joined(int d) {
        }

        @Override
        public void left(int d) {
        }
    };

    /** Sets who hears of OBUs joining and leaving the active fleet (one listener). */
    public void presence(Presence p) {
        this.presence = p;
    }

    /** The region the OBUs drive in. */
    public Terrain terrain() {
        return terrain;
    }

    /** Home of the device: x (km) on the plane, s (km along the road) on a corridor. */
    public double homeX(int d) {
        return homeX[d];
    }

    /** Home of the device: y (km) on the plane, 0 on a corridor. */
    public double homeY(int d) {
        return homeY[d];
    }

    /** Index of the device's class in the fleet's class list. */
    public int classOf(int d) {
        return cls[d];
    }

    /** Issue 6: whether the OBU is of a privileged class (it holds identification certificates). */
    public boolean isPrivileged(int d) {
        return (flags[d] & PRIVILEGED) != 0;
    }
}
