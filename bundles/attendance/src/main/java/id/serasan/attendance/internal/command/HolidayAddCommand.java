package id.serasan.attendance.internal.command;

import id.serasan.attendance.api.Holiday;
import id.serasan.attendance.internal.calendar.CalendarService;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "serasan", name = "holiday-add",
        description = "Adds a holiday or collective-leave day to the working-day calendar / Menambah hari libur")
@Service
public class HolidayAddCommand implements Action {
    @Reference
    CalendarService calendar;

    @Argument(index = 0, name = "date", required = true, description = "YYYY-MM-DD")
    String date;

    @Argument(index = 1, name = "name", required = true, description = "the holiday's name (quote it)")
    String name;

    @Option(name = "-k", aliases = "--kind", description = "NATIONAL (default), COLLECTIVE_LEAVE or REGIONAL")
    String kind = "NATIONAL";

    @Override
    public Object execute() {
        Holiday h = calendar.add("console", new Holiday(LocalDate.parse(date), name.strip(),
                Holiday.Kind.valueOf(kind.toUpperCase(Locale.ROOT))));
        System.out.println("Ditambahkan / Added: " + h.date() + " " + h.name() + " (" + h.kind() + ")");
        return null;
    }
}
