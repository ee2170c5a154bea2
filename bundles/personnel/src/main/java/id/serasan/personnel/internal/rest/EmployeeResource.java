package id.serasan.personnel.internal.rest;

import static id.serasan.personnel.internal.rest.PersonnelServices.body;
import static id.serasan.personnel.internal.rest.PersonnelServices.viewer;

import id.serasan.personnel.api.Employee;
import id.serasan.personnel.api.EmployeeInput;
import id.serasan.platform.api.openapi.Summary;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.RolesAllowed;
import javax.ws.rs.Produces;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

/**
 * {@code employees/{nip}}: one employee's record, and the way to its histories, documents and corrections. Every
 * account may ask; the services answer 404 for a record outside the caller's sight.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
public final class EmployeeResource {
    private final PersonnelServices s;
    private final String nip;

    EmployeeResource(PersonnelServices s, String nip) {
        this.s = s;
        this.nip = nip;
    }

    @GET
    @Summary("Data pegawai dengan nilai turunan / An employee with derived values")
    public Employee get(@Context SecurityContext sc) {
        return s.employees().get(viewer(sc), nip);
    }

    @PUT
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
    @Summary("Ubah data pegawai (dengan versi) / Change an employee (with the version)")
    public Employee update(EmployeeInput body, @Context SecurityContext sc) {
        return s.employees().update(viewer(sc), nip, body(body));
    }

    @Path("ranks")
    public CareerResources.Ranks ranks() {
        return new CareerResources.Ranks(s, nip);
    }

    @Path("positions")
    public CareerResources.Positions positions() {
        return new CareerResources.Positions(s, nip);
    }

    @Path("transfers")
    public CareerResources.Transfers transfers() {
        return new CareerResources.Transfers(s, nip);
    }

    @Path("education")
    public HistoryResources.Education education() {
        return new HistoryResources.Education(s, nip);
    }

    @Path("trainings")
    public HistoryResources.Trainings trainings() {
        return new HistoryResources.Trainings(s, nip);
    }

    @Path("family")
    public HistoryResources.Family family() {
        return new HistoryResources.Family(s, nip);
    }

    @Path("documents")
    public DocumentsResource documents() {
        return new DocumentsResource(s, nip);
    }

    @Path("corrections")
    public CorrectionsResource.OfEmployee corrections() {
        return new CorrectionsResource.OfEmployee(s, nip);
    }
}
