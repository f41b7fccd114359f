package org.scmsim.model.misbehavior;

import java.util.List;
import java.util.function.IntPredicate;
import org.scmsim.model.config.Misbehavior;
import org.scmsim.model.config.ObuClass;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.device.ObuLife;
import org.scmsim.model.geo.Zones;
import org.scmsim.model.random.Distribution;
import org.scmsim.model.random.RandomStreams;
import umontreal.ssj.rng.RandomStream;

/**
 * Meetings from where OBUs are ({@code misbehavior.encounters: proximity}). The region is cut into
 * {@link Zones}; an OBU drives in the zone of its home. At hour h of the day an OBU of class c is on
 * the road with probability {@code onRoad[c][h]} = trip starts per second in that hour x mean trip
 * duration (at most 1: Little's law on the class's trip clock). Two OBUs of classes a and b driving
 * in one zone meet at {@code pairRate[a][b]} per second ({@link Zones#meetingRate}). So an OBU d of
 * class a in zone z meets others at
 * <pre>  rate(d, h) = onRoad[a][h] x sum over b of pairRate[a][b] x onRoad[b][h] x (active OBUs of class b in z, d excluded)</pre>
 * a Poisson rate constant within an hour: a suspect in a dense zone is met (and detected) more
 * often, one alone in its zone meets nobody, and the partner of a meeting is an OBU of its zone,
 * its class drawn in proportion to its share of that rate.
 *
 * <p>The counts are kept per zone and class as OBUs join and leave the active fleet (O(1) each:
 * the OBUs of one zone and class are a slice of one array, the active ones at its front), so a
 * meeting costs O(classes) whatever the fleet's size, and nothing is scanned per meeting. The
 * slices are built on first use, so runs without misbehaviour pay nothing.
 */
public final class ProximityEncounters {

    /** How far ahead {@link #next} looks for a meeting: one day (the diurnal cycle). */
    public static final double WINDOW = 86_400.0;
    /** At most this many (zone, class) slices: finer zones are coarsened. */
    static final int MAX_SLICES = 1 << 22;

    private static final double HOUR = 3600.0;

    private final int classes;
    private final double[][] onRoad;     // [class][hour]
    private final double[][] pairRate;   // [class][class], per second
    private final int devices;
    private final java.util.function.IntUnaryOperator zoneOfDevice;
    private final java.util.function.IntUnaryOperator classOfDevice;
    private final IntPredicate active;
    private final int zoneCount;

    // built on first use
    private int[] zone;         // by device
    private int[] slot;         // by device: its index in members
    private int[] members;      // devices sorted by (zone, class); in each slice the active ones first
    private int[] sliceStart;   // by zone * classes + class
    private int[] present;      // active devices of the slice
    private final double[] weight;

    /**
     * @param zones         the zones
     * @param onRoad        [class][hour of day]: probability an active OBU of the class is driving
     * @param pairRate      [class][class]: meetings per second of two OBUs driving in one zone
     * @param devices       number of OBU ids
     * @param zoneOfDevice  the zone of each OBU (its home's)
     * @param classOfDevice the class of each OBU
     * @param active        whether an OBU is in the active fleet now (read once, on first use)
     */
    public ProximityEncounters(Zones zones, double[][] onRoad, double[][] pairRate, int devices,
                               java.util.function.IntUnaryOperator zoneOfDevice,
                               java.util.function.IntUnaryOperator classOfDevice, IntPredicate active) {
        this.classes = onRoad.length;
        this.onRoad = onRoad;
        this.pairRate = pairRate;
        this.devices = devices;
        this.zoneOfDevice = zoneOfDevice;
        this.classOfDevice = classOfDevice;
        this.active = active;
        this.zoneCount = zones.count();
        this.weight = new double[classes];
    }

