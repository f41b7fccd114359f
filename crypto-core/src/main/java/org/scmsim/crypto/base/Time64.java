package org.scmsim.crypto.base;

import java.time.Instant;

/**
 * {@code Time64 ::= Uint64}: TAI microseconds since 2004-01-01 00:00:00 UTC (IEEE 1609.2
 * §6.4.15), e.g. a signed message's generationTime. Converted through {@link Time32}'s
 * leap-second table.
 */
public record Time64(long micros) implements Comparable<Time64> {

    public Time64 {
        if (micros < 0) {
            throw new IllegalArgumentException("Time64 must not be negative, got " + micros);
        }
    }

    public static Time64 of(Instant utc) {
        long taiSeconds = Time32.of(utc).value();
        return new Time64(taiSeconds * 1_000_000L + utc.getNano() / 1_000L);
    }

    public Instant toInstant() {
        long seconds = micros / 1_000_000L;
        Instant whole = new Time32(Math.min(seconds, Time32.MAX)).toInstant();
        return whole.plusNanos((micros % 1_000_000L) * 1_000L);
    }

    /** The Time32 (whole seconds) of this time. */
    public Time32 toTime32() {
        return new Time32(Math.min(micros / 1_000_000L, Time32.MAX));
    }

    @Override
    public int compareTo(Time64 o) {
        return Long.compare(micros, o.micros);
    }

    @Override
    public String toString() {
        return toInstant() + " (Time64 " + micros + ")";
    }
}
