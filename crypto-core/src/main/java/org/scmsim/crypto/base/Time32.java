package org.scmsim.crypto.base;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * {@code Time32 ::= Uint32}: the number of (TAI) seconds since 2004-01-01 00:00:00 UTC
 * (IEEE 1609.2 §6.4.14). Because it counts TAI seconds, it runs ahead of UTC by the leap seconds
 * inserted since 2004 (five, the last at the end of 2016): conversion to and from UTC goes through
 * the leap-second table below. A leap second itself (23:59:60) converts to 23:59:59 UTC.
 *
 * <p>Update {@link #LEAP_SECONDS_UTC} when the IERS announces a new leap second (none is scheduled
 * as of 2026).
 */
public record Time32(long value) implements Comparable<Time32> {

    /** 2004-01-01T00:00:00Z as Unix seconds. */
    public static final long EPOCH_UNIX_SECONDS = 1_072_915_200L;
    public static final long MAX = 0xFFFF_FFFFL;

    /** UTC instants (Unix seconds) just after each leap second inserted since 2004. */
    private static final long[] LEAP_SECONDS_UTC = {
        Instant.parse("2006-01-01T00:00:00Z").getEpochSecond(),
        Instant.parse("2009-01-01T00:00:00Z").getEpochSecond(),
        Instant.parse("2012-07-01T00:00:00Z").getEpochSecond(),
        Instant.parse("2015-07-01T00:00:00Z").getEpochSecond(),
        Instant.parse("2017-01-01T00:00:00Z").getEpochSecond(),
    };

    public Time32 {
        if (value < 0 || value > MAX) {
            throw new IllegalArgumentException("Time32 must be within 0.." + MAX + ", got " + value);
        }
    }

    /** The Time32 of a UTC instant (sub-second part dropped). */
    public static Time32 of(Instant utc) {
        long unix = utc.getEpochSecond();
        long leaps = 0;
        for (long b : LEAP_SECONDS_UTC) {
            if (unix >= b) {
                leaps++;
            }
        }
        return new Time32(unix - EPOCH_UNIX_SECONDS + leaps);
    }

    /** This time as a UTC instant. */
    public Instant toInstant() {
        long leaps = 0;
        for (int k = 0; k < LEAP_SECONDS_UTC.length; k++) {
            long leapSecondTai = LEAP_SECONDS_UTC[k] - EPOCH_UNIX_SECONDS + k; // Time32 of the inserted 23:59:60
            if (value >= leapSecondTai) {
                leaps++;
            }
        }
        return Instant.ofEpochSecond(value + EPOCH_UNIX_SECONDS - leaps);
    }

    public Time32 plusSeconds(long seconds) {
        return new Time32(Math.min(MAX, value + seconds));
    }

    public boolean isBefore(Time32 other) {
        return value < other.value;
    }

    public boolean isAfter(Time32 other) {
        return value > other.value;
    }

    @Override
    public int compareTo(Time32 o) {
        return Long.compare(value, o.value);
    }

    /** e.g. {@code 2023-02-28T09:00:00Z (Time32 604659603)}. */
    @Override
    public String toString() {
        return DateTimeFormatter.ISO_INSTANT.format(toInstant().atOffset(ZoneOffset.UTC)) + " (Time32 " + value + ")";
    }
}
