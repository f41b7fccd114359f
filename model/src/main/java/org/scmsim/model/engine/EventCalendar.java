package org.scmsim.model.engine;

import java.util.Arrays;

/**
 * The pending-event set: a 4-ary min-heap over primitive arrays, ordered by
 * (time, priority, insertion sequence) so that ties are broken deterministically.
 *
 * <p>Each pending event occupies a <em>slot</em> that holds its handler and payload; the heap
 * itself only moves (time, order key, slot) triples. An event id packs the slot with a
 * generation counter, so a stale id (of an event already fired or cancelled) is recognised and
 * ignored rather than cancelling an unrelated event that reuses the slot.
 *
 * <p>Not thread-safe: one calendar belongs to one {@link Simulation}.
 */
public final class EventCalendar {

    /** An id that never names an event; returned nowhere, accepted everywhere as "none". */
    public static final long NONE = 0L;

    /** Lowest and highest priority accepted (lower fires first at equal times). */
    public static final int MIN_PRIORITY = -(1 << 15);
    public static final int MAX_PRIORITY = (1 << 15) - 1;

    private static final int SEQ_BITS = 47;
    private static final long SEQ_MASK = (1L << SEQ_BITS) - 1;

    // heap, by position
    private double[] heapTime;
    private long[] heapOrder;   // (priority + 2^15) << 47 | sequence: non-negative, so signed compare works
    private int[] heapSlot;
    private int size;

    // slots, by slot index
    private Object[] slotHandler;  // EventHandler or Runnable
    private int[] slotPayload;
    private int[] slotPos;         // heap position, -1 when free
    private int[] slotGen;
    private int[] freeSlots;
    private int freeCount;
    private int slotsUsed;

    private long sequence;

    // the event most recently removed by pollInto / removeMin
    private double lastTime;
    private Object lastHandler;
    private int lastPayload;

    public EventCalendar() {
        this(1024);
    }

    public EventCalendar(int initialCapacity) {
        int c = Math.max(16, initialCapacity);
        heapTime = new double[c];
        heapOrder = new long[c];
        heapSlot = new int[c];
        slotHandler = new Object[c];
        slotPayload = new int[c];
        slotPos = new int[c];
        slotGen = new int[c];
        freeSlots = new int[c];
        Arrays.fill(slotPos, -1);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Time of the earliest pending event; {@code +Infinity} when empty. */
    public double peekTime() {
        return size == 0 ? Double.POSITIVE_INFINITY : heapTime[0];
    }

    /**
     * Adds an event. {@code handler} is an {@link EventHandler} or a {@link Runnable}.
     *
     * @return the event id, for {@link #cancel} and {@link #reschedule}
     */
    long insert(double time, int priority, Object handler, int payload) {
        if (Double.isNaN(time)) {
            throw new IllegalArgumentException("event time is NaN");
        }
        if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
            throw new IllegalArgumentException("priority out of range: " + priority);
        }
        int slot = allocateSlot();
        slotHandler[slot] = handler;
        slotPayload[slot] = payload;
        if (size == heapTime.length) {
            growHeap();
        }
        long order = ((long) (priority - MIN_PRIORITY) << SEQ_BITS) | (sequence++ & SEQ_MASK);
        int i = size++;
        siftUp(i, time, order, slot);
        return ((long) slotGen[slot] << 32) | slot;
    }

    /** Removes a pending event. Returns false when the id is stale or {@link #NONE}. */
    public boolean cancel(long id) {
        int slot = liveSlot(id);
        if (slot < 0) {
            return false;
        }
        removeAt(slotPos[slot]);
        freeSlot(slot);
        return true;
    }

    /**
     * Moves a pending event to a new time, keeping its handler and payload. It is ordered as if
     * scheduled now (a fresh sequence number), at its original priority.
     *
     * @return false when the id is stale
     */
    public boolean reschedule(long id, double newTime) {
        if (Double.isNaN(newTime)) {
            throw new IllegalArgumentException("event time is NaN");
        }
        int slot = liveSlot(id);
        if (slot < 0) {
            return false;
        }
        int pos = slotPos[slot];
        long priorityBits = heapOrder[pos] & ~SEQ_MASK;
        long order = priorityBits | (sequence++ & SEQ_MASK);
        removeAt(pos);
        int i = size++;
        siftUp(i, newTime, order, slot);
        return true;
    }

    /** True while the event is pending (not yet fired nor cancelled). */
    public boolean isPending(long id) {
        return liveSlot(id) >= 0;
    }

