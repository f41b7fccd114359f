package org.scmsim.model.scms;

import java.util.Arrays;

/**
 * The SCMS requests in flight, as parallel primitive arrays indexed by request id; ids are
 * recycled when a request completes, so a run allocates only while the number in flight grows.
 */
final class Requests {

    private byte[] kind = new byte[1024];
    private int[] device = new int[1024];
    private int[] certs = new int[1024];
    private int[] first = new int[1024];
    private int[] last = new int[1024];
    private double[] submitted = new double[1024];
    private double[] work = new double[1024];
    private double[] arrived = new double[1024];
    private byte[] forks = new byte[1024];
    private byte[] at = new byte[1024];
    private int[] free = new int[1024];
    private int freeCount;
    private int used;
    private int inFlight;

    int open(RequestKind k, int dev, int certificates, int firstWeek, int lastWeek, double now) {
        int r;
        if (freeCount > 0) {
            r = free[--freeCount];
        } else {
            if (used == kind.length) {
                grow();
            }
            r = used++;
        }
        kind[r] = (byte) k.ordinal();
        device[r] = dev;
        certs[r] = certificates;
        first[r] = firstWeek;
        last[r] = lastWeek;
        submitted[r] = now;
        work[r] = 0;
        forks[r] = 0;
        inFlight++;
        return r;
    }

    void close(int r) {
        free[freeCount++] = r;
        inFlight--;
    }

    int inFlight() {
        return inFlight;
    }

    RequestKind kind(int r) {
        return RequestKind.VALUES[kind[r]];
    }

    int device(int r) {
        return device[r];
    }

    int certs(int r) {
        return certs[r];
    }

    int first(int r) {
        return first[r];
    }

    int last(int r) {
        return last[r];
    }

    double submitted(int r) {
        return submitted[r];
    }

    double work(int r) {
        return work[r];
    }

    void setWork(int r, double seconds) {
        work[r] = seconds;
    }

    /** When the request arrived at its current component. */
    double arrived(int r) {
        return arrived[r];
    }

    void setArrived(int r, double t) {
        arrived[r] = t;
    }

    ComponentId at(int r) {
        return ComponentId.VALUES[at[r]];
    }

    void setAt(int r, ComponentId c) {
        at[r] = (byte) c.ordinal();
    }

    void setForks(int r, int n) {
        forks[r] = (byte) n;
    }

    /** One branch of a fork finished; true when it was the last. */
    boolean joinFork(int r) {
        return --forks[r] == 0;
    }

    private void grow() {
        int n = kind.length * 2;
        kind = Arrays.copyOf(kind, n);
        device = Arrays.copyOf(device, n);
        certs = Arrays.copyOf(certs, n);
        first = Arrays.copyOf(first, n);
        last = Arrays.copyOf(last, n);
        submitted = Arrays.copyOf(submitted, n);
        work = Arrays.copyOf(work, n);
        arrived = Arrays.copyOf(arrived, n);
        forks = Arrays.copyOf(forks, n);
        at = Arrays.copyOf(at, n);
        free = Arrays.copyOf(free, n);
    }
}
