package org.scmsim.model.engine;

import java.util.Arrays;

/**
 * The pending-event set: a 4-ary min-heap over primitive arrays, ordered by
 * (time, priority, insertion sequence) so that ties are broken deterministically.
 *
 * <p>Layout, chosen for cache misses rather than instruction counts (a calendar of 10^6 events
 * does not fit in a core's cache):
 * <ul>
 *   <li>A heap entry is two longs side by side in one array: the time as a signed-comparable
 *       long and the order key {@code (priority, sequence)}; its slot is in a parallel int array
 *       read only when the entry moves. The four children of a node are adjacent (64 bytes of
 *       keys), and the root sits at index {@value #ROOT} so that every group of children starts
 *       at a multiple of four.</li>
 *   <li>Cancellation is lazy: {@link #cancel} and {@link #reschedule} only change the slot, and
 *       an entry whose order key no longer matches its slot's is stale and is dropped when it
 *       reaches the root (or when stale entries outnumber half the live ones, by a rebuild). So
 *       no slot-to-position index is written on every move.</li>
 *   <li>{@link #removeMin} leaves the root empty; the next {@link #insert} (an event usually
 *       schedules its successor) fills it with one sift down instead of a sift down and a sift
 *       up.</li>
 * </ul>
 * Every entry's (time, order) is unique, so the firing order does not depend on the heap's shape:
 * it is exactly that of a stable priority queue on (time, priority), whatever was cancelled.
 *
 * <p>Each pending event occupies a <em>slot</em> that holds its handler and payload. An event id
 * packs the slot with a generation counter, so a stale id (of an event already fired or
 * cancelled) is recognised and ignored rather than cancelling an unrelated event that reuses the
 * slot.
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

    /** Heap index of the root; the children of node p are 4p-8 .. 4p-5, its parent (p >> 2) + 2. */
    private static final int ROOT = 3;

    /** Order key of a free slot: never equal to an entry's (those are non-negative). */
    private static final long FREE = -1L;

    // heap, by position p >= ROOT: keys[2p] time key, keys[2p+1] order key, heapSlot[p] slot
    private long[] keys;
    private int[] heapSlot;
    private int end;          // one past the last entry; ROOT when the heap holds nothing
    private boolean hole;     // the root was removed and not yet refilled
    private int stale;        // entries of cancelled or rescheduled events still in the heap
    private int live;         // pending events

    // slots, by slot index s: meta[3s] order key (FREE when free), meta[3s+1] time key,
    // meta[3s+2] generation << 32 | payload
    private long[] meta;
    private Object[] slotHandler;   // EventHandler or Runnable
    private int[] freeSlots;
    private int freeCount;
    private int slotsUsed;

    private long sequence;

    // the event most recently removed by removeMin
    private double lastTime;
    private Object lastHandler;
    private int lastPayload;

    public EventCalendar() {
        this(1024);
    }

    public EventCalendar(int initialCapacity) {
        int c = Math.max(16, initialCapacity);
        keys = new long[2 * (c + ROOT)];
        heapSlot = new int[c + ROOT];
        end = ROOT;
        meta = new long[3 * c];
        slotHandler = new Object[c];
        freeSlots = new int[c];
    }

    /** Pending events (cancelled ones excluded). */
    public int size() {
        return live;
    }

    public boolean isEmpty() {
        return live == 0;
    }

    /** Time of the earliest pending event; {@code +Infinity} when empty. */
    public double peekTime() {
        if (live == 0) {
            return Double.POSITIVE_INFINITY;
        }
        settle();
        return timeOfKey(keys[2 * ROOT]);
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
        long order = ((long) (priority - MIN_PRIORITY) << SEQ_BITS) | (sequence++ & SEQ_MASK);
        long key = keyOf(time);
        int m = 3 * slot;
        long gen = meta[m + 2] & 0xFFFF_FFFF_0000_0000L;
        meta[m] = order;
        meta[m + 1] = key;
        meta[m + 2] = gen | (payload & 0xFFFF_FFFFL);
        slotHandler[slot] = handler;
        live++;
        push(key, order, slot);
        return gen | slot;
    }

    /** Removes a pending event. Returns false when the id is stale or {@link #NONE}. */
    public boolean cancel(long id) {
        int slot = liveSlot(id);
        if (slot < 0) {
            return false;
        }
        freeSlot(slot);
        live--;
        entryWentStale();
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
        int m = 3 * slot;
        long order = (meta[m] & ~SEQ_MASK) | (sequence++ & SEQ_MASK);
        long key = keyOf(newTime);
        meta[m] = order;
        meta[m + 1] = key;
        push(key, order, slot);
        entryWentStale();
        return true;
    }

    /** True while the event is pending (not yet fired nor cancelled). */
    public boolean isPending(long id) {
        return liveSlot(id) >= 0;
    }

    /** Time at which a pending event fires, or NaN when the id is stale. */
    public double timeOf(long id) {
        int slot = liveSlot(id);
        return slot < 0 ? Double.NaN : timeOfKey(meta[3 * slot + 1]);
    }

    /**
     * Removes the earliest event and keeps its time, handler and payload for
     * {@link #lastTime()}, {@link #lastHandler()}, {@link #lastPayload()}.
     */
    void removeMin() {
        if (live == 0) {
            throw new IllegalStateException("calendar is empty");
        }
        settle();
        int slot = heapSlot[ROOT];
        lastTime = timeOfKey(keys[2 * ROOT]);
        lastHandler = slotHandler[slot];
        lastPayload = (int) meta[3 * slot + 2];
        freeSlot(slot);
        live--;
        hole = true;
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
        for (int p = hole ? ROOT + 1 : ROOT; p < end; p++) {
            int slot = heapSlot[p];
            if (meta[3 * slot] == keys[2 * p + 1]) {
                freeSlot(slot);
            }
        }
        live = 0;
        emptyHeap();
        lastHandler = null;
    }

    // ---- keys

    /** The time as a long whose signed order is the time's order (-0.0 taken as 0.0). */
    private static long keyOf(double time) {
        long bits = Double.doubleToRawLongBits(time + 0.0);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    private static double timeOfKey(long key) {
        return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
    }

    // ---- slots

    private int liveSlot(long id) {
        int slot = (int) id;
        if (id == NONE || slot < 0 || slot >= slotsUsed) {
            return -1;
        }
        int m = 3 * slot;
        if (meta[m] == FREE || (meta[m + 2] >>> 32) != (id >>> 32)) {
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
        meta[3 * slot + 2] = 1L << 32;   // generation 0 is never used: keeps NONE distinct
        return slot;
    }

    private void freeSlot(int slot) {
        int m = 3 * slot;
        meta[m] = FREE;
        long g = (meta[m + 2] >>> 32) + 1;
        meta[m + 2] = (g > 0xFFFF_FFFFL ? 1L : g) << 32;
        slotHandler[slot] = null;
        freeSlots[freeCount++] = slot;
    }

    private void growSlots() {
        int c = slotHandler.length * 2;
        slotHandler = Arrays.copyOf(slotHandler, c);
        meta = Arrays.copyOf(meta, 3 * c);
        freeSlots = Arrays.copyOf(freeSlots, c);
    }

    // ---- heap

    private void push(long key, long order, int slot) {
        if (hole) {
            hole = false;
            siftDown(ROOT, key, order, slot);
            return;
        }
        if (end == heapSlot.length) {
            growHeap();
        }
        siftUp(end++, key, order, slot);
    }

    /** Fills a removed root and drops stale entries from the top, so the root is the next event. */
    private void settle() {
        while (true) {
            if (hole) {
                hole = false;
                int last = --end;
                if (last > ROOT) {
                    siftDown(ROOT, keys[2 * last], keys[2 * last + 1], heapSlot[last]);
                }
            }
            if (end == ROOT || meta[3 * heapSlot[ROOT]] == keys[2 * ROOT + 1]) {
                return;
            }
            stale--;
            hole = true;
        }
    }

    private void entryWentStale() {
        stale++;
        if (live == 0) {
            emptyHeap();
        } else if (stale > 64 && stale > live >> 1) {
            rebuild();
        }
    }

    private void emptyHeap() {
        end = ROOT;
        hole = false;
        stale = 0;
    }

    /** Drops every stale entry and heapifies what is left (Floyd, bottom up). */
    private void rebuild() {
        long[] k = keys;
        int[] hs = heapSlot;
        int w = ROOT;
        for (int p = hole ? ROOT + 1 : ROOT; p < end; p++) {
            int slot = hs[p];
            long order = k[2 * p + 1];
            if (meta[3 * slot] == order) {
                k[2 * w] = k[2 * p];
                k[2 * w + 1] = order;
                hs[w] = slot;
                w++;
            }
        }
        end = w;
        hole = false;
        stale = 0;
        if (w - 1 > ROOT) {
            for (int p = ((w - 1) >> 2) + 2; p >= ROOT; p--) {
                siftDown(p, k[2 * p], k[2 * p + 1], hs[p]);
            }
        }
    }

    private void siftUp(int p, long key, long order, int slot) {
        long[] k = keys;
        int[] hs = heapSlot;
        while (p > ROOT) {
            int q = (p >> 2) + 2;
            long qk = k[2 * q];
            long qo = k[2 * q + 1];
            if (key > qk || (key == qk && order > qo)) {
                break;
            }
            k[2 * p] = qk;
            k[2 * p + 1] = qo;
            hs[p] = hs[q];
            p = q;
        }
        k[2 * p] = key;
        k[2 * p + 1] = order;
        hs[p] = slot;
    }

    private void siftDown(int p, long key, long order, int slot) {
        long[] k = keys;
        int[] hs = heapSlot;
        int n = end;
        while (true) {
            int c = 4 * p - 8;
            if (c >= n) {
                break;
            }
            int best = c;
            long bk = k[2 * c];
            long bo = k[2 * c + 1];
            int last = Math.min(c + 4, n);
            for (int j = c + 1; j < last; j++) {
                long jk = k[2 * j];
                long jo = k[2 * j + 1];
                if (jk < bk || (jk == bk && jo < bo)) {
                    best = j;
                    bk = jk;
                    bo = jo;
                }
            }
            if (key < bk || (key == bk && order < bo)) {
                break;
            }
            k[2 * p] = bk;
            k[2 * p + 1] = bo;
            hs[p] = hs[best];
            p = best;
        }
        k[2 * p] = key;
        k[2 * p + 1] = order;
        hs[p] = slot;
    }

    private void growHeap() {
        int c = heapSlot.length * 2;
        keys = Arrays.copyOf(keys, 2 * c);
        heapSlot = Arrays.copyOf(heapSlot, c);
    }
}
