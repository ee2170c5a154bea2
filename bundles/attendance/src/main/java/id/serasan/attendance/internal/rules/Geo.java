package id.serasan.attendance.internal.rules;

import java.util.List;

/** Geofence geometry on the WGS84 sphere: distances by the haversine formula, polygons by ray casting. */
public final class Geo {
    /** The mean Earth radius (IUGG), in metres. */
    static final double EARTH_RADIUS_M = 6_371_008.8;

    private Geo() {
    }

    /** A position in decimal degrees. */
    public record Point(double latitude, double longitude) {
        public Point {
            if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
                throw new IllegalArgumentException("not a position: " + latitude + ", " + longitude);
            }
        }
    }

    /** The great-circle distance in metres. */
    public static double distance(Point a, Point b) {
        double p1 = Math.toRadians(a.latitude());
        double p2 = Math.toRadians(b.latitude());
        double dp = p2 - p1;
        double dl = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Whether {@code p} is within {@code radiusMetres} of {@code centre} (the boundary counts as inside). */
    public static boolean withinRadius(Point centre, double radiusMetres, Point p) {
        return distance(centre, p) <= radiusMetres;
    }

    /**
     * Whether {@code p} lies inside the polygon (at least three corners, in order; an office's grounds are small
     * enough for degrees to be treated as a plane).
     */
    public static boolean inside(List<Point> polygon, Point p) {
        if (polygon.size() < 3) {
            throw new IllegalArgumentException("a polygon needs at least 3 corners");
        }
        boolean in = false;
        for (int i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
            Point a = polygon.get(i);
            Point b = polygon.get(j);
            if ((a.latitude() > p.latitude()) != (b.latitude() > p.latitude())
                    && p.longitude() < (b.longitude() - a.longitude()) * (p.latitude() - a.latitude())
                    / (b.latitude() - a.latitude()) + a.longitude()) {
                in = !in;
            }
        }
        return in;
    }
}
