package org.scmsim.crypto.trust;

import java.util.List;
import java.util.Optional;

import org.bouncycastle.oer.its.ieee1609dot2.basetypes.CircularRegion;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.CountryAndRegions;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.CountryAndSubregions;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.GeographicRegion;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.IdentifiedRegion;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.RectangularRegion;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.RegionAndSubregions;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.SequenceOfIdentifiedRegion;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.SequenceOfRectangularRegion;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.TwoDLocation;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.UINT16;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.UINT8;

/**
 * Region consistency: a certificate's region must lie inside its issuer's effective region (a
 * certificate without a region has its issuer's). Decided exactly for identified regions against
 * identified regions (countries, regions, subregions), circles and rectangles against circles and
 * rectangles (spherical distance, WGS-84 mean radius). Geometric regions against country
 * identifiers, and polygons, need boundary data this library does not have: they are accepted.
 */
final class Regions {

    private static final double EARTH_RADIUS_M = 6_371_008.8;

    private Regions() {
    }

    /** Why {@code child} is not within {@code parent}, or empty. Null means "no restriction". */
    static Optional<String> within(GeographicRegion child, GeographicRegion parent) {
        if (child == null || parent == null) {
            return Optional.empty();
        }
        int c = child.getChoice();
        int p = parent.getChoice();
        if (c == GeographicRegion.identifiedRegion && p == GeographicRegion.identifiedRegion) {
            List<IdentifiedRegion> parents = SequenceOfIdentifiedRegion.getInstance(parent.getGeographicRegion()).getIdentifiedRegions();
            for (IdentifiedRegion r : SequenceOfIdentifiedRegion.getInstance(child.getGeographicRegion()).getIdentifiedRegions()) {
                if (!identifiedCovered(r, parents)) {
                    return Optional.of("identified region " + describe(r) + " is outside the issuer's region");
                }
            }
            return Optional.empty();
        }
        if (c == GeographicRegion.circularRegion || c == GeographicRegion.rectangularRegion) {
            if (p == GeographicRegion.circularRegion) {
                CircularRegion pc = CircularRegion.getInstance(parent.getGeographicRegion());
                boolean ok = c == GeographicRegion.circularRegion
                        ? circleInCircle(CircularRegion.getInstance(child.getGeographicRegion()), pc)
                        : rects(child).stream().allMatch(r -> rectInCircle(r, pc));
                return ok ? Optional.empty() : Optional.of("region is outside the issuer's circular region");
            }
            if (p == GeographicRegion.rectangularRegion) {
                List<RectangularRegion> prs = rects(parent);
                boolean ok = c == GeographicRegion.circularRegion
                        ? prs.stream().anyMatch(pr -> circleInRect(CircularRegion.getInstance(child.getGeographicRegion()), pr))
                        : rects(child).stream().allMatch(r -> prs.stream().anyMatch(pr -> rectInRect(r, pr)));
                return ok ? Optional.empty() : Optional.of("region is outside the issuer's rectangular region");
            }
        }
        return Optional.empty();
    }

    private static List<RectangularRegion> rects(GeographicRegion g) {
        return SequenceOfRectangularRegion.getInstance(g.getGeographicRegion()).getRectangularRegions();
    }

