package id.serasan.attendance.internal.rest;

import id.serasan.attendance.api.Holiday;
import id.serasan.attendance.internal.calendar.CalendarService;
import id.serasan.attendance.internal.calendar.OutageService;
import id.serasan.attendance.internal.calendar.RosterService;
import id.serasan.attendance.internal.checkin.CheckInRequest;
import id.serasan.attendance.internal.checkin.CheckInService;
import id.serasan.attendance.internal.checkin.SiteService;
import id.serasan.attendance.internal.checkin.Staff;
import id.serasan.attendance.internal.day.DayRules;
import id.serasan.attendance.internal.day.DayService;
import id.serasan.attendance.internal.day.DayStatus;
import id.serasan.attendance.internal.day.Recap;
import id.serasan.attendance.internal.request.AppealService;
import id.serasan.attendance.internal.request.Attachments;
import id.serasan.attendance.internal.request.RequestService;
import id.serasan.attendance.internal.request.ReviewService;
import id.serasan.attendance.internal.store.AttendanceDatabase;
import id.serasan.attendance.internal.store.CheckInRepository;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.RestModule;
import id.serasan.platform.api.audit.AuditService;
import id.serasan.platform.api.openapi.Returns;
import id.serasan.platform.api.openapi.Summary;
import id.serasan.platform.api.security.Public;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.RolesAllowed;
import id.serasan.platform.api.security.SerasanPrincipal;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/attendance}: check-ins from phones, the caller's own day and month, the working-day calendar,
 * outage windows, geofence sites, device bindings and recaps. Who sees whose attendance: {@link Scope}.
 */
