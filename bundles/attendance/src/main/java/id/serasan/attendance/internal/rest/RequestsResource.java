package id.serasan.attendance.internal.rest;

import id.serasan.attendance.internal.request.Attachments;
import id.serasan.attendance.internal.request.RequestService;
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

/**
 * {@code requests}: leave, duty travel, flexible work and permission. The employee submits and cancels their own;
 * the direct supervisor (HR when there is none) decides; who sees which: {@code Approvals}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.EMPLOYEE, Role.SUPERVISOR, Role.UNIT_OPERATOR, Role.HR_OPERATOR, Role.ADMIN})
public final class RequestsResource {
    private final RequestService requests;

    RequestsResource(RequestService requests) {
        this.requests = requests;
    }

    private static SerasanPrincipal caller(SecurityContext sc) {
        return (SerasanPrincipal) sc.getUserPrincipal();
    }

    @POST
    @Summary(value = "Ajukan cuti, dinas luar, kerja fleksibel atau izin / Submit leave, duty travel, flexible work or"
            + " permission", description = "Lampiran diunggah dulu (POST attachments), lalu disebut dengan"
            + " attachmentId. Cuti tahunan dibatasi sisa cuti; tanggal yang sudah ada dalam permohonan lain: 409. /"
            + " Upload the letter first (POST attachments), then name it by attachmentId. Annual leave is limited by"
            + " the balance; dates already in another request: 409.")
    @Returns(status = 201, type = RequestService.RequestView.class, location = true)
    public Response submit(RequestService.RequestInput body, @Context SecurityContext sc, @Context UriInfo uri) {
        RequestService.RequestView v = requests.submit(caller(sc), body);
        return Response.created(uri.getBaseUriBuilder().path("v1/attendance/requests").path(Long.toString(v.id()))
                .build()).entity(v).build();
    }

    @GET
    @Path("mine")
    @Summary("Permohonan saya / My requests")
    public List<RequestService.RequestView> mine(@Context SecurityContext sc) {
        return requests.mine(caller(sc));
    }

    @GET
    @Path("waiting")
    @RolesAllowed({Role.SUPERVISOR, Role.HR_OPERATOR, Role.ADMIN})
    @Summary("Permohonan yang menunggu keputusan saya / Requests waiting for my decision")
    public List<RequestService.RequestView> waiting(@Context SecurityContext sc) {
        return requests.waiting(caller(sc));
    }

    @GET
    @Path("{id}")
    @Summary("Satu permohonan / One request")
    public RequestService.RequestView get(@PathParam("id") long id, @Context SecurityContext sc) {
        return requests.get(caller(sc), id);
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed({Role.SUPERVISOR, Role.HR_OPERATOR, Role.ADMIN})
    @Summary(value = "Setujui atau tolak / Approve or refuse",
            description = "{\"approve\":true} atau/or {\"approve\":false,\"note\":\"alasan / why\"}")
    public RequestService.RequestView decide(@PathParam("id") long id, RequestService.RequestDecision body,
                                             @Context SecurityContext sc) {
        return requests.decide(caller(sc), id, body);
    }

    @POST
    @Path("{id}/cancel")
    @Summary("Batalkan permohonan sendiri (menunggu, atau disetujui dan belum mulai) / Cancel my own request")
    public RequestService.RequestView cancel(@PathParam("id") long id, @Context SecurityContext sc) {
        return requests.cancel(caller(sc), id);
    }

    @GET
    @Path("{id}/attachment")
    @Produces(MediaType.WILDCARD)
    @Summary("Unduh lampiran permohonan / Download the request's attachment")
    @Returns(status = 200, type = byte[].class, mediaType = "application/pdf",
            description = "Lampiran (PDF, JPEG atau PNG) / The attachment (PDF, JPEG or PNG)")
    public Response attachment(@PathParam("id") long id, @Context SecurityContext sc) {
        Attachments.FileView f = requests.attachment(caller(sc), id);
        return file(f, requests.attachmentContent(caller(sc), id));
    }

    static Response file(Attachments.FileView f, byte[] content) {
        return Response.ok(content, f.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + f.filename().replaceAll("[^A-Za-z0-9._-]", "_")
                        + "\"")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-store").build();
    }
}