    private static boolean identifiedCovered(IdentifiedRegion r, List<IdentifiedRegion> parents) {
        int country = country(r);
        for (IdentifiedRegion p : parents) {
            if (country(p) != country) {
                continue;
            }
            if (p.getChoice() == IdentifiedRegion.countryOnly) {
                return true;
            }
            if (r.getChoice() == IdentifiedRegion.countryOnly) {
                continue; // a whole country is not inside some of its regions
            }
            if (p.getChoice() == IdentifiedRegion.countryAndRegions) {
                List<Integer> allowed = regionsOf(p);
                if (allowed.containsAll(regionsOf(r))) {
                    return true;
                }
            } else if (p.getChoice() == IdentifiedRegion.countryAndSubregions && r.getChoice() == IdentifiedRegion.countryAndSubregions) {
                if (subregionsCovered(CountryAndSubregions.getInstance(r.getIdentifiedRegion()),
                        CountryAndSubregions.getInstance(p.getIdentifiedRegion()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean subregionsCovered(CountryAndSubregions child, CountryAndSubregions parent) {
        for (RegionAndSubregions c : child.getRegionAndSubregions().getRegionAndSubregions()) {
            boolean found = false;
            for (RegionAndSubregions p : parent.getRegionAndSubregions().getRegionAndSubregions()) {
                if (p.getRegion().getValue().equals(c.getRegion().getValue())
                        && p.getSubregions().getUint16s().stream().map(UINT16::getValue).toList()
                        .containsAll(c.getSubregions().getUint16s().stream().map(UINT16::getValue).toList())) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    static int country(IdentifiedRegion r) {
        return switch (r.getChoice()) {
            case IdentifiedRegion.countryOnly -> UINT16.getInstance(r.getIdentifiedRegion()).getValue().intValue();
            case IdentifiedRegion.countryAndRegions -> CountryAndRegions.getInstance(r.getIdentifiedRegion()).getCountryOnly().getValue().intValue();
            case IdentifiedRegion.countryAndSubregions -> CountryAndSubregions.getInstance(r.getIdentifiedRegion()).getCountry().getValue().intValue();
            default -> -1;
        };
    }

    private static List<Integer> regionsOf(IdentifiedRegion r) {
        if (r.getChoice() == IdentifiedRegion.countryAndRegions) {
            return CountryAndRegions.getInstance(r.getIdentifiedRegion()).getRegions().getUint8s().stream()
                    .map(UINT8::getValue).map(java.math.BigInteger::intValue).toList();
        }
        if (r.getChoice() == IdentifiedRegion.countryAndSubregions) {
            return CountryAndSubregions.getInstance(r.getIdentifiedRegion()).getRegionAndSubregions().getRegionAndSubregions().stream()
                    .map(x -> x.getRegion().getValue().intValue()).toList();
        }
        return List.of();
    }

    static String describe(IdentifiedRegion r) {
        return switch (r.getChoice()) {
            case IdentifiedRegion.countryOnly -> "country " + country(r);
            case IdentifiedRegion.countryAndRegions -> "country " + country(r) + " regions " + regionsOf(r);
            case IdentifiedRegion.countryAndSubregions -> "country " + country(r) + " regions " + regionsOf(r) + " with subregions";
            default -> "unknown identified region";
        };
    }

    private static double lat(TwoDLocation l) {
        return l.getLatitude().getValue().doubleValue() / 1e7;
    }

    private static double lon(TwoDLocation l) {
        return l.getLongitude().getValue().doubleValue() / 1e7;
    }

    /** Great-circle distance in metres. */
    static double distance(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private static boolean circleInCircle(CircularRegion c, CircularRegion p) {
        double d = distance(lat(c.getCenter()), lon(c.getCenter()), lat(p.getCenter()), lon(p.getCenter()));
        return d + c.getRadius().getValue().doubleValue() <= p.getRadius().getValue().doubleValue() + 1e-6;
    }

    private static boolean pointInCircle(double la, double lo, CircularRegion p) {
        return distance(la, lo, lat(p.getCenter()), lon(p.getCenter())) <= p.getRadius().getValue().doubleValue() + 1e-6;
    }

    private static boolean rectInCircle(RectangularRegion r, CircularRegion p) {
        double n = lat(r.getNorthWest());
        double w = lon(r.getNorthWest());
        double s = lat(r.getSouthEast());
        double e = lon(r.getSouthEast());
        return pointInCircle(n, w, p) && pointInCircle(n, e, p) && pointInCircle(s, w, p) && pointInCircle(s, e, p);
    }

    private static boolean rectInRect(RectangularRegion r, RectangularRegion p) {
        return lat(r.getNorthWest()) <= lat(p.getNorthWest()) && lat(r.getSouthEast()) >= lat(p.getSouthEast())
                && lon(r.getNorthWest()) >= lon(p.getNorthWest()) && lon(r.getSouthEast()) <= lon(p.getSouthEast());
    }

    private static boolean circleInRect(CircularRegion c, RectangularRegion p) {
        double la = lat(c.getCenter());
        double lo = lon(c.getCenter());
        double rDeg = Math.toDegrees(c.getRadius().getValue().doubleValue() / EARTH_RADIUS_M);
        double lonDeg = rDeg / Math.max(1e-9, Math.cos(Math.toRadians(la)));
        return la + rDeg <= lat(p.getNorthWest()) && la - rDeg >= lat(p.getSouthEast())
                && lo - lonDeg >= lon(p.getNorthWest()) && lo + lonDeg <= lon(p.getSouthEast());
    }
}
