package id.serasan.example.guestbook.internal;

import id.serasan.platform.api.openapi.Returns;
import id.serasan.platform.api.openapi.Summary;
import id.serasan.example.guestbook.api.Entry;
import id.serasan.example.guestbook.api.NewEntry;
import id.serasan.platform.api.Page;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.PublicUrls;
import id.serasan.platform.api.RestModule;
import id.serasan.platform.api.security.Authenticated;
import id.serasan.platform.api.security.Public;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/guestbook}: a plain OSGi service routed by the platform; no whiteboard registration. */
@Component(service = RestModule.class,
        property = {RestModule.MODULE_PROPERTY + "=guestbook", RestModule.TITLE_PROPERTY + "=Buku tamu / Guestbook"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GuestbookRest implements RestModule {
    private final GuestbookService service;
    private final PublicUrls urls;

    @Activate
    public GuestbookRest(@Reference GuestbookService service, @Reference PublicUrls urls) {
        this.service = service;
        this.urls = urls;
    }

    @GET
    @Path("entries")
    @Public
    @Summary("Daftar isi buku tamu / List guestbook entries")
    public Page<Entry> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.list(Page.clampPage(page), Page.clampSize(size));
    }

    @GET
    @Path("entries/{id: \\d+}")
    @Public
    @Summary("Satu isian / One entry")
    public Entry get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("entries")
    @Authenticated
    @Summary("Tulis di buku tamu / Write an entry")
    @Returns(status = 201, type = Entry.class, location = true)
    public Response add(NewEntry body, @Context SecurityContext sc) {
        if (body == null) {
            throw ProblemException.badRequest("Kirim {\"message\"} / Send {\"message\"}");
        }
        Entry e = service.add(sc.getUserPrincipal().getName(), body.message());
        // Location from the configured public address, never from the request's Host header
        return Response.created(urls.api("guestbook", "entries", String.valueOf(e.id()))).entity(e).build();
    }

    @DELETE
    @Path("entries/{id: \\d+}")
    @RolesAllowed(Role.ADMIN)
    @Summary("Hapus isian / Delete an entry")
    @Returns(status = 204, description = "Dihapus / Deleted")
    public Response delete(@PathParam("id") long id, @Context SecurityContext sc) {
        service.delete(sc.getUserPrincipal().getName(), id);
        return Response.noContent().build();
    }
}