    /** Time at which a pending event fires, or NaN when the id is stale. */
    public double timeOf(long id) {
        int slot = liveSlot(id);
        return slot < 0 ? Double.NaN : heapTime[slotPos[slot]];
    }

    /**
     * Removes the earliest event and keeps its time, handler and payload for
     * {@link #lastTime()}, {@link #lastHandler()}, {@link #lastPayload()}.
     */
    void removeMin() {
        if (size == 0) {
            throw new IllegalStateException("calendar is empty");
        }
        int slot = heapSlot[0];
        lastTime = heapTime[0];
        lastHandler = slotHandler[slot];
        lastPayload = slotPayload[slot];
        removeAt(0);
        freeSlot(slot);
    }

    double lastTime() {
        return lastTime;
    }

    Object lastHandler() {
        return lastHandler;
    }

    int lastPayload() {
        return lastPayload;
    }

    /** Drops every pending event. */
    public void clear() {
        for (int i = 0; i < size; i++) {
            freeSlot(heapSlot[i]);
        }
        size = 0;
        lastHandler = null;
    }

    // ---- internals

    private int liveSlot(long id) {
        int slot = (int) id;
        int gen = (int) (id >>> 32);
        if (id == NONE || slot < 0 || slot >= slotsUsed || slotPos[slot] < 0 || slotGen[slot] != gen) {
            return -1;
        }
        return slot;
    }

    private int allocateSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsUsed == slotHandler.length) {
            growSlots();
        }
        int slot = slotsUsed++;
        slotGen[slot] = 1;
        return slot;
    }

    private void freeSlot(int slot) {
        slotHandler[slot] = null;
        slotPos[slot] = -1;
        int g = slotGen[slot] + 1;
        slotGen[slot] = g == 0 ? 1 : g;   // generation 0 never used: keeps NONE distinct
        freeSlots[freeCount++] = slot;
    }

    /** Removes the heap entry at position pos, restoring the heap property. */
    private void removeAt(int pos) {
        int last = --size;
        if (pos == last) {
            return;
        }
        double t = heapTime[last];
        long o = heapOrder[last];
        int s = heapSlot[last];
        if (pos > 0 && less(t, o, heapTime[(pos - 1) >>> 2], heapOrder[(pos - 1) >>> 2])) {
            siftUp(pos, t, o, s);
        } else {
            siftDown(pos, t, o, s);
        }
    }

    private static boolean less(double t1, long o1, double t2, long o2) {
        return t1 < t2 || (t1 == t2 && o1 < o2);
    }

    private void siftUp(int i, double t, long o, int s) {
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            double pt = heapTime[parent];
            long po = heapOrder[parent];
            if (!less(t, o, pt, po)) {
                break;
            }
            place(i, pt, po, heapSlot[parent]);
            i = parent;
        }
        place(i, t, o, s);
    }

    private void siftDown(int i, double t, long o, int s) {
        int n = size;
        while (true) {
            int first = (i << 2) + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            double bt = heapTime[first];
            long bo = heapOrder[first];
            int end = Math.min(first + 4, n);
            for (int c = first + 1; c < end; c++) {
                double ct = heapTime[c];
                long co = heapOrder[c];
                if (less(ct, co, bt, bo)) {
                    best = c;
                    bt = ct;
                    bo = co;
                }
            }
            if (!less(bt, bo, t, o)) {
                break;
            }
            place(i, bt, bo, heapSlot[best]);
            i = best;
        }
        place(i, t, o, s);
    }

    private void place(int i, double t, long o, int s) {
        heapTime[i] = t;
        heapOrder[i] = o;
        heapSlot[i] = s;
        slotPos[s] = i;
    }

    private void growHeap() {
        int c = heapTime.length * 2;
        heapTime = Arrays.copyOf(heapTime, c);
        heapOrder = Arrays.copyOf(heapOrder, c);
        heapSlot = Arrays.copyOf(heapSlot, c);
    }

    private void growSlots() {
        int old = slotHandler.length;
        int c = old * 2;
        slotHandler = Arrays.copyOf(slotHandler, c);
        slotPayload = Arrays.copyOf(slotPayload, c);
        slotPos = Arrays.copyOf(slotPos, c);
        Arrays.fill(slotPos, old, c, -1);
        slotGen = Arrays.copyOf(slotGen, c);
        freeSlots = Arrays.copyOf(freeSlots, c);
    }
}
