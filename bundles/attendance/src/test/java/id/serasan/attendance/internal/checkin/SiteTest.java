package id.serasan.attendance.internal.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.serasan.attendance.internal.rules.Geo;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteTest {
    private static final Geo.Point A = new Geo.Point(-3.6655, 103.7726);
    private static final Geo.Point B = new Geo.Point(-3.7000, 103.8000);

    @Test
    void thePointLiesOnTheSiteItIsInsideEvenWhenAnotherCentreIsNearer() {
        Site big = new Site("Besar", A, 5000, List.of());
        Site small = new Site("Kecil", new Geo.Point(-3.6700, 103.7726), 50, List.of());
        Geo.Point p = new Geo.Point(-3.6690, 103.7726); // 110 m from small's centre, 390 m from big's
        Site.Match m = Site.match(List.of(big, small), p);
        assertThat(m.inside()).isTrue();
        assertThat(m.site().name()).isEqualTo("Besar");
    }

    @Test
    void outsideEverySiteTheNearestIsReportedWithItsDistance() {
        Site a = new Site("A", A, 100, List.of());
        Site b = new Site("B", B, 100, List.of());
        Geo.Point p = new Geo.Point(-3.6665, 103.7726);
        Site.Match m = Site.match(List.of(b, a), p);
        assertThat(m.inside()).isFalse();
        assertThat(m.site().name()).isEqualTo("A");
        assertThat(m.distance()).isBetween(105.0, 118.0);
        assertThat(Site.match(List.of(), p)).isNull();
    }

    @Test
    void aPolygonReplacesTheRadius() {
        List<Geo.Point> square = Site.parsePolygon("-3.665 103.772; -3.665 103.773; -3.666 103.773; -3.666 103.772");
        Site s = new Site("Kantor", A, 10, square);
        assertThat(s.contains(new Geo.Point(-3.6655, 103.7725))).isTrue();
        assertThat(s.contains(new Geo.Point(-3.6670, 103.7725))).isFalse();
        assertThat(Site.parsePolygon(Site.formatPolygon(square))).isEqualTo(square);
    }

    @Test
    void badPolygonsAndRadiiAreRefused() {
        assertThatThrownBy(() -> Site.parsePolygon("1 2; 3 4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Site.parsePolygon("1 2 3; 3 4; 5 6")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Site("x", A, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(Site.parsePolygon(" ")).isEmpty();
        assertThat(Site.formatPolygon(List.of())).isNull();
    }
}
