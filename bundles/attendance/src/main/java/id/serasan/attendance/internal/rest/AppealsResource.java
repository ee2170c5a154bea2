package id.serasan.attendance.internal.rest;

import id.serasan.attendance.internal.request.AppealService;
import id.serasan.platform.api.openapi.Returns;
import id.serasan.platform.api.openapi.Summary;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.RolesAllowed;
import id.serasan.platform.api.security.SerasanPrincipal;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

/** {@code appeals}: an employee disputes a day's status with evidence; the supervisor (or HR) decides, audited. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.EMPLOYEE, Role.SUPERVISOR, Role.UNIT_OPERATOR, Role.HR_OPERATOR, Role.ADMIN})
public final class AppealsResource {
    private final AppealService appeals;

    AppealsResource(AppealService appeals) {
        this.appeals = appeals;
    }

    private static SerasanPrincipal caller(SecurityContext sc) {
        return (SerasanPrincipal) sc.getUserPrincipal();
    }

    @POST
    @Summary(value = "Ajukan banding atas satu hari / Appeal one day's status",
            description = "{\"date\",\"reason\",\"attachmentId\"}: hari kerja dalam batas hari banding; satu banding"
                    + " terbuka per hari (409). / A working day within the appeal window; one open appeal per day"
                    + " (409).")
    @Returns(status = 201, type = AppealService.AppealView.class, location = true)
    public Response submit(AppealService.AppealInput body, @Context SecurityContext sc, @Context UriInfo uri) {
        AppealService.AppealView v = appeals.submit(caller(sc), body);
        return Response.created(uri.getBaseUriBuilder().path("v1/attendance/appeals").path(Long.toString(v.id()))
                .build()).entity(v).build();
    }

    @GET
    @Path("mine")
    @Summary("Banding saya / My appeals")
    public List<AppealService.AppealView> mine(@Context SecurityContext sc) {
        return appeals.mine(caller(sc));
    }

    @GET
    @Path("waiting")
    @RolesAllowed({Role.SUPERVISOR, Role.HR_OPERATOR, Role.ADMIN})
    @Summary("Banding yang menunggu keputusan saya / Appeals waiting for my decision")
    public List<AppealService.AppealView> waiting(@Context SecurityContext sc) {
        return appeals.waiting(caller(sc));
    }

    @GET
    @Path("{id}")
    @Summary("Satu banding / One appeal")
    public AppealService.AppealView get(@PathParam("id") long id, @Context SecurityContext sc) {
        return appeals.get(caller(sc), id);
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed({Role.SUPERVISOR, Role.HR_OPERATOR, Role.ADMIN})
    @Summary(value = "Terima atau tolak banding (diaudit) / Accept or refuse an appeal (audited)",
            description = "{\"accept\":true} atau/or {\"accept\":false,\"note\":\"alasan / why\"}")
    public AppealService.AppealView decide(@PathParam("id") long id, AppealService.AppealDecision body,
                                           @Context SecurityContext sc) {
        return appeals.decide(caller(sc), id, body);
    }

    @POST
    @Path("{id}/withdraw")
    @Summary("Tarik banding sendiri yang masih menunggu / Withdraw my own pending appeal")
    public AppealService.AppealView withdraw(@PathParam("id") long id, @Context SecurityContext sc) {
        return appeals.withdraw(caller(sc), id);
    }

    @GET
    @Path("{id}/attachment")
    @Produces(MediaType.WILDCARD)
    @Summary("Unduh bukti banding / Download the appeal's evidence")
    @Returns(status = 200, type = byte[].class, mediaType = "application/pdf",
            description = "Bukti (PDF, JPEG atau PNG) / The evidence (PDF, JPEG or PNG)")
    public Response attachment(@PathParam("id") long id, @Context SecurityContext sc) {
        return RequestsResource.file(appeals.attachment(caller(sc), id), appeals.attachmentContent(caller(sc), id));
    }
}
