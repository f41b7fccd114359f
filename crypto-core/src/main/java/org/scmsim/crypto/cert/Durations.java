package org.scmsim.crypto.cert;

import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Duration;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.UINT16;

/**
 * {@code Duration} values and their length in seconds (IEEE 1609.2 §6.4.16; a year is
 * 31,556,952 s, sixtyHours 216,000 s).
 */
public final class Durations {

    public static final long SECONDS_PER_YEAR = 31_556_952L;

    private Durations() {
    }

    public static Duration hours(int h) {
        return Duration.hours(new UINT16(h));
    }

    public static Duration years(int y) {
        return Duration.years(new UINT16(y));
    }

    public static Duration seconds(int s) {
        return Duration.seconds(new UINT16(s));
    }

    public static Duration minutes(int m) {
        return Duration.minutes(new UINT16(m));
    }

    /** The duration in whole seconds (sub-second units are rounded down). */
    public static long seconds(Duration d) {
        long v = d.getDuration().getValue().longValue();
        switch (d.getChoice()) {
            case Duration.microseconds:
                return v / 1_000_000L;
            case Duration.milliseconds:
                return v / 1_000L;
            case Duration.seconds:
                return v;
            case Duration.minutes:
                return v * 60L;
            case Duration.hours:
                return v * 3_600L;
            case Duration.sixtyHours:
                return v * 216_000L;
            case Duration.years:
                return v * SECONDS_PER_YEAR;
            default:
                throw new IllegalArgumentException("unknown Duration choice " + d.getChoice());
        }
    }

    /** e.g. {@code 169 hours}. */
    public static String describe(Duration d) {
        long v = d.getDuration().getValue().longValue();
        String unit = switch (d.getChoice()) {
            case Duration.microseconds -> "microseconds";
            case Duration.milliseconds -> "milliseconds";
            case Duration.seconds -> "seconds";
            case Duration.minutes -> "minutes";
            case Duration.hours -> "hours";
            case Duration.sixtyHours -> "sixty-hour units";
            case Duration.years -> "years";
            default -> "?";
        };
        return v + " " + unit;
    }
}
