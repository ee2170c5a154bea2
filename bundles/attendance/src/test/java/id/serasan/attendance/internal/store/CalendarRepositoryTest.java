package id.serasan.attendance.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasan.attendance.api.Holiday;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The calendar tables on a real (in-memory) Derby database. */
class CalendarRepositoryTest {
    private final AttendanceDatabase db = AttendanceTestDatabase.create();
    private final CalendarRepository repo = new CalendarRepository();

    @Test
    void anOutageIsInForceUntilCancelled() {
        long id = db.tx(c -> repo.insertOutage(c, 1000, 2000, "ATY", "server mati", "hr", 500));
        CalendarRepository.OutageRow o = db.read(c -> repo.outage(c, id)).orElseThrow();
        assertThat(o.cancelledMs()).isNull();
        assertThat(o.units()).isEqualTo("ATY");
        java.util.List<CalendarRepository.OutageRow> all = db.read(c -> repo.outages(c, 0));
        assertThat(all).singleElement().satisfies(x -> assertThat(x.cancelledMs()).isNull());
        java.util.List<CalendarRepository.OutageRow> ended = db.read(c -> repo.outages(c, 2000));
        assertThat(ended).isEmpty();
        boolean cancelled = db.tx(c -> repo.cancelOutage(c, id, 1500));
        assertThat(cancelled).isTrue();
        assertThat(db.read(c -> repo.outage(c, id)).orElseThrow().cancelledMs()).isEqualTo(1500L);
        boolean again = db.tx(c -> repo.cancelOutage(c, id, 1600));
        assertThat(again).isFalse();
    }

    @Test
    void holidaysAndSitesRoundTrip() {
        Holiday h = new Holiday(LocalDate.of(2027, 1, 1), "Tahun Baru", Holiday.Kind.NATIONAL);
        db.tx(c -> {
            repo.insertHoliday(c, h, 1);
            return null;
        });
        java.util.List<Holiday> holidays = db.read(repo::holidays);
        assertThat(holidays).containsExactly(h);
        java.util.Optional<Holiday> one = db.read(c -> repo.holiday(c, h.date()));
        assertThat(one).contains(h);
        long site = db.tx(c -> repo.insertSite(c, new CalendarRepository.SiteRow(0, "U1", null, "Kantor", -3.6, 103.7,
                120, "-3.6 103.7;-3.61 103.7;-3.61 103.71", 5)));
        java.util.List<CalendarRepository.SiteRow> sites = db.read(repo::sites);
        assertThat(sites).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(site);
            assertThat(s.radius()).isEqualTo(120);
            assertThat(s.polygon()).startsWith("-3.6 103.7");
        });
        int removed = db.tx(c -> repo.deleteUnitSites(c, "U1"));
        assertThat(removed).isEqualTo(1);
        boolean deleted = db.tx(c -> repo.deleteHoliday(c, h.date()));
        assertThat(deleted).isTrue();
    }
}
