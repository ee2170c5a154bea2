package id.serasan.personnel.internal.rest;

import static id.serasan.personnel.internal.rest.PersonnelServices.body;
import static id.serasan.personnel.internal.rest.PersonnelServices.viewer;

import id.serasan.personnel.api.Employee;
import id.serasan.personnel.api.EmployeeInput;
import id.serasan.personnel.api.EmployeeSummary;
import id.serasan.personnel.internal.io.EmployeeExport;
import id.serasan.personnel.internal.search.EmployeeQuery;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.Page;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.openapi.Returns;
import id.serasan.platform.api.openapi.Summary;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;

/**
 * {@code employees}: search, export and create; {@code employees/{nip}} leads to one {@link EmployeeResource}.
 * Which records a caller sees or edits within these roles is decided per object by the services (AccessPolicy).
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
public final class EmployeesResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PersonnelServices s;

    EmployeesResource(PersonnelServices s) {
        this.s = s;
    }

    @GET
    @Summary("Cari pegawai (nama atau NIP, unit, golongan, jabatan) / Search employees")
    public Page<EmployeeSummary> search(@BeanParam EmployeeFilter filter, @QueryParam("page") Integer page,
                                        @QueryParam("size") Integer size, @Context SecurityContext sc) {
        return s.search().search(viewer(sc), filter.query(), Page.clampPage(page), Page.clampSize(size));
    }

    @GET
    @Path("export")
    @Produces({"text/csv", XLSX})
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR})
    @Summary("Ekspor hasil pencarian ke CSV atau XLSX / Export a search as CSV or XLSX")
    @Returns(status = 200, type = byte[].class, mediaType = "text/csv", description = "CSV atau XLSX / CSV or XLSX")
    public Response export(@QueryParam("format") String format, @BeanParam EmployeeFilter filter,
                           @Context SecurityContext sc) {
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        if (format != null && !xlsx && !"csv".equalsIgnoreCase(format)) {
            throw ProblemException.invalid(List.of(new FieldError("format", "csv atau/or xlsx")));
        }
        EmployeeQuery query = filter.query();
        List<String[]> rows = s.exporter().rows(viewer(sc), query);
        StreamingOutput out = xlsx ? os -> EmployeeExport.writeXlsx(rows, os) : os -> EmployeeExport.writeCsv(rows, os);
        String name = "pegawai-" + LocalDate.now() + (xlsx ? ".xlsx" : ".csv");
        return Response.ok(out, xlsx ? XLSX : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
    @Summary("Tambah pegawai / Create an employee")
    @Returns(status = 201, type = Employee.class, location = true)
    public Response create(EmployeeInput body, @Context SecurityContext sc) {
        Employee e = s.employees().create(viewer(sc), body(body));
        return s.created(e, "employees", e.nip());
    }

    @Path(PersonnelServices.NIP)
    public EmployeeResource employee(@PathParam("nip") String nip) {
        return new EmployeeResource(s, nip);
    }
}
