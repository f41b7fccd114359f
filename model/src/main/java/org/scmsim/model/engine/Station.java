package org.scmsim.model.engine;

import java.util.Arrays;
import org.scmsim.model.stats.Tally;
import org.scmsim.model.stats.TimeWeighted;

/**
 * A service station: {@code c} identical servers in front of one FIFO queue of int jobs. The
 * caller gives each job's service time and is told when it departs. Jobs are plain ints (an
 * index into the caller's own arrays), so the station allocates nothing per job.
 *
 * <p>A station can be taken down (no new service starts; jobs in service complete) and brought
 * back, and its number of servers can change while it runs.
 */
public final class Station {

    /** Service time of a job, drawn when its service starts. */
    @FunctionalInterface
    public interface ServiceTime {
        double of(int job);
    }

    /** Called when a job leaves the station, with its time in the station (queue + service). */
    @FunctionalInterface
    public interface Departure {
        void depart(int job, double sojourn);
    }

    private final Simulation sim;
    private final String name;
    private final ServiceTime serviceTime;
    private final Departure departure;
    private final EventHandler serviceEnd = this::serviceEnd;

    private int servers;
    private boolean up = true;

    // FIFO queue as a ring buffer
    private int[] queueJob = new int[64];
    private double[] queueArrival = new double[64];
    private int queueHead;
    private int queueSize;

    // servers
    private int[] serverJob = new int[0];
    private double[] serverArrival = new double[0];
    private int[] idle = new int[0];   // stack of idle server indices
    private int idleCount;
    private int busy;
    private int retiring;             // busy servers to remove when they finish

    private final Tally waits = new Tally();
    private final TimeWeighted queueLength;
    private final TimeWeighted busyServers;
    private long arrivals;
    private long departures;

    public Station(Simulation sim, String name, int servers, ServiceTime serviceTime, Departure departure) {
        if (servers < 1) {
            throw new IllegalArgumentException(name + ": servers must be >= 1: " + servers);
        }
        this.sim = sim;
        this.name = name;
        this.serviceTime = serviceTime;
        this.departure = departure;
        this.queueLength = new TimeWeighted(sim.now(), 0);
        this.busyServers = new TimeWeighted(sim.now(), 0);
        addServers(servers);
    }

    public String name() {
        return name;
    }

    /** A job arrives now. */
    public void arrive(int job) {
        arrivals++;
        if (up && idleCount > 0) {
            start(idle[--idleCount], job, sim.now());
        } else {
            enqueue(job, sim.now());
        }
    }

    /** Takes the station down (false) or brings it back (true). */
    public void setUp(boolean available) {
        if (available == up) {
            return;
        }
        up = available;
        if (up) {
            fillIdleServers();
        }
    }

    public boolean isUp() {
        return up;
    }

    /** Changes the number of servers; busy servers above the new count finish their job first. */
    public void setServers(int count) {
        if (count < 1) {
            throw new IllegalArgumentException(name + ": servers must be >= 1: " + count);
        }
        int effective = servers - retiring;
        if (count > effective) {
            int more = count - effective;
            int cancelRetire = Math.min(more, retiring);
            retiring -= cancelRetire;
            more -= cancelRetire;
            if (more > 0) {
                addServers(more);
            }
            if (up) {
                fillIdleServers();
            }
        } else {
            int fewer = effective - count;
            // idle ones go at once, busy ones when they finish
            while (fewer > 0 && idleCount > 0) {
                idleCount--;
                servers--;
                fewer--;
            }
            retiring += fewer;
        }
    }

    public int servers() {
        return servers - retiring;
    }

    public int busy() {
        return busy;
    }

    public int queueSize() {
        return queueSize;
    }

    public long arrivals() {
        return arrivals;
    }

    public long departures() {
        return departures;
    }

    /** Waiting times in queue of jobs that have started service. */
    public Tally waits() {
        return waits;
    }

    public TimeWeighted queueLength() {
        return queueLength;
    }

    public TimeWeighted busyServers() {
        return busyServers;
    }

    /** Time-average fraction of servers busy since the statistics' start. */
    public double utilisation(double now) {
        return busyServers.mean(now) / servers();
    }

    // ---- internals

    private void start(int server, int job, double arrivedAt) {
        serverJob[server] = job;
        serverArrival[server] = arrivedAt;
        busy++;
        busyServers.update(sim.now(), busy);
        waits.add(sim.now() - arrivedAt);
        sim.after(serviceTime.of(job), serviceEnd, server);
    }

    private void serviceEnd(int server) {
        int job = serverJob[server];
        double sojourn = sim.now() - serverArrival[server];
        busy--;
        busyServers.update(sim.now(), busy);
        departures++;
        if (retiring > 0) {
            retiring--;
            servers--;   // this server index is simply not reused
        } else if (up && queueSize > 0) {
            int next = queueJob[queueHead];
            double arrived = queueArrival[queueHead];
            dequeue();
            start(server, next, arrived);
        } else {
            idle[idleCount++] = server;
        }
        departure.depart(job, sojourn);
    }

    private void fillIdleServers() {
        while (idleCount > 0 && queueSize > 0) {
            int next = queueJob[queueHead];
            double arrived = queueArrival[queueHead];
            dequeue();
            start(idle[--idleCount], next, arrived);
        }
    }

    private void addServers(int more) {
        int total = serverJob.length + more;
        int oldLength = serverJob.length;
        serverJob = Arrays.copyOf(serverJob, total);
        serverArrival = Arrays.copyOf(serverArrival, total);
        idle = Arrays.copyOf(idle, total);
        // push in reverse so the lowest index is used first
        for (int s = total - 1; s >= oldLength; s--) {
            idle[idleCount++] = s;
        }
        servers += more;
    }

    private void enqueue(int job, double at) {
        if (queueSize == queueJob.length) {
            int c = queueJob.length * 2;
            int[] nj = new int[c];
            double[] na = new double[c];
            for (int k = 0; k < queueSize; k++) {
                int idx = (queueHead + k) % queueJob.length;
                nj[k] = queueJob[idx];
                na[k] = queueArrival[idx];
            }
            queueJob = nj;
            queueArrival = na;
            queueHead = 0;
        }
        int tail = (queueHead + queueSize) % queueJob.length;
        queueJob[tail] = job;
        queueArrival[tail] = at;
        queueSize++;
        queueLength.update(sim.now(), queueSize);
    }

    private void dequeue() {
        queueHead = (queueHead + 1) % queueJob.length;
        queueSize--;
        queueLength.update(sim.now(), queueSize);
    }
}
