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
}
