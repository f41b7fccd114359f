package org.scmsim.crypto.misbehavior;

/**
 * Where the reporter observed the misbehaviour, 1609.2
 * <pre>
 * ThreeDLocation ::= SEQUENCE {
 *   latitude  Latitude,    -- INTEGER (-900000000..900000001), 1/10 micro degree; 900000001 = unknown
 *   longitude Longitude,   -- INTEGER (-1799999999..1800000001); 1800000001 = unknown
 *   elevation Elevation    -- Uint16
 * }
 * </pre>
 */
public record ThreeDLocation(int latitude, int longitude, int elevation) {

    public static final int LATITUDE_UNKNOWN = 900_000_001;
    public static final int LONGITUDE_UNKNOWN = 1_800_000_001;
    /** Position not given (the reporter does not disclose or know it). */
    public static final ThreeDLocation UNKNOWN = new ThreeDLocation(LATITUDE_UNKNOWN, LONGITUDE_UNKNOWN, 0);

    public ThreeDLocation {
        if (latitude < -900_000_000 || latitude > LATITUDE_UNKNOWN) {
            throw new IllegalArgumentException("latitude " + latitude + " outside -900000000..900000001");
        }
        if (longitude < -1_799_999_999 || longitude > LONGITUDE_UNKNOWN) {
            throw new IllegalArgumentException("longitude " + longitude + " outside -1799999999..1800000001");
        }
        if (elevation < 0 || elevation > 0xFFFF) {
            throw new IllegalArgumentException("elevation is a Uint16, not " + elevation);
        }
    }
}
