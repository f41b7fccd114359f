package org.scmsim.model.device;

import java.util.List;
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

    // policy
    private final int perWeek;
    private final int idPerWeek;
    private final int pregenWeeks;
    private final int downloadWeeks;
    private final int topOffWeeks;
    private final long weekFileBytes;
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
     * A device deployed before the run: enrolled and provisioned then, so the SCMS holds its
     * pre-generation depth from week 0 and it holds {@code downloadWeeks} weeks on board. None of
     * that earlier work is counted in this run.
     */
    private void alreadyProvisioned(int d) {
        phase[d] = ACTIVE;
        active++;
        activeGauge.update(sim.now(), active);
        boolean privileged = (flags[d] & PRIVILEGED) != 0;
        if (privileged) {
            privilegedActive++;
        }
        fileVersion[d] = currentFileVersion;
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
        phase[d] = ACTIVE;
        active++;
        activeGauge.update(sim.now(), active);
        if ((flags[d] & PRIVILEGED) != 0) {
            privilegedActive++;
        }
        fileVersion[d] = currentFileVersion;
        int w = week();
        requestWeek[d] = w;
        scms.requestPseudonyms(d, w, w + pregenWeeks - 1, perWeek);
        ledger.add(Measure.PSEUDONYM_REQUESTED, (double) pregenWeeks * perWeek);
        if ((flags[d] & PRIVILEGED) != 0) {
            scms.requestIdentification(d, w, w + pregenWeeks - 1, idPerWeek);
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
            if (phase[d] == ACTIVE && requestWeek[d] < jobWeek
                    && (!privilegedOnly || (flags[d] & PRIVILEGED) != 0)) {
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
        int byJobs = requestWeek[d] < pregenDone ? pregenDone + pregenWeeks - 1 : -1;
        return Math.max(batchLast[d], byJobs);
    }

    private boolean wantsCertificates(int d) {
        int w = week();
        return generatedThrough(d) >= Math.max(held[d] + 1, w) && held[d] - w + 1 < topOffWeeks;
    }

    private boolean needsConnection(int d) {
        return phase[d] == ACTIVE
                && (dlBytes[d] > 0 || wantsCertificates(d) || fileVersion[d] != currentFileVersion);
    }

    /** A need may have arisen: use the cellular modem if it has service today, and drive. */
    private void seek(int d) {
        if (phase[d] != ACTIVE) {
            return;
        }
        boolean need = needsConnection(d);
        if (need && (flags[d] & BUSY) == 0 && cellularToday(d)) {
            connect(d, Channel.CELLULAR, Double.POSITIVE_INFINITY);
        }
        if ((need || (flags[d] & OUT) != 0) && (flags[d] & TRIPPING) == 0) {
            flags[d] |= TRIPPING;
            sim.at(clocks[cls[d]].next(sim.now(), trips), onTripStart, d);
        }
    }

    private boolean cellularToday(int d) {
        if ((flags[d] & HAS_CELL) == 0) {
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
        if (dlBytes[d] == 0) {
            int first = Math.max(held[d] + 1, week());
            int last = Math.min(generatedThrough(d), first + downloadWeeks - 1);
            dlFirst[d] = first;
            long bytes = 0;
            int files = 0;
            if (wantsCertificates(d) && last >= first) {
                long perWeekBytes = weekFileBytes + ((flags[d] & PRIVILEGED) != 0 ? idWeekBytes : 0);
                bytes += (long) (last - first + 1) * perWeekBytes;
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
            ledger.add(Measure.PSEUDONYM_DOWNLOADED, (double) weeks * perWeek);
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
        boolean nowOut = phase[d] == ACTIVE && held[d] < week();
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
        phase[d] = RETIRED;
        flags[d] &= ~OUT;
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
}
