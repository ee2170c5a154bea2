package id.serasan.personnel.internal.rest;

import static id.serasan.personnel.internal.rest.PersonnelServices.viewer;

import id.serasan.personnel.api.Employee;
import id.serasan.personnel.internal.access.Viewer;
import id.serasan.personnel.internal.career.CareerService;
import id.serasan.personnel.internal.correction.CorrectionService;
import id.serasan.personnel.internal.document.DocumentService;
import id.serasan.personnel.internal.employee.EmployeeService;
import id.serasan.personnel.internal.history.HistoryService;
import id.serasan.personnel.internal.io.EmployeeExport;
import id.serasan.personnel.internal.io.EmployeeImport;
import id.serasan.personnel.internal.io.HistoryImport;
import id.serasan.personnel.internal.io.ImportReport;
import id.serasan.personnel.internal.schedule.DukAndSchedules;
import id.serasan.personnel.internal.schedule.DukAndSchedules.DukLine;
import id.serasan.personnel.internal.schedule.DukAndSchedules.ScheduleItem;
import id.serasan.personnel.internal.schedule.DukAndSchedules.ScheduleKind;
import id.serasan.personnel.internal.search.EmployeeSearch;
import id.serasan.personnel.internal.unit.UnitService;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.Page;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.PublicUrls;
import id.serasan.platform.api.RestModule;
import id.serasan.platform.api.openapi.Returns;
import id.serasan.platform.api.openapi.Summary;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.RolesAllowed;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/personnel}: the root of personnel's REST resources. Units, employees (one employee, its histories,
 * documents and corrections) and HR's corrections work list are sub-resources with their roles declared once per
 * class; the root serves the caller's own record, the DUK, the schedules and imports. Which records a caller sees
 * or edits within the roles is decided per object by the services (AccessPolicy).
 */
@Component(service = RestModule.class,
        property = {RestModule.MODULE_PROPERTY + "=personnel", RestModule.TITLE_PROPERTY + "=Kepegawaian / Personnel"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR})
public class PersonnelRest implements RestModule {
    private final PersonnelServices s;
    private final UnitsResource units;
    private final EmployeesResource employees;
    private final CorrectionsResource corrections;

    @Activate
    public PersonnelRest(@Reference UnitService units, @Reference EmployeeSearch search,
                         @Reference EmployeeService employees, @Reference CareerService careers,
                         @Reference DukAndSchedules schedules, @Reference EmployeeExport exporter,
                         @Reference HistoryService histories,
                         @Reference EmployeeImport importer, @Reference HistoryImport historyImporter,
                         @Reference DocumentService documents, @Reference CorrectionService corrections,
                         @Reference PublicUrls urls) {
        this.s = new PersonnelServices(units, search, employees, careers, schedules, exporter, histories, importer,
                historyImporter, documents, corrections, urls);
        this.units = new UnitsResource(s);
        this.employees = new EmployeesResource(s);
        this.corrections = new CorrectionsResource(s);
    }

    @Path("units")
    public UnitsResource units() {
        return units;
    }

    @Path("employees")
    public EmployeesResource employees() {
        return employees;
    }

    @Path("corrections")
    public CorrectionsResource corrections() {
        return corrections;
    }

    @GET
    @Path("me")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    @Summary("Data saya / My record")
    public Employee me(@Context SecurityContext sc) {
        Viewer v = viewer(sc);
        if (v.nip() == null) {
            throw ProblemException.notFound("Akun ini belum ditautkan ke NIP / This account is not linked to a NIP");
        }
        return s.employees().get(v, v.nip());
    }

    @GET
    @Path("duk")
    @Summary("DUK unit atau kabupaten / DUK of a unit or the regency")
    public Page<DukLine> duk(@QueryParam("unit") String unit, @QueryParam("page") Integer page,
                             @QueryParam("size") Integer size, @Context SecurityContext sc) {
        return s.schedules().duk(viewer(sc), unit, Page.clampPage(page), Page.clampSize(size));
    }

    @GET
    @Path("schedules/{kind: promotions|salary-steps|retirements}")
    @Summary("Jadwal kenaikan pangkat, KGB atau pensiun / Promotion, salary-step or retirement schedule")
    public Page<ScheduleItem> schedule(@PathParam("kind") String kind, @QueryParam("from") LocalDate from,
                                       @QueryParam("to") LocalDate to, @QueryParam("unit") String unit,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                       @Context SecurityContext sc) {
        ScheduleKind k = switch (kind) {
            case "promotions" -> ScheduleKind.PROMOTIONS;
            case "salary-steps" -> ScheduleKind.SALARY_STEPS;
            default -> ScheduleKind.RETIREMENTS;
        };
        return s.schedules().schedule(viewer(sc), k, from, to, unit, Page.clampPage(page), Page.clampSize(size));
    }

    @POST
    @Path("imports")
    @Consumes({"text/csv", EmployeesResource.XLSX})
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
    @Summary("Impor pegawai atau riwayat dari CSV/XLSX (uji dulu) / Import employees or histories (dry run first)")
    @Returns(status = 200, type = ImportReport.class,
            description = "Uji coba: setiap kesalahan baris, tidak ada yang ditulis / Dry run: every row error, nothing written")
    @Returns(status = 201, type = ImportReport.class, description = "Diimpor semua baris / Every row imported")
    public Response importEmployees(InputStream body, @QueryParam("dryRun") Boolean dryRun,
                                    @QueryParam("format") String format, @QueryParam("kind") String kind,
                                    @Context HttpHeaders headers, @Context SecurityContext sc) {
        MediaType type = headers.getMediaType();
        boolean xlsx = "xlsx".equalsIgnoreCase(format)
                || (type != null && EmployeesResource.XLSX.equals(type.getType() + "/" + type.getSubtype()));
        boolean dry = dryRun == null || dryRun;
        if (kind != null && !kind.equals("employees") && !kind.equals("histories")) {
            throw ProblemException.invalid(List.of(new FieldError("kind", "employees atau/or histories")));
        }
        ImportReport report = "histories".equals(kind) ? s.historyImporter().importHistories(viewer(sc), body, xlsx, dry)
                : s.importer().importEmployees(viewer(sc), body, xlsx, dry);
        return Response.status(report.applied() ? 201 : 200).entity(report).build();
    }
}
