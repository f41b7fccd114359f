package org.scmsim.model.engine;

import java.util.Arrays;

/**
 * The pending-event set, ordered by (time, priority, insertion sequence) so that ties are broken
 * deterministically: a 4-ary min-heap of primitive longs for the near future, and an unsorted
 * list for the events at or after a split time.
 *
 * <p>The layout is chosen for cache misses rather than instruction counts, since a calendar of
 * 10^6 events does not fit in a core's cache:
 * <ul>
 *   <li>The heap holds only the events before the split time; later ones are appended to an
 *       unsorted list (a sequential write). When the heap runs empty, a refill moves about the
 *       earliest sixteenth of the list into it (one sequential pass, with a split time chosen from
 *       an evenly spaced sample) and heapifies it; when the heap outgrows twice its size after
 *       the last refill (and {@code 2^13} entries), its later half spills back to the list. So the
 *       heap stays small enough for the cache, and most inserts do not touch it at all.</li>
 *   <li>A heap entry is one long: the high bits of the time (as a signed-comparable long) above
 *       the event's slot number. Comparing two entries is comparing two longs; only when their
 *       time bits are equal does the comparison read the full time and the (priority, sequence)
 *       order key from the slots. The comparison is therefore exact. The four children of a node
 *       are adjacent (32 bytes), and the root sits at index {@value #ROOT} so that every group of
 *       children starts at a multiple of four.</li>
 *   <li>Cancellation is lazy: {@link #cancel} and {@link #reschedule} only mark the slot, and a
 *       marked entry is dropped when it reaches the root (or, when stale entries outnumber half
 *       the live ones, by a rebuild). So nothing is written outside the heap when entries move.
 *       A rescheduled event moves to a fresh slot; its id keeps naming it through the old slot.</li>
 *   <li>{@link #removeMin} leaves the root empty; the next {@link #insert} (an event usually
 *       schedules its successor) fills it with one sift down instead of a sift down and a sift
 *       up.</li>
 * </ul>
 * Every pending event has a unique (time, priority, sequence), so the firing order does not
 * depend on the heap's shape: it is exactly that of a stable priority queue on (time, priority).
 *
 * <p>An event id packs its slot with a generation counter, so a stale id (of an event already
 * fired or cancelled) is recognised and ignored rather than cancelling an unrelated event that
 * reuses the slot.
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
    private static final long LOW = 0xFFFF_FFFFL;

    /** Heap index of the root; the children of node p are 4p-8 .. 4p-5, its parent (p >> 2) + 2. */
    private static final int ROOT = 3;

    /** A refill moves about this share (1/n) of {@code later} into the heap. */
    private static final int REFILL_SHARE = 16;
    /** Entries sampled to choose a split time. */
    private static final int SAMPLE = 256;

    // slot state: flags in the high half of meta[4s+3], a slot number (the link) in the low half
    /** The slot's entry is in the heap. */
    private static final long ENTRY = 1L << 32;
    /** ... and is stale: its event was cancelled, or moved to another slot. */
    private static final long DEAD = 1L << 33;
    /** An id names this slot (with the current generation): its event is pending. */
    private static final long HANDLE = 1L << 34;
    /** A handle whose event now lives in the slot at link (after a reschedule). */
    private static final long MOVED = 1L << 35;
    /** An entry whose event's id names the slot at link (after a reschedule). */
    private static final long OWNED = 1L << 36;

    // heap of packed entries at ROOT .. end-1: (time key & ~slotMask) | slot
    private long[] heap;
    private int end;          // one past the last entry; ROOT when the heap holds nothing
    private boolean hole;     // the root was removed and not yet refilled
    private int stale;        // DEAD entries still in the heap or in `later`
    private int live;         // pending events

    // entries at or after `split` (a time key) wait unsorted in `later`; the heap holds the others
    private long[] later;
    private int laterSize;
    private long split = Long.MAX_VALUE;
    private final int spillMin;      // the heap never spills into `later` below this many entries
    private final int refillAll;     // a refill moves all of `later` when it holds at most this many
    private int spillAt;
    private final long[] sample = new long[SAMPLE];

    // slots, by slot number s: meta[4s] time key, meta[4s+1] order key (priority, sequence),
    // meta[4s+2] generation << 32 | payload, meta[4s+3] flags | link
    private long[] meta;
    private Object[] handlers;   // EventHandler or Runnable
    private int[] freeSlots;
    private int freeCount;
    private int slotsUsed;
    private long slotMask;       // slot capacity - 1 (a power of two)

    private long sequence;

    // the event most recently removed by removeMin
    private double lastTime;
    private Object lastHandler;
    private int lastPayload;

    public EventCalendar() {
        this(1024);
    }

    public EventCalendar(int initialCapacity) {
        this(initialCapacity, 1 << 13, 1 << 10);
    }

    /** For tests: a heap that spills into {@code later} from {@code spillMin} entries. */
    EventCalendar(int initialCapacity, int spillMin, int refillAll) {
        if (spillMin < 1 || refillAll < 0) {
            throw new IllegalArgumentException("spillMin " + spillMin + ", refillAll " + refillAll);
        }
        this.spillMin = spillMin;
        this.refillAll = refillAll;
        this.spillAt = spillMin;
        int c = Integer.highestOneBit(Math.max(16, Math.min(initialCapacity, 1 << 30)) - 1) << 1;
        heap = new long[c + ROOT];
        later = new long[c];
        end = ROOT;
        meta = new long[4 * c];
        handlers = new Object[c];
        freeSlots = new int[c];
        slotMask = c - 1;
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
        return timeOfKey(meta[4 * (int) (heap[ROOT] & slotMask)]);
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
        int s = allocateSlot();
        int m = 4 * s;
        long key = keyOf(time);
        long gen = meta[m + 2] & ~LOW;
        meta[m] = key;
        meta[m + 1] = ((long) (priority - MIN_PRIORITY) << SEQ_BITS) | (sequence++ & SEQ_MASK);
        meta[m + 2] = gen | (payload & LOW);
        meta[m + 3] = ENTRY | HANDLE | s;
        handlers[s] = handler;
        live++;
        enqueue(key, (key & ~slotMask) | s);
        return gen | s;
    }

    /** Removes a pending event. Returns false when the id is stale or {@link #NONE}. */
    public boolean cancel(long id) {
        int h = handleOf(id);
        if (h < 0) {
            return false;
        }
        kill(target(h), h);
        releaseHandle(h);
        live--;
        afterKill();
        return true;
    }

    /**
     * Moves a pending event to a new time, keeping its handler, payload and id. It is ordered as
     * if scheduled now (a fresh sequence number), at its original priority.
     *
     * @return false when the id is stale
     */
    public boolean reschedule(long id, double newTime) {
        if (Double.isNaN(newTime)) {
            throw new IllegalArgumentException("event time is NaN");
        }
        int h = handleOf(id);
        if (h < 0) {
            return false;
        }
        int n = allocateSlot();
        int t = target(h);
        int mn = 4 * n;
        int mt = 4 * t;
        long key = keyOf(newTime);
        meta[mn] = key;
        meta[mn + 1] = (meta[mt + 1] & ~SEQ_MASK) | (sequence++ & SEQ_MASK);
        meta[mn + 2] = (meta[mn + 2] & ~LOW) | (meta[mt + 2] & LOW);
        meta[mn + 3] = ENTRY | OWNED | h;
        handlers[n] = handlers[t];
        kill(t, h);
        meta[4 * h + 3] = (meta[4 * h + 3] & (ENTRY | DEAD)) | HANDLE | MOVED | n;
        enqueue(key, (key & ~slotMask) | n);
        afterKill();
        return true;
    }

    /** True while the event is pending (not yet fired nor cancelled). */
    public boolean isPending(long id) {
        return handleOf(id) >= 0;
    }

    /** Time at which a pending event fires, or NaN when the id is stale. */
    public double timeOf(long id) {
        int h = handleOf(id);
        return h < 0 ? Double.NaN : timeOfKey(meta[4 * target(h)]);
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
        int s = (int) (heap[ROOT] & slotMask);
        int m = 4 * s;
        lastTime = timeOfKey(meta[m]);
        lastHandler = handlers[s];
        lastPayload = (int) meta[m + 2];
        retire(s);
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
            int s = (int) (heap[p] & slotMask);
            if ((meta[4 * s + 3] & DEAD) != 0) {
                dropDead(s);
            } else {
                retire(s);
            }
        }
        for (int i = 0; i < laterSize; i++) {
            int s = (int) (later[i] & slotMask);
            if ((meta[4 * s + 3] & DEAD) != 0) {
                dropDead(s);
            } else {
                retire(s);
            }
        }
        live = 0;
        end = ROOT;
        hole = false;
        stale = 0;
        laterSize = 0;
        split = Long.MAX_VALUE;
        spillAt = spillMin;
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

    /** Entries of equal time bits: compare full time, then (priority, sequence). */
    private boolean tieLess(long a, long b) {
        int ma = 4 * (int) (a & slotMask);
        int mb = 4 * (int) (b & slotMask);
        long ka = meta[ma];
        long kb = meta[mb];
        return ka < kb || (ka == kb && meta[ma + 1] < meta[mb + 1]);
    }

    // ---- slots

    /** The slot an id names while its event is pending, else -1. */
    private int handleOf(long id) {
        int s = (int) id;
        if (id == NONE || s < 0 || s >= slotsUsed) {
            return -1;
        }
        int m = 4 * s;
        if ((meta[m + 3] & HANDLE) == 0 || (meta[m + 2] >>> 32) != (id >>> 32)) {
            return -1;
        }
        return s;
    }

    /** The slot holding the pending event of handle h. */
    private int target(int h) {
        long f = meta[4 * h + 3];
        return (f & MOVED) != 0 ? (int) f : h;
    }

    /** Marks the live entry of slot t (the event of handle h) stale. */
    private void kill(int t, int h) {
        int m = 4 * t + 3;
        meta[m] = t == h ? meta[m] | DEAD : ENTRY | DEAD;
        handlers[t] = null;
        stale++;
    }

    private void afterKill() {
        if (stale > 64 && stale > live >> 1) {
            rebuild();
        }
    }

    /** A live entry left the heap: its event fired or was dropped. Frees its slot and handle. */
    private void retire(int s) {
        long f = meta[4 * s + 3];
        if ((f & OWNED) != 0) {
            free(s);
            releaseHandle((int) f);
        } else {
            meta[4 * s + 3] = f & ~ENTRY;
            releaseHandle(s);
        }
    }

    /** A stale entry left the heap. */
    private void dropDead(int s) {
        long f = meta[4 * s + 3] & ~(ENTRY | DEAD);
        meta[4 * s + 3] = f;
        if ((f & HANDLE) == 0) {
            free(s);
        }
    }

    /** The event of handle h fired or was cancelled: its ids go stale. */
    private void releaseHandle(int h) {
        int m = 4 * h;
        long g = (meta[m + 2] >>> 32) + 1;
        meta[m + 2] = (g > LOW ? 1L : g) << 32;   // generation 0 is never used: keeps NONE distinct
        long f = meta[m + 3] & ~(HANDLE | MOVED);
        meta[m + 3] = f;
        if ((f & ENTRY) == 0) {
            free(h);
        }
    }

    private int allocateSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsUsed == handlers.length) {
            growSlots();
        }
        int s = slotsUsed++;
        meta[4 * s + 2] = 1L << 32;
        return s;
    }

    private void free(int s) {
        meta[4 * s + 3] = 0;
        handlers[s] = null;
        freeSlots[freeCount++] = s;
    }

    /** Doubles the slots; heap entries keep one time bit fewer (the order stays exact). */
    private void growSlots() {
        int c = handlers.length * 2;
        if (c < 0) {
            throw new IllegalStateException("more than 2^30 pending events");
        }
        handlers = Arrays.copyOf(handlers, c);
        meta = Arrays.copyOf(meta, 4 * c);
        freeSlots = Arrays.copyOf(freeSlots, c);
        long old = slotMask;
        slotMask = c - 1;
        for (int p = hole ? ROOT + 1 : ROOT; p < end; p++) {
            int s = (int) (heap[p] & old);
            heap[p] = (meta[4 * s] & ~slotMask) | s;
        }
        for (int i = 0; i < laterSize; i++) {
            int s = (int) (later[i] & old);
            later[i] = (meta[4 * s] & ~slotMask) | s;
        }
    }

    // ---- heap

    /** Adds entry x of time key `key` to the heap or, when at or after the split, to `later`. */
    private void enqueue(long key, long x) {
        if (key >= split) {
            if (laterSize == later.length) {
                later = Arrays.copyOf(later, 2 * later.length);
            }
            later[laterSize++] = x;
        } else if (hole) {
            hole = false;
            siftDown(ROOT, x);
        } else {
            if (end == heap.length) {
                heap = Arrays.copyOf(heap, 2 * heap.length);
            }
            siftUp(end++, x);
            if (end - ROOT > spillAt) {
                spill();
            }
        }
    }

    /** The heap grew large: moves its later half (by time) to `later`, lowering the split. */
    private void spill() {
        int n = end - ROOT;
        long t = splitAt(heap, ROOT, n, n / 2);
        if (t <= (heap[ROOT] & ~slotMask)) {
            spillAt = 2 * spillAt;   // (nearly) all at one time: nothing to split
            return;
        }
        long[] a = heap;
        int w = ROOT;
        for (int p = ROOT; p < end; p++) {
            long x = a[p];
            if (x < t) {
                a[w++] = x;
            } else {
                if (laterSize == later.length) {
                    later = Arrays.copyOf(later, Math.max(2 * later.length, laterSize + n));
                }
                later[laterSize++] = x;
            }
        }
        end = w;
        split = t;
        heapify();
        spillAt = Math.max(spillMin, 2 * (end - ROOT));
    }

    /** The heap is empty: moves the earliest entries of `later` into it, raising the split. */
    private void refill() {
        int f = laterSize;
        if (heap.length < ROOT + f) {
            heap = Arrays.copyOf(heap, Math.max(2 * heap.length, ROOT + f));
        }
        long t = f <= refillAll ? Long.MAX_VALUE : splitAt(later, 0, f, f / REFILL_SHARE);
        long least = partitionLater(t);
        if (end == ROOT) {   // every entry at or after t: take those of the least time bits
            t = (least & ~slotMask) + (slotMask + 1);
            partitionLater(t);
        }
        split = t;
        heapify();
        spillAt = Math.max(spillMin, 2 * (end - ROOT));
    }

    /** Moves the entries of `later` before t (a key with no slot bits) to the heap; returns the least kept. */
    private long partitionLater(long t) {
        long[] l = later;
        long[] a = heap;
        int n = laterSize;
        int w = 0;
        int e = end;
        long least = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            long x = l[i];
            if (x < t) {
                a[e++] = x;
            } else {
                l[w++] = x;
                least = Math.min(least, x);
            }
        }
        end = e;
        laterSize = w;
        return least;
    }

    /**
     * A key with no slot bits such that about {@code before} of the n entries a[from..] are
     * before it, from an evenly spaced sample (deterministic; only speed depends on it).
     */
    private long splitAt(long[] a, int from, int n, int before) {
        int k = Math.min(SAMPLE, n);
        long[] smp = sample;
        for (int i = 0; i < k; i++) {
            smp[i] = a[from + (int) ((long) i * n / k)];
        }
        Arrays.sort(smp, 0, k);
        int r = (int) Math.min(k - 1, (long) k * before / n);
        return smp[r] & ~slotMask;
    }

    private void heapify() {
        long[] a = heap;
        if (end - 1 > ROOT) {
            for (int p = ((end - 1) >> 2) + 2; p >= ROOT; p--) {
                siftDown(p, a[p]);
            }
        }
    }

    /** Fills a removed root and drops stale entries from the top, so the root is the next event. */
    private void settle() {
        while (true) {
            if (hole) {
                hole = false;
                int last = --end;
                if (last > ROOT) {
                    siftDown(ROOT, heap[last]);
                }
            }
            if (end == ROOT) {
                if (laterSize == 0) {
                    return;
                }
                refill();
                continue;
            }
            int s = (int) (heap[ROOT] & slotMask);
            if ((meta[4 * s + 3] & DEAD) == 0) {
                return;
            }
            dropDead(s);
            stale--;
            hole = true;
        }
    }

    /** Drops every stale entry and heapifies what is left (Floyd, bottom up). */
    private void rebuild() {
        long[] a = heap;
        int w = ROOT;
        for (int p = hole ? ROOT + 1 : ROOT; p < end; p++) {
            long x = a[p];
            int s = (int) (x & slotMask);
            if ((meta[4 * s + 3] & DEAD) != 0) {
                dropDead(s);
            } else {
                a[w++] = x;
            }
        }
        end = w;
        hole = false;
        stale = 0;
        heapify();
        long[] l = later;
        w = 0;
        for (int i = 0; i < laterSize; i++) {
            long x = l[i];
            int s = (int) (x & slotMask);
            if ((meta[4 * s + 3] & DEAD) != 0) {
                dropDead(s);
            } else {
                l[w++] = x;
            }
        }
        laterSize = w;
    }

    private void siftUp(int p, long x) {
        long[] a = heap;
        long hi = ~slotMask;
        while (p > ROOT) {
            int q = (p >> 2) + 2;
            long y = a[q];
            if (((x ^ y) & hi) != 0 ? x > y : !tieLess(x, y)) {
                break;
            }
            a[p] = y;
            p = q;
        }
        a[p] = x;
    }

    private void siftDown(int p, long x) {
        long[] a = heap;
        long hi = ~slotMask;
        int n = end;
        while (true) {
            int c = 4 * p - 8;
            if (c >= n) {
                break;
            }
            int bi = c;
            long b = a[c];
            int last = Math.min(c + 4, n);
            for (int j = c + 1; j < last; j++) {
                long y = a[j];
                if (((y ^ b) & hi) != 0 ? y < b : tieLess(y, b)) {
                    bi = j;
                    b = y;
                }
            }
            if (((x ^ b) & hi) != 0 ? x < b : tieLess(x, b)) {
                break;
            }
            a[p] = b;
            p = bi;
        }
        a[p] = x;
    }
}
