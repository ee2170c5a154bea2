package id.serasan.attendance.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeoTest {
    /** The regent's office area in Muara Enim (approximately). */
    static final Geo.Point OFFICE = new Geo.Point(-3.6553, 103.7713);

    @Test
    void distancesMatchKnownValues() {
        // one thousandth of a degree of latitude is about 111.2 m everywhere
        assertThat(Geo.distance(OFFICE, new Geo.Point(-3.6543, 103.7713))).isCloseTo(111.2, within(0.2));
        // a degree of longitude at the equator: 111.195 km
        assertThat(Geo.distance(new Geo.Point(0, 0), new Geo.Point(0, 1))).isCloseTo(111_195, within(5.0));
        // a quarter of a meridian: pole to equator
        assertThat(Geo.distance(new Geo.Point(0, 50), new Geo.Point(90, 50))).isCloseTo(Math.PI / 2 * 6_371_008.8,
                within(1.0));
        assertThat(Geo.distance(OFFICE, OFFICE)).isZero();
        // antipodes: half the circumference
        assertThat(Geo.distance(new Geo.Point(0, 0), new Geo.Point(0, 180))).isCloseTo(Math.PI * 6_371_008.8,
                within(1.0));
    }

    @Test
    void theRadiusBoundaryIsInside() {
        Geo.Point p = new Geo.Point(-3.6544, 103.7713); // ~100.1 m north
        double d = Geo.distance(OFFICE, p);
        assertThat(Geo.withinRadius(OFFICE, d, p)).isTrue();
        assertThat(Geo.withinRadius(OFFICE, d - 0.01, p)).isFalse();
        assertThat(Geo.withinRadius(OFFICE, 100, new Geo.Point(-3.6550, 103.7713))).isTrue();
    }

    @Test
    void polygonsContainWhatIsInsideThem() {
        List<Geo.Point> square = List.of(new Geo.Point(-3.656, 103.770), new Geo.Point(-3.656, 103.772),
                new Geo.Point(-3.654, 103.772), new Geo.Point(-3.654, 103.770));
        assertThat(Geo.inside(square, OFFICE)).isTrue();
        assertThat(Geo.inside(square, new Geo.Point(-3.653, 103.771))).isFalse();
        assertThat(Geo.inside(square, new Geo.Point(-3.655, 103.773))).isFalse();
        // an L shape: the notch is outside
        List<Geo.Point> ell = List.of(new Geo.Point(0, 0), new Geo.Point(0, 2), new Geo.Point(1, 2),
                new Geo.Point(1, 1), new Geo.Point(2, 1), new Geo.Point(2, 0));
        assertThat(Geo.inside(ell, new Geo.Point(0.5, 1.5))).isTrue();
        assertThat(Geo.inside(ell, new Geo.Point(1.5, 0.5))).isTrue();
        assertThat(Geo.inside(ell, new Geo.Point(1.5, 1.5))).isFalse();
        assertThatThrownBy(() -> Geo.inside(List.of(OFFICE, OFFICE), OFFICE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void positionsOutsideTheGlobeAreRefused() {
        assertThatThrownBy(() -> new Geo.Point(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Geo.Point(0, -180.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Geo.Point(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Geo.Point(-90, 180).latitude()).isEqualTo(-90);
    }

    /** The spherical law of cosines: an independent formula for the same great-circle distance. */
    static double lawOfCosines(Geo.Point a, Geo.Point b) {
        double p1 = Math.toRadians(a.latitude());
        double p2 = Math.toRadians(b.latitude());
        double dl = Math.toRadians(b.longitude() - a.longitude());
        return 6_371_008.8 * Math.acos(Math.sin(p1) * Math.sin(p2) + Math.cos(p1) * Math.cos(p2) * Math.cos(dl));
    }

    @Test
    void distancesAgreeWithTheLawOfCosinesInEveryDirection() {
        Geo.Point[][] pairs = {
                {new Geo.Point(0, 0), new Geo.Point(1, 1)},
                {OFFICE, new Geo.Point(-2.9761, 104.7754)},
                {new Geo.Point(10, 20), new Geo.Point(-30, 140)},
                {new Geo.Point(-45, -170), new Geo.Point(60, 170)},
                {new Geo.Point(5, -3), new Geo.Point(-7, 2)}};
        for (Geo.Point[] p : pairs) {
            assertThat(Geo.distance(p[0], p[1])).as(p[0] + " " + p[1]).isCloseTo(lawOfCosines(p[0], p[1]), within(0.5));
            assertThat(Geo.distance(p[1], p[0])).isCloseTo(Geo.distance(p[0], p[1]), within(1e-6));
        }
    }

    @Test
    void aSlantedEdgeIsFollowedExactly() {
        // a triangle whose long edge runs diagonally: latitude + longitude = 10
        List<Geo.Point> tri = List.of(new Geo.Point(0, 0), new Geo.Point(0, 10), new Geo.Point(10, 0));
        assertThat(Geo.inside(tri, new Geo.Point(4.9, 4.9))).isTrue();
        assertThat(Geo.inside(tri, new Geo.Point(5.1, 5.1))).isFalse();
        assertThat(Geo.inside(tri, new Geo.Point(1, 8.9))).isTrue();
        assertThat(Geo.inside(tri, new Geo.Point(1, 9.1))).isFalse();
        assertThat(Geo.inside(tri, new Geo.Point(8.9, 1))).isTrue();
        assertThat(Geo.inside(tri, new Geo.Point(9.1, 1))).isFalse();
        assertThat(Geo.inside(tri, new Geo.Point(-0.1, 5))).isFalse();
        assertThat(Geo.inside(tri, new Geo.Point(5, -0.1))).isFalse();
        // the same triangle the other way round
        List<Geo.Point> back = List.of(new Geo.Point(10, 0), new Geo.Point(0, 10), new Geo.Point(0, 0));
        assertThat(Geo.inside(back, new Geo.Point(4.9, 4.9))).isTrue();
        assertThat(Geo.inside(back, new Geo.Point(5.1, 5.1))).isFalse();
        // a quadrilateral with two slanted sides
        List<Geo.Point> kite = List.of(new Geo.Point(0, 5), new Geo.Point(5, 10), new Geo.Point(10, 5),
                new Geo.Point(5, 0));
        assertThat(Geo.inside(kite, new Geo.Point(5, 5))).isTrue();
        assertThat(Geo.inside(kite, new Geo.Point(2, 2.9))).isFalse();
        assertThat(Geo.inside(kite, new Geo.Point(2, 3.1))).isTrue();
        assertThat(Geo.inside(kite, new Geo.Point(8, 7.1))).isFalse();
        assertThat(Geo.inside(kite, new Geo.Point(8, 6.9))).isTrue();
    }

    @Test
    void theGlobesEdgesAreValidPositions() {
        assertThat(new Geo.Point(90, -180).longitude()).isEqualTo(-180);
        assertThat(new Geo.Point(-90, 180).longitude()).isEqualTo(180);
        assertThatThrownBy(() -> new Geo.Point(-90.0001, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Geo.Point(0, 180.0001)).isInstanceOf(IllegalArgumentException.class);
    }
}