    /**
     * The meetings of a scenario's fleet: its zones ({@code misbehavior.zoneKm}, or if 0 the fleet's
     * mean trip length, share-weighted, so that a zone holds the traffic its OBUs drive in; at most
     * {@link #MAX_SLICES} zones x classes), each class's time on the road by hour (mean trip
     * duration E[L/v] from 20,000 draws of stream {@code setup.proximity.<class>}), meeting rates
     * from the classes' mean speeds and {@code misbehavior.v2vRangeM}. Listens to the OBUs joining
     * and leaving the fleet.
     */
    public static ProximityEncounters of(Scenario s, ObuLife obus, RandomStreams streams) {
        Misbehavior mb = s.misbehavior();
        List<ObuClass> cl = s.fleet().classes();
        int k = cl.size();
        Zones zones = Zones.of(obus.terrain(), zoneKm(s), Math.max(1, MAX_SLICES / k));
        List<Double> diurnal = s.fleet().diurnal();
        double sum = diurnal.stream().mapToDouble(Double::doubleValue).sum();
        double[][] onRoad = new double[k][24];
        double[] speed = new double[k];
        for (int c = 0; c < k; c++) {
            ObuClass oc = cl.get(c);
            Distribution length = oc.tripLengthDistribution();
            Distribution v = oc.speedDistribution();
            double trip = meanTripSeconds(length, v, streams.stream("setup.proximity." + oc.name()));
            for (int h = 0; h < 24; h++) {
                double startsPerSecond = sum > 0 ? oc.tripsPerDay() * diurnal.get(h) / sum / HOUR : 0;
                onRoad[c][h] = Math.min(1, startsPerSecond * trip);
            }
            speed[c] = v.mean() / HOUR;
        }
        double[][] pair = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                pair[a][b] = zones.meetingRate(speed[a], speed[b], mb.v2vRangeM() / 1000.0);
            }
        }
        ProximityEncounters e = new ProximityEncounters(zones, onRoad, pair, obus.count(),
                d -> zones.zoneOf(obus.homeX(d), obus.homeY(d)), obus::classOf, obus::isActive);
        obus.presence(new ObuLife.Presence() {
            @Override
            public void joined(int d) {
                e.joined(d);
            }

            @Override
            public void left(int d) {
                e.left(d);
            }
        });
        return e;
    }

    /** The zone size a scenario asks for: {@code misbehavior.zoneKm}, or if 0 the fleet's mean trip length. */
    public static double zoneKm(Scenario s) {
        if (s.misbehavior().zoneKm() > 0) {
            return s.misbehavior().zoneKm();
        }
        double km = 0;
        double shares = 0;
        for (ObuClass c : s.fleet().classes()) {
            km += c.share() * c.tripLengthDistribution().mean();
            shares += c.share();
        }
        return shares > 0 && km > 0 ? km / shares : 1;
    }

    /** E[L / v] in seconds, L in km and v in km/h, from 20,000 draws. */
    static double meanTripSeconds(Distribution length, Distribution speed, RandomStream r) {
        double m = 0;
        int samples = 20_000;
        for (int i = 0; i < samples; i++) {
            double v = speed.sample(r);
            double l = length.sample(r);
            m += v > 0 ? l / v * HOUR : 0;
        }
        return m / samples;
    }

    // ---- the fleet's whereabouts

    private void build() {
        if (members != null) {
            return;
        }
        zone = new int[devices];
        slot = new int[devices];
        members = new int[devices];
        int slices = zoneCount * classes;
        sliceStart = new int[slices + 1];
        present = new int[slices];
        int[] key = new int[devices];
        for (int d = 0; d < devices; d++) {
            zone[d] = zoneOfDevice.applyAsInt(d);
            key[d] = zone[d] * classes + classOfDevice.applyAsInt(d);
            sliceStart[key[d] + 1]++;
        }
        for (int i = 0; i < slices; i++) {
            sliceStart[i + 1] += sliceStart[i];
        }
        int[] fill = new int[slices];
        for (int d = 0; d < devices; d++) {
            int i = sliceStart[key[d]] + fill[key[d]]++;
            members[i] = d;
            slot[d] = i;
        }
        for (int d = 0; d < devices; d++) {
            if (active.test(d)) {
                joined(d);
            }
        }
    }

    private int keyOf(int d) {
        return zone[d] * classes + classOfDevice.applyAsInt(d);
    }

    private boolean counted(int d) {
        int k = keyOf(d);
        return slot[d] < sliceStart[k] + present[k];
    }

    /** OBU {@code d} joined the active fleet: it is now on the road in its zone at its class's hours. */
    public void joined(int d) {
        if (members == null || counted(d)) {
            return;
        }
        int k = keyOf(d);
        swap(slot[d], sliceStart[k] + present[k]);
        present[k]++;
    }

    /** OBU {@code d} left the active fleet (retired). */
    public void left(int d) {
        if (members == null || !counted(d)) {
            return;
        }
        int k = keyOf(d);
        present[k]--;
        swap(slot[d], sliceStart[k] + present[k]);
    }

    private void swap(int i, int j) {
        int a = members[i];
        int b = members[j];
        members[i] = b;
        members[j] = a;
        slot[b] = i;
        slot[a] = j;
    }

    /** Active OBUs of class {@code c} homed in zone {@code z}. */
    public int present(int z, int c) {
        build();
        return present[z * classes + c];
    }

    /** The zone of OBU {@code d}. */
    public int zoneOf(int d) {
        build();
        return zone[d];
    }

    // ---- meetings

    /** Meetings per second of OBU {@code d} at simulated second {@code t}; fills {@link #weight} by partner class. */
    public double rate(int d, double t) {
        build();
        int h = (int) ((t / HOUR) % 24);
        int a = classOfDevice.applyAsInt(d);
        int base = zone[d] * classes;
        boolean self = counted(d);
        double total = 0;
        for (int b = 0; b < classes; b++) {
            int others = present[base + b] - (self && b == a ? 1 : 0);
            double w = others > 0 ? pairRate[a][b] * onRoad[b][h] * others : 0;
            weight[b] = w;
            total += w;
        }
        return onRoad[a][h] * total;
    }

    /**
     * The time of OBU {@code d}'s next meeting after {@code now}, by inversion of its hour-by-hour
     * rate (one uniform of {@code r}), counts as they are now; NaN if none falls within
     * {@link #WINDOW} (then look again at its end: by the Poisson property that is exact).
     */
    public double next(int d, double now, RandomStream r) {
        double need = -Math.log1p(-r.nextDouble());
        double t = now;
        double end = now + WINDOW;
        while (t < end) {
            double hourEnd = Math.min(end, (Math.floor(t / HOUR) + 1) * HOUR);
            double rate = rate(d, t);
            double have = rate * (hourEnd - t);
            if (rate > 0 && have >= need) {
                return t + need / rate;
            }
            need -= have;
            t = hourEnd;
        }
        return Double.NaN;
    }

    /**
     * The OBU that {@code d} meets at {@code now}: an active OBU of its zone, other than itself,
     * its class drawn by its share of the meeting rate, then uniformly within the class (uniforms
     * of {@code r}); -1 if nobody of its zone is on the road.
     */
    public int partner(int d, double now, RandomStream r) {
        if (rate(d, now) <= 0) {
            return -1;
        }
        double total = 0;
        for (int b = 0; b < classes; b++) {
            total += weight[b];
        }
        double u = r.nextDouble() * total;
        int b = -1;
        for (int c = 0; c < classes; c++) {
            if (weight[c] > 0) {
                b = c;
                if (u < weight[c]) {
                    break;
                }
                u -= weight[c];
            }
        }
        int k = zone[d] * classes + b;
        boolean self = b == classOfDevice.applyAsInt(d) && counted(d);
        int n = present[k] - (self ? 1 : 0);
        int i = sliceStart[k] + (int) (r.nextDouble() * n);
        if (self && i >= slot[d]) {
            i++;   // skip d itself
        }
        return members[Math.min(i, sliceStart[k] + present[k] - 1)];
    }
}
