package id.serasan.personnel.internal.rest;

import static id.serasan.personnel.internal.rest.PersonnelServices.ID;
import static id.serasan.personnel.internal.rest.PersonnelServices.viewer;

import id.serasan.personnel.internal.store.DocumentRepository;
import id.serasan.platform.api.openapi.Returns;
import id.serasan.platform.api.openapi.Summary;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.RolesAllowed;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

/**
 * {@code employees/{nip}/documents}: scanned decrees and certificates (PDF, JPEG, PNG). Every account may read and
 * upload within its sight (an employee their own, for a correction); HR and unit operators delete.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
public final class DocumentsResource {
    private final PersonnelServices s;
    private final String nip;

    DocumentsResource(PersonnelServices s, String nip) {
        this.s = s;
        this.nip = nip;
    }

    @GET
    @Summary("Dokumen pegawai / An employee's documents")
    public List<DocumentRepository.Document> list(@Context SecurityContext sc) {
        return s.documents().list(viewer(sc), nip);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Summary("Unggah dokumen (PDF, JPEG, PNG) / Upload a document")
    @Returns(status = 201, type = DocumentRepository.Document.class, location = true)
    public Response upload(@QueryParam("kind") String kind, @QueryParam("filename") String filename,
                           @Context HttpHeaders headers, InputStream body, @Context SecurityContext sc) {
        DocumentRepository.Document d = s.documents().upload(viewer(sc), nip, kind, filename,
                headers.getHeaderString(HttpHeaders.CONTENT_TYPE), body);
        return s.created(d, "employees", nip, "documents", String.valueOf(d.id()));
    }

    @GET
    @Path(ID)
    @Produces(MediaType.WILDCARD)
    @Summary("Unduh dokumen / Download a document")
    @Returns(status = 200, type = byte[].class, mediaType = "application/pdf",
            description = "Isi dokumen (PDF, JPEG atau PNG) / The document (PDF, JPEG or PNG)")
    public Response download(@PathParam("id") long id, @Context SecurityContext sc) {
        DocumentRepository.Content c = s.documents().get(viewer(sc), nip, id);
        return Response.ok(c.bytes(), c.document().contentType())
                .header("Content-Disposition", contentDisposition(c.document().filename()))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-store")
                .tag(c.document().sha256()).build();
    }

    @DELETE
    @Path(ID)
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
    @Summary("Hapus dokumen / Delete a document")
    @Returns(status = 204, description = "Dihapus / Deleted")
    public Response delete(@PathParam("id") long id, @Context SecurityContext sc) {
        s.documents().delete(viewer(sc), nip, id);
        return Response.noContent().build();
    }

    /** RFC 6266: an ASCII fallback name and the exact name in UTF-8. */
    static String contentDisposition(String filename) {
        String ascii = filename.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        String utf8 = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