@Component(service = RestModule.class,
        property = {RestModule.MODULE_PROPERTY + "=attendance", RestModule.TITLE_PROPERTY + "=Presensi / Attendance"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttendanceRest implements RestModule {
    private static final Role[] ANY_EMPLOYEE = {Role.EMPLOYEE, Role.SUPERVISOR, Role.UNIT_OPERATOR, Role.HR_OPERATOR,
        Role.ADMIN};

    private final CheckInService checkIns;
    private final DayService days;
    private final CalendarService calendar;
    private final OutageService outages;
    private final SiteService sites;
    private final Staff staff;
    private final AttendanceDatabase db;
    private final AuditService audit;
    private final RequestService requests;
    private final AppealService appeals;
    private final ReviewService reviews;
    private final Attachments attachments;
    private final RosterService rosters;
    private final CheckInRepository repo = new CheckInRepository();

    /** The caller's today: the day so far, where they may check in, and any outage notice. */
    public record Today(Instant serverTime, String nip, String name, String unitName, DayStatus day,
                        List<SiteService.SiteView> sites, List<OutageService.Outage> outages) {
    }

    /** A holiday to add. */
    public record HolidayInput(LocalDate date, String name, Holiday.Kind kind) {
    }

    /** An outage to declare: from, to (ISO instants), the unit codes (empty: all) and a note. */
    public record OutageInput(Instant from, Instant to, List<String> units, String note) {
    }

    /** The working day a number of working days after a date. */
    public record WorkingDay(LocalDate from, int workingDays, LocalDate date) {
    }

    @Activate
    public AttendanceRest(@Reference CheckInService checkIns, @Reference DayService days,
                          @Reference CalendarService calendar, @Reference OutageService outages,
                          @Reference SiteService sites, @Reference Staff staff, @Reference AttendanceDatabase db,
                          @Reference AuditService audit, @Reference RequestService requests,
                          @Reference AppealService appeals, @Reference ReviewService reviews,
                          @Reference Attachments attachments, @Reference RosterService rosters) {
        this.rosters = rosters;
        this.requests = requests;
        this.appeals = appeals;
        this.reviews = reviews;
        this.attachments = attachments;
        this.checkIns = checkIns;
        this.days = days;
        this.calendar = calendar;
        this.outages = outages;
        this.sites = sites;
        this.staff = staff;
        this.db = db;
        this.audit = audit;
    }

    private static SerasanPrincipal caller(SecurityContext sc) {
        return (SerasanPrincipal) sc.getUserPrincipal();
    }

    @POST
    @Path("check-ins")
    @RolesAllowed({Role.EMPLOYEE, Role.SUPERVISOR, Role.UNIT_OPERATOR, Role.HR_OPERATOR, Role.ADMIN})
    @Summary(value = "Presensi masuk atau pulang (untuk diri sendiri) / Check in or out (for yourself)",
            description = "Sekali per clientId: kiriman ulang dijawab dengan rekaman yang sama. Di luar lokasi kantor: 422"
                    + " dengan distanceMetres. / Once per clientId: a repeat gets the same answer. Outside the office"
                    + " area: 422 with distanceMetres.")
    @Returns(status = 201, type = CheckInService.CheckInResult.class, description = "Tersimpan / Stored")
    public Response checkIn(CheckInRequest body, @Context SecurityContext sc, @Context UriInfo uri) {
        CheckInService.CheckInResult r = checkIns.checkIn(caller(sc), body);
        return Response.created(uri.getBaseUriBuilder().path("v1/attendance/me/check-ins").path(r.clientId()).build())
                .entity(r).build();
    }

    @GET
    @Path("me/today")
    @RolesAllowed({Role.EMPLOYEE, Role.SUPERVISOR, Role.UNIT_OPERATOR, Role.HR_OPERATOR, Role.ADMIN})
    @Summary("Hari ini: status, lokasi kantor, pengumuman gangguan / Today: status, office sites, outage notices")
    public Today today(@Context SecurityContext sc) {
        Staff.Member m = checkIns.self(caller(sc));
        long now = System.currentTimeMillis();
        LocalDate date = DayRules.local(now).toLocalDate();
        List<SiteService.SiteView> mine = sites.sitesOf(m).stream().map(s -> new SiteService.SiteView(null, null, null,
                s.name(), s.centre().latitude(), s.centre().longitude(), s.radius(),
                s.polygon().stream().map(p -> new double[] {p.latitude(), p.longitude()}).toList(), null)).toList();
        return new Today(Instant.ofEpochMilli(now), m.nip(), m.name(), m.unitName(), days.day(m, date, now), mine,
                outages.current(m.unitPath(), now));
    }

    @GET
    @Path("me/month")
    @RolesAllowed({Role.EMPLOYEE, Role.SUPERVISOR, Role.UNIT_OPERATOR, Role.HR_OPERATOR, Role.ADMIN})
    @Summary("Presensi saya sebulan dengan potongan TPP / My month with the TPP deduction")
    public DayService.MonthView myMonth(@QueryParam("month") String month, @Context SecurityContext sc) {
        return days.month(checkIns.self(caller(sc)), month(month), System.currentTimeMillis());
    }

    @GET
    @Path("employees/{nip}/month")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR})
    @Summary("Presensi seorang pegawai sebulan / One employee's month")
    public DayService.MonthView month(@PathParam("nip") String nip, @QueryParam("month") String month,
                                      @Context SecurityContext sc) {
        return days.month(Scope.employee(caller(sc), staff, nip), month(month), System.currentTimeMillis());
    }

    @GET
    @Path("recaps")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", RecapCsv.XLSX})
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
    @Summary(value = "Rekap bulanan per unit (JSON, CSV atau XLSX) / Monthly recap of a unit (JSON, CSV or XLSX)",
            description = "unit kosong: seluruh kabupaten (HR). format=csv atau format=xlsx. / No unit: the whole"
                    + " regency (HR). format=csv or format=xlsx.")
    @Returns(status = 200, type = Recap.RecapResult.class)
    public Response recap(@QueryParam("unit") String unit, @QueryParam("month") String month,
                          @QueryParam("format") String format, @Context SecurityContext sc) {
        if (format != null && !"csv".equalsIgnoreCase(format) && !"json".equalsIgnoreCase(format)
                && !"xlsx".equalsIgnoreCase(format)) {
            throw ProblemException.invalid(List.of(new FieldError("format", "json, csv atau/or xlsx")));
        }
        String u = unit == null || unit.isBlank() ? null : unit.trim();
        if (u != null && staff.unit(u).isEmpty()) {
            throw ProblemException.notFound("Unit " + u + " tidak ada / No unit " + u);
        }
        Scope.recap(caller(sc), staff, u);
        YearMonth m = month(month);
        Recap.RecapResult r = days.recap(u, m, System.currentTimeMillis());
        String name = "rekap-" + (u == null ? "kabupaten" : u.replaceAll("[^A-Za-z0-9-]", "_")) + "-" + m;
        if ("xlsx".equalsIgnoreCase(format)) {
            StreamingOutput x = os -> RecapCsv.xlsx(r, os);
            return Response.ok(x, RecapCsv.XLSX).header("Content-Disposition", "attachment; filename=\"" + name
                    + ".xlsx\"").build();
        }
        if (!"csv".equalsIgnoreCase(format)) {
            return Response.ok(r, MediaType.APPLICATION_JSON).build();
        }
        StreamingOutput out = os -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            RecapCsv.write(r, w);
            w.flush();
        };
        return Response.ok(out, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\""
                + name + ".csv\"").build();
    }

    @GET
    @Path("holidays")
    @Public
    @Summary("Hari libur nasional dan cuti bersama setahun / The year's holidays and collective leave")
    public List<Holiday> holidays(@QueryParam("year") Integer year) {
        int y = year(year);
        return calendar.holidays(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    @POST
    @Path("holidays")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
    @Summary("Tambah hari libur / Add a holiday")
    @Returns(status = 201, type = Holiday.class)
    public Response addHoliday(HolidayInput body, @Context SecurityContext sc, @Context UriInfo uri) {
        if (body == null) {
            throw ProblemException.badRequest("Kirim {\"date\",\"name\",\"kind\"} / Send {\"date\",\"name\",\"kind\"}");
        }
        new id.serasan.platform.api.Validation().required("date", body.date()).required("name", body.name())
                .maxLength("name", body.name(), 200).throwIfInvalid();
        Holiday h = calendar.add(caller(sc).username(), new Holiday(body.date(), body.name().strip(),
                body.kind() == null ? Holiday.Kind.NATIONAL : body.kind()));
        return Response.created(uri.getBaseUriBuilder().path("v1/attendance/holidays").path(h.date().toString())
                .build()).entity(h).build();
    }

    @DELETE
    @Path("holidays/{date}")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
    @Summary("Hapus hari libur / Remove a holiday")
    @Returns(status = 204, description = "Dihapus / Removed")
    public Response removeHoliday(@PathParam("date") String date, @Context SecurityContext sc) {
        calendar.remove(caller(sc).username(), date(date, "date"));
        return Response.noContent().build();
    }

    @GET
    @Path("calendar/working-day")
    @Public
    @Summary("Hari kerja ke-N sesudah suatu tanggal / The Nth working day after a date")
    public WorkingDay workingDay(@QueryParam("from") String from, @QueryParam("days") Integer n) {
        LocalDate f = date(from, "from");
        if (n == null || n < 0 || n > 1000) {
            throw ProblemException.invalid(List.of(new FieldError("days", "0–1000")));
        }
        return new WorkingDay(f, n, calendar.addWorkingDays(f, n));
    }

    @GET
    @Path("outages")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
    @Summary("Gangguan sistem yang diumumkan / Declared system outages")
    public List<OutageService.Outage> outages(@QueryParam("since") String since) {
        return outages.list(since == null ? LocalDate.now(DayRules.ZONE).minusDays(31) : date(since, "since"));
    }

    @POST
    @Path("outages")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
    @Summary("Umumkan gangguan sistem: tak ada yang dirugikan / Declare an outage: nobody is penalised")
    @Returns(status = 201, type = OutageService.Outage.class)
    public Response declare(OutageInput body, @Context SecurityContext sc, @Context UriInfo uri) {
        if (body == null) {
            throw ProblemException.badRequest("Kirim {\"from\",\"to\",\"units\",\"note\"} / Send {\"from\",\"to\",\"units\",\"note\"}");
        }
        new id.serasan.platform.api.Validation().required("from", body.from()).required("to", body.to())
                .required("note", body.note()).maxLength("note", body.note(), 500).throwIfInvalid();
        List<String> units = body.units() == null ? List.of() : body.units().stream().map(String::trim).toList();
        for (String u : units) {
            if (staff.unit(u).isEmpty()) {
                throw ProblemException.invalid(List.of(new FieldError("units", "Unit tidak ada / No unit: " + u)));
            }
        }
        OutageService.Outage o = outages.declare(caller(sc).username(), body.from(), body.to(), units,
                body.note().strip());
        return Response.created(uri.getBaseUriBuilder().path("v1/attendance/outages").path(Long.toString(o.id()))
                .build()).entity(o).build();
    }

    @POST
    @Path("outages/{id}/cancel")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
    @Summary("Batalkan pengumuman gangguan / Cancel an outage")
    public OutageService.Outage cancel(@PathParam("id") long id, @Context SecurityContext sc) {
        return outages.cancel(caller(sc).username(), id);
    }

    @GET
    @Path("sites/units/{code}")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
    @Summary("Lokasi (geofence) kantor sebuah unit / A unit's office geofence")
    public List<SiteService.SiteView> unitSites(@PathParam("code") String code) {
        requireUnit(code);
        return sites.unitSites(code);
    }

    @PUT
    @Path("sites/units/{code}")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
    @Summary(value = "Atur lokasi kantor sebuah unit (berlaku seketika) / Set a unit's office geofence (applies at once)",
            description = "Daftar kosong: kembali ke koordinat unit di data kepegawaian. / Empty list: back to the unit's"
                    + " coordinates in personnel.")
    public List<SiteService.SiteView> setUnitSites(@PathParam("code") String code, List<SiteService.SiteView> body,
                                                   @Context SecurityContext sc) {
        return sites.setUnitSites(caller(sc).username(), code, body == null ? List.of() : body);
    }

    @GET
    @Path("employees/{nip}/sites")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
    @Summary("Lokasi tambahan seorang pegawai / An employee's extra sites")
    public List<SiteService.SiteView> employeeSites(@PathParam("nip") String nip, @Context SecurityContext sc) {
        Scope.employee(caller(sc), staff, nip);
        return sites.employeeSites(nip);
    }

    @POST
    @Path("employees/{nip}/sites")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
    @Summary("Tambah lokasi untuk seorang pegawai / Add a site for one employee")
    @Returns(status = 201, type = SiteService.SiteView.class)
    public Response addEmployeeSite(@PathParam("nip") String nip, SiteService.SiteView body,
                                    @Context SecurityContext sc) {
        return Response.status(201).entity(sites.addEmployeeSite(caller(sc).username(), nip, body)).build();
    }

    @DELETE
    @Path("employees/{nip}/sites/{id}")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
    @Summary("Hapus lokasi tambahan / Remove an extra site")
    @Returns(status = 204, description = "Dihapus / Removed")
    public Response removeEmployeeSite(@PathParam("nip") String nip, @PathParam("id") long id,
                                       @Context SecurityContext sc) {
        sites.removeEmployeeSite(caller(sc).username(), nip, id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("employees/{nip}/device")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
    @Summary("Lepas ikatan perangkat: ponsel berikutnya terikat / Release the bound device: the next phone binds")
    @Returns(status = 204, description = "Dilepas / Released")
    public Response releaseDevice(@PathParam("nip") String nip, @Context SecurityContext sc) {
        Scope.employee(caller(sc), staff, nip);
        String actor = caller(sc).username();
        boolean released = db.tx(c -> {
            String before = repo.boundDevice(c, nip).orElse(null);
            if (before == null) {
                return false;
            }
            repo.release(c, nip);
            audit.record(c, actor, "attendance.device.release", "employee", nip,
                    java.util.Map.of("deviceId", before), null);
            return true;
        });
        if (!released) {
            throw ProblemException.notFound("Tidak ada perangkat terikat / No device is bound");
        }
        return Response.noContent().build();
    }

    @GET
    @Path("attempts")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
    @Summary("Presensi yang ditolak (di luar lokasi) untuk ditinjau / Refused check-ins (outside the area) for review")
    public List<CheckInRepository.Attempt> attempts(@QueryParam("date") String date, @QueryParam("nip") String nip) {
        LocalDate d = date == null ? LocalDate.now(DayRules.ZONE) : date(date, "date");
        return db.read(c -> repo.attempts(c, nip, d, d, 500));
    }

    @Path("requests")
    public RequestsResource requests() {
        return new RequestsResource(requests);
    }

    @Path("appeals")
    public AppealsResource appeals() {
        return new AppealsResource(appeals);
    }

    @POST
    @Path("attachments")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.EMPLOYEE, Role.SUPERVISOR, Role.UNIT_OPERATOR, Role.HR_OPERATOR, Role.ADMIN})
    @Summary(value = "Unggah lampiran permohonan atau banding (PDF, JPEG, PNG) / Upload a letter for a request or"
            + " appeal (PDF, JPEG, PNG)", description = "Isi berkas sebagai badan permintaan; jenisnya dilihat dari"
            + " isinya. / The file as the request body; its type is judged from its content.")
    @Returns(status = 201, type = Attachments.FileView.class)
    public Response upload(@QueryParam("filename") String filename, java.io.InputStream body,
                           @Context SecurityContext sc) throws java.io.IOException {
        Staff.Member m = checkIns.self(caller(sc));
        int max = attachments.maxBytes();
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(max + 1);
        return Response.status(201).entity(attachments.upload(m.nip(), filename, bytes)).build();
    }

    @GET
    @Path("me/leave-balance")
    @RolesAllowed({Role.EMPLOYEE, Role.SUPERVISOR, Role.UNIT_OPERATOR, Role.HR_OPERATOR, Role.ADMIN})
    @Summary("Sisa cuti tahunan saya (dengan sisa tahun lalu, paling banyak 6) / My annual leave balance (with up to 6"
            + " days carried)")
    public RequestService.LeaveBalance myBalance(@QueryParam("year") Integer year, @Context SecurityContext sc) {
        return requests.balance(caller(sc), year(year));
    }

    @GET
    @Path("employees/{nip}/leave-balance")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR})
    @Summary("Sisa cuti tahunan seorang pegawai / One employee's annual leave balance")
    public RequestService.LeaveBalance balance(@PathParam("nip") String nip, @QueryParam("year") Integer year,
                                               @Context SecurityContext sc) {
        Scope.employee(caller(sc), staff, nip);
        return requests.balanceOf(nip, year(year));
    }

    @GET
    @Path("reviews")
    @RolesAllowed({Role.SUPERVISOR, Role.HR_OPERATOR, Role.ADMIN})
    @Summary("Presensi bertanda yang menunggu tinjauan saya / Flagged check-ins waiting for my review")
    public List<ReviewService.ReviewItem> reviews(@Context SecurityContext sc) {
        return reviews.waiting(caller(sc));
    }

    @POST
    @Path("employees/{nip}/check-ins/{clientId}/review")
    @RolesAllowed({Role.SUPERVISOR, Role.HR_OPERATOR, Role.ADMIN})
    @Summary(value = "Terima atau tolak presensi bertanda (diaudit) / Accept or reject a flagged check-in (audited)",
            description = "Ditolak: presensi itu tidak dihitung dan harinya dinilai ulang. / Rejected: it no longer"
                    + " counts and the day is judged again.")
    public ReviewService.ReviewItem review(@PathParam("nip") String nip, @PathParam("clientId") String clientId,
                                           ReviewService.ReviewInput body, @Context SecurityContext sc) {
        return reviews.decide(caller(sc), nip, clientId, body);
    }

    /** An employee's roster of a month to store: shift codes by day ({@code "2026-12-01": "P"}). */
    public record RosterInput(java.util.Map<String, String> days) {
    }

    @GET
    @Path("units/{code}/shifts")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
    @Summary("Sif kerja sebuah unit / A unit's shifts")
    public List<RosterService.ShiftView> shifts(@PathParam("code") String code) {
        requireUnit(code);
        return rosters.shifts(code);
    }

    @PUT
    @Path("units/{code}/shifts")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
    @Summary(value = "Atur sif kerja sebuah unit (HR, operator unit itu) / Set a unit's shifts (HR, that unit's"
            + " operator)", description = "[{\"code\":\"M\",\"name\":\"Malam\",\"start\":\"21:00\",\"end\":\"07:00\"}]: jam"
            + " selesai sebelum jam mulai = sif malam sampai pagi berikutnya. / An end before the start is a night"
            + " shift ending the next morning.")
    public List<RosterService.ShiftView> setShifts(@PathParam("code") String code,
                                                   List<RosterService.ShiftInput> body, @Context SecurityContext sc) {
        requireUnit(code);
        Scope.unitWrite(caller(sc), staff, code);
        return rosters.setShifts(caller(sc).username(), code, body == null ? List.of() : body);
    }

    @GET
    @Path("employees/{nip}/roster")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR})
    @Summary("Jadwal sif seorang pegawai sebulan / One employee's roster of a month")
    public RosterService.RosterView roster(@PathParam("nip") String nip, @QueryParam("month") String month,
                                           @Context SecurityContext sc) {
        Scope.employee(caller(sc), staff, nip);
        return rosters.roster(nip, month(month));
    }

    @GET
    @Path("me/roster")
    @RolesAllowed({Role.EMPLOYEE, Role.SUPERVISOR, Role.UNIT_OPERATOR, Role.HR_OPERATOR, Role.ADMIN})
    @Summary("Jadwal sif saya sebulan / My roster of a month")
    public RosterService.RosterView myRoster(@QueryParam("month") String month, @Context SecurityContext sc) {
        return rosters.roster(checkIns.self(caller(sc)).nip(), month(month));
    }

    @PUT
    @Path("employees/{nip}/roster")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
    @Summary(value = "Atur jadwal sif seorang pegawai sebulan (berlaku seketika) / Set one employee's roster of a month"
            + " (applies at once)", description = "{\"days\":{\"2026-12-01\":\"P\",\"2026-12-02\":\"M\"}}: hari yang"
            + " tidak disebut libur; kosong: kembali ke jam kerja biasa. / Days not named are off; empty: back to the"
            + " regular hours.")
    public RosterService.RosterView setRoster(@PathParam("nip") String nip, @QueryParam("month") String month,
                                              RosterInput body, @Context SecurityContext sc) {
        Staff.Member m = Scope.employee(caller(sc), staff, nip);
        if (m.unitCode() == null) {
            throw ProblemException.conflict("Pegawai tanpa unit / The employee has no unit");
        }
        Scope.unitWrite(caller(sc), staff, m.unitCode());
        return rosters.setRoster(caller(sc).username(), nip, m.unitCode(), month(month),
                body == null || body.days() == null ? java.util.Map.of() : body.days());
    }

    private void requireUnit(String code) {
        if (staff.unit(code).isEmpty()) {
            throw ProblemException.notFound("Unit " + code + " tidak ada / No unit " + code);
        }
    }

    static int year(Integer year) {
        int y = year == null ? DayRules.local(System.currentTimeMillis()).getYear() : year;
        if (y < 2000 || y > 2100) {
            throw ProblemException.invalid(List.of(new FieldError("year", "2000–2100")));
        }
        return y;
    }

    static YearMonth month(String m) {
        if (m == null || m.isBlank()) {
            return YearMonth.now(DayRules.ZONE);
        }
        try {
            YearMonth y = YearMonth.parse(m.trim());
            if (y.getYear() < 2000 || y.getYear() > 2100) {
                throw new DateTimeParseException("range", m, 0);
            }
            return y;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(List.of(new FieldError("month", "YYYY-MM, mis. / e.g. 2026-12")));
        }
    }

    static LocalDate date(String d, String field) {
        if (d == null || d.isBlank()) {
            throw ProblemException.invalid(List.of(new FieldError(field, "Wajib diisi / Required")));
        }
        try {
            return LocalDate.parse(d.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(List.of(new FieldError(field, "YYYY-MM-DD")));
        }
    }
}
