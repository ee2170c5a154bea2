package id.serasan.attendance.internal.command;

import id.serasan.attendance.internal.day.DayCloser;
import id.serasan.attendance.internal.day.DayRules;
import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Closes a past day now (the nightly job closes the last week by itself): posts DayClosed for every employee. */
@Command(scope = "serasan", name = "attendance-close-day",
        description = "Close a past working day now: post DayClosed for every employee / Tutup satu hari kerja")
@Service
public class CloseDayCommand implements Action {
    @Reference
    DayCloser closer;

    @Argument(index = 0, name = "date", required = true, description = "YYYY-MM-DD, before today")
    String date;

    @Override
    public Object execute() {
        LocalDate d = LocalDate.parse(date);
        if (!d.isBefore(LocalDate.now(DayRules.ZONE))) {
            System.out.println("Hanya hari yang sudah lewat / Only a day that is over: " + d);
            return null;
        }
        int n = closer.close(d);
        System.out.println(n == 0 ? d + " sudah ditutup / is closed already"
                : d + " ditutup / closed: " + n + " pegawai / employees");
        return null;
    }
}
