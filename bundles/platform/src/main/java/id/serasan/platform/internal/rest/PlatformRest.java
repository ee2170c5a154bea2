package id.serasan.platform.internal.rest;

import id.serasan.platform.api.openapi.Returns;
import id.serasan.platform.api.openapi.Summary;
import id.serasan.platform.api.Page;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.PublicUrls;
import id.serasan.platform.api.RestModule;
import id.serasan.platform.api.audit.AuditQuery;
import id.serasan.platform.api.audit.AuditRecord;
import id.serasan.platform.api.audit.AuditService;
import id.serasan.platform.api.security.Authenticated;
import id.serasan.platform.api.security.Public;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.RolesAllowed;
import id.serasan.platform.api.security.SerasanPrincipal;
import id.serasan.platform.internal.modules.ModuleInfo;
import id.serasan.platform.internal.modules.ModuleRegistry;
import id.serasan.platform.internal.security.UserAccount;
import id.serasan.platform.internal.security.UserService;
import id.serasan.platform.internal.spi.Contributions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/platform}: accounts, audit trail, installed modules, contributed navigation and dashboard. */
@Component(service = RestModule.class,
        property = {RestModule.MODULE_PROPERTY + "=platform", RestModule.TITLE_PROPERTY + "=Platform"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class PlatformRest implements RestModule {

    /** Body of a new account. */
    public record NewUser(String username, String password, Set<Role> roles, String nip) {
    }

    /** Changes to an account; absent fields stay as they are. An empty nip unlinks the employee. */
    public record UserChange(Set<Role> roles, String nip, Boolean enabled) {
    }

    /** A password set by an administrator; by default the user must change it at next login. */
    public record PasswordReset(String password, Boolean mustChange) {
    }

    private final UserService users;
    private final AuditService audit;
    /**
     * The registry binds every RestModule, this one included, so getting its service while this component activates
     * would be a cycle (SCR reports it as an ERROR at boot). Through ComponentServiceObjects SCR binds without getting
     * the service; it is got when {@code GET modules} is asked.
     */
    private final ComponentServiceObjects<ModuleRegistry> modules;
    private final Contributions contributions;
    private final PublicUrls urls;

    @Activate
    public PlatformRest(@Reference UserService users, @Reference AuditService audit,
                        @Reference ComponentServiceObjects<ModuleRegistry> modules,
                        @Reference Contributions contributions,
                        @Reference PublicUrls urls) {
        this.urls = urls;
        this.modules = modules;
        this.users = users;
        this.audit = audit;
        this.contributions = contributions;
    }

    @GET
    @Path("users")
    @Summary("Cari akun / Search accounts")
    public Page<UserAccount> users(@QueryParam("q") String q, @QueryParam("page") Integer page,
                                   @QueryParam("size") Integer size) {
        return users.list(q == null || q.isBlank() ? null : q, Page.clampPage(page), Page.clampSize(size));
    }

    @POST
    @Path("users")
    @Summary("Buat akun / Create an account")
    @Returns(status = 201, type = UserAccount.class, location = true)
    public Response createUser(NewUser body, @Context SecurityContext sc) {
        if (body == null) {
            throw ProblemException.badRequest("Kirim data akun / Send the account");
        }
        UserAccount a = users.create(actor(sc), body.username(), body.password(), body.roles(), body.nip());
        return Response.created(urls.api("platform", "users", a.username())).entity(a).build();
    }

    @GET
    @Path("users/{username}")
    @Summary("Satu akun / One account")
    public UserAccount user(@PathParam("username") String username) {
        return users.find(username).orElseThrow(() -> ProblemException.notFound(
                "Pengguna tidak ditemukan / No such user: " + username));
    }

    @PATCH
    @Path("users/{username}")
    @Summary("Ubah peran, NIP atau status akun / Change an account's roles, NIP or state")
    public UserAccount changeUser(@PathParam("username") String username, UserChange body, @Context SecurityContext sc) {
        if (body == null) {
            throw ProblemException.badRequest("Kirim perubahan / Send the changes");
        }
        return users.update(actor(sc), username, body.roles(), body.nip(), body.enabled());
    }

    @POST
    @Path("users/{username}/password")
    @Summary("Atur ulang kata sandi (sekali pakai) / Reset a password (one-time)")
    @Returns(status = 204, description = "Diatur ulang; token akun dicabut / Reset; the account's tokens revoked")
    public Response resetPassword(@PathParam("username") String username, PasswordReset body,
                                  @Context SecurityContext sc) {
        if (body == null || body.password() == null) {
            throw ProblemException.badRequest("Kirim {\"password\"} / Send {\"password\"}");
        }
        users.resetPassword(actor(sc), username, body.password(), body.mustChange() == null || body.mustChange());
        return Response.noContent().build();
    }

    @GET
    @Path("audit")
    @Summary("Jejak audit / The audit trail")
    public Page<AuditRecord> audit(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                   @QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return audit.find(new AuditQuery(actor, action, entityType, entityId, instant("from", from), instant("to", to)),
                Page.clampPage(page), Page.clampSize(size));
    }

    @GET
    @Path("modules")
    @Summary("Modul terpasang / Installed modules")
    public List<ModuleInfo> modules() {
        ModuleRegistry m = modules.getService();
        try {
            return m.list();
        } finally {
            modules.ungetService(m);
        }
    }

    @GET
    @Path("navigation")
    @Public
    @Summary("Menu untuk saya / Navigation for me")
    public List<Contributions.NavigationEntry> navigation(@Context SecurityContext sc) {
        return contributions.navigation(caller(sc));
    }

    @GET
    @Path("dashboard")
    @Authenticated
    @Summary("Dasbor untuk saya / Dashboard for me")
    public List<Contributions.WidgetData> dashboard(@Context SecurityContext sc) {
        return contributions.dashboard(caller(sc));
    }

    @GET
    @Path("contributions")
    @Summary("Kontribusi modul (menu, dasbor, halaman, data) / What modules contribute")
    public Map<String, Object> contributions() {
        return contributions.summary();
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(List.of(new id.serasan.platform.api.FieldError(field,
                    "gunakan ISO-8601, mis. 2026-11-28T00:00:00Z / use ISO-8601, e.g. 2026-11-28T00:00:00Z")));
        }
    }

    static SerasanPrincipal caller(SecurityContext sc) {
        return sc != null && sc.getUserPrincipal() instanceof SerasanPrincipal p ? p : null;
    }

    static String actor(SecurityContext sc) {
        SerasanPrincipal p = caller(sc);
        return p == null ? "anonymous" : p.username();
    }
}
