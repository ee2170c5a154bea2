package id.serasan.attendance.internal.checkin;

import id.serasan.attendance.internal.rules.Geo;
import java.util.List;
import java.util.Objects;

/**
 * A place an employee may check in at: their unit's office (from attendance's own site table, or else the unit's
 * coordinates from personnel with the default radius) or an extra site of theirs.
 *
 * @param name    shown to the employee ("Kantor BKPSDM")
 * @param centre  the centre
 * @param radius  metres (used when there is no polygon)
 * @param polygon the outline, or empty
 */
public record Site(String name, Geo.Point centre, int radius, List<Geo.Point> polygon) {
    public Site {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(centre, "centre");
        if (radius <= 0) {
            throw new IllegalArgumentException("radius " + radius);
        }
        polygon = List.copyOf(polygon);
        if (!polygon.isEmpty() && polygon.size() < 3) {
            throw new IllegalArgumentException("a polygon has at least 3 points");
        }
    }

    /** Whether {@code p} lies on the site. */
    public boolean contains(Geo.Point p) {
        return polygon.isEmpty() ? Geo.withinRadius(centre, radius, p) : Geo.inside(polygon, p);
    }

    /**
     * Where {@code p} is against the sites: the site it lies on (the nearest centre among those), or else the
     * nearest site with the distance to its centre. Empty list: no site at all.
     */
    public static Match match(List<Site> sites, Geo.Point p) {
        Match best = null;
        for (Site s : sites) {
            double d = Geo.distance(s.centre, p);
            boolean in = s.contains(p);
            if (best == null || (in && !best.inside()) || (in == best.inside() && d < best.distance())) {
                best = new Match(s, d, in);
            }
        }
        return best;
    }

    /** The site matched, the distance to its centre in metres and whether the point lies on it. */
    public record Match(Site site, double distance, boolean inside) {
    }

    /** Parses a polygon written "lat lon;lat lon;..." (null or blank: none). */
    public static List<Geo.Point> parsePolygon(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Geo.Point> out = new java.util.ArrayList<>();
        for (String pair : text.split(";")) {
            String[] ll = pair.trim().split("[ ,]+");
            if (ll.length != 2) {
                throw new IllegalArgumentException("a polygon point is 'lat lon': '" + pair + "'");
            }
            out.add(new Geo.Point(Double.parseDouble(ll[0]), Double.parseDouble(ll[1])));
        }
        if (out.size() < 3) {
            throw new IllegalArgumentException("a polygon has at least 3 points");
        }
        return out;
    }

    /** Writes a polygon the way {@link #parsePolygon} reads it (null when empty). */
    public static String formatPolygon(List<Geo.Point> polygon) {
        if (polygon == null || polygon.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (Geo.Point p : polygon) {
            b.append(b.length() == 0 ? "" : ";").append(p.latitude()).append(' ').append(p.longitude());
        }
        return b.toString();
    }
}
