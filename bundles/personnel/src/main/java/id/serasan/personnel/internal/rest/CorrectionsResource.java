package id.serasan.personnel.internal.rest;

import static id.serasan.personnel.internal.rest.PersonnelServices.ID;
import static id.serasan.personnel.internal.rest.PersonnelServices.body;
import static id.serasan.personnel.internal.rest.PersonnelServices.entry;
import static id.serasan.personnel.internal.rest.PersonnelServices.viewer;

import id.serasan.personnel.internal.correction.CorrectionService;
import id.serasan.personnel.internal.store.CorrectionRepository.Correction;
import id.serasan.platform.api.Page;
import id.serasan.platform.api.openapi.Returns;
import id.serasan.platform.api.openapi.Summary;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.RolesAllowed;
import java.util.List;
import javax.ws.rs.Produces;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

/**
 * {@code corrections}: HR's work list of self-service correction proposals, approved (the record changes then) or
 * rejected with a reason. An HR operator cannot decide a correction of their own record.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
public final class CorrectionsResource {
    private final PersonnelServices s;

    CorrectionsResource(PersonnelServices s) {
        this.s = s;
    }

    /** The body of approve/reject. */
    public record Decision(String reason) {
    }

    @GET
    @Summary("Daftar kerja usulan perbaikan / The corrections work list")
    public Page<Correction> list(@QueryParam("status") String status, @QueryParam("page") Integer page,
                                 @QueryParam("size") Integer size) {
        return s.corrections().list(status, Page.clampPage(page), Page.clampSize(size));
    }

    @POST
    @Path(ID + "/approve")
    @Summary("Setujui usulan (data berubah sekarang) / Approve a correction (the record changes now)")
    public Correction approve(@PathParam("id") long id, Decision body, @Context SecurityContext sc) {
        return s.corrections().decide(viewer(sc), id, true, body == null ? null : body.reason());
    }

    @POST
    @Path(ID + "/reject")
    @Summary("Tolak usulan dengan alasan / Reject a correction with a reason")
    public Correction reject(@PathParam("id") long id, Decision body, @Context SecurityContext sc) {
        return s.corrections().decide(viewer(sc), id, false, body == null ? null : body.reason());
    }

    /** {@code employees/{nip}/corrections}: one employee's proposals; the employee proposes for their own record. */
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    public static final class OfEmployee {
        private final PersonnelServices s;
        private final String nip;

        OfEmployee(PersonnelServices s, String nip) {
            this.s = s;
            this.nip = nip;
        }

        @GET
        @Summary("Usulan perbaikan data seorang pegawai / An employee's correction proposals")
        public List<Correction> list(@Context SecurityContext sc) {
            return s.corrections().ofEmployee(viewer(sc), nip);
        }

        @GET
        @Path(ID)
        @Summary("Satu usulan perbaikan dan statusnya / One correction proposal and its status")
        public Correction one(@PathParam("id") long id, @Context SecurityContext sc) {
            return entry(list(sc), Correction::id, id);
        }

        @POST
        @Summary("Usulkan perbaikan data / Propose a correction")
        @Returns(status = 201, type = Correction.class, location = true)
        public Response propose(CorrectionService.Proposal body, @Context SecurityContext sc) {
            Correction k = s.corrections().propose(viewer(sc), nip, body(body));
            return s.created(k, "employees", nip, "corrections", String.valueOf(k.id()));
        }
    }
}
