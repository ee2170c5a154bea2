package id.serasan.attendance.internal.command;

import id.serasan.attendance.api.Holiday;
import id.serasan.attendance.internal.calendar.CalendarService;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "serasan", name = "holiday-list",
        description = "Lists the holidays of a year / Daftar hari libur setahun")
@Service
public class HolidayListCommand implements Action {
    @Reference
    CalendarService calendar;

    @Argument(index = 0, name = "year", required = false, description = "the year (default: this year)")
    Integer year;

    @Override
    public Object execute() {
        int y = year == null ? LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear() : year;
        for (Holiday h : calendar.holidays(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31))) {
            System.out.println(h.date() + "  " + h.kind() + "  " + h.name());
        }
        return null;
    }
}
