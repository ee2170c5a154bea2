package id.serasan.platform.internal.rest;

import id.serasan.platform.api.openapi.Returns;
import id.serasan.platform.api.openapi.Summary;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.security.Public;
import id.serasan.platform.api.security.SerasanPrincipal;
import id.serasan.platform.internal.health.HealthService;
import id.serasan.platform.internal.model.ResourceModel;
import id.serasan.platform.internal.modules.ModuleRegistry;
import id.serasan.platform.internal.openapi.OpenApiGenerator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.PathSegment;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The one JAX-RS whiteboard resource of Serasan. It never changes while the platform runs, so the whiteboard's
 * application is never rebuilt when modules come and go. {@code /api/v1/<module>/...} is routed through a
 * sub-resource locator to the module's {@link id.serasan.platform.api.RestModule} root, after the caller has been
 * checked against every endpoint the path could reach (deny by default).
 */
@Component(service = ApiRouter.class)
@JaxrsResource
@JaxrsExtensionSelect({"(osgi.jaxrs.name=" + JsonProvider.NAME + ")", "(osgi.jaxrs.name=" + ProblemMapper.NAME + ")",
        "(osgi.jaxrs.name=" + SecurityFilter.NAME + ")", "(osgi.jaxrs.name=" + ParamConverters.NAME + ")"})
@Path("api")
public class ApiRouter {
    private final ModuleRegistry modules;
    private final HealthService health;
    private final OpenApiGenerator openApi;
    /** The endpoints this class serves itself (not the module locator, which leads to no endpoint of its own). */
    private final ResourceModel own = ResourceModel.of(ApiRouter.class);

    @Activate
    public ApiRouter(@Reference ModuleRegistry modules, @Reference HealthService health,
                     @Reference OpenApiGenerator openApi) {
        this.modules = modules;
        this.health = health;
        this.openApi = openApi;
    }

    /**
     * 200 {@code {"status":"UP"}} when the database answers, 503 {@code {"status":"DOWN"}} when it does not; called
     * with an ADMIN's token, also the database check and each module's state.
     */
    @GET
    @Path("health")
    @Produces(MediaType.APPLICATION_JSON)
    @Public
    @Summary(value = "Status layanan / Service health", description = "Tanpa login: hanya UP/DOWN (503 bila basis data tidak menjawab). Dengan token ADMIN: juga basis data dan modul. / Anonymous: only UP/DOWN (503 when the database does not answer); with an ADMIN token also the database and the modules.")
    @Returns(status = 200, type = HealthService.Health.class, description = "Berjalan / Up")
    @Returns(status = 503, type = HealthService.Health.class, description = "Basis data tidak menjawab / The database does not answer")
    public Response health(@Context SecurityContext security) {
        HealthService.Health h = health.check();
        SerasanPrincipal caller = security != null && security.getUserPrincipal() instanceof SerasanPrincipal p ? p : null;
        return Response.status(h.up() ? 200 : 503).entity(HealthService.view(h, caller)).build();
    }

    /** OpenAPI 3.0 description of the platform and of the modules installed now. */
    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Public
    @Summary("Deskripsi OpenAPI dari yang terpasang sekarang / OpenAPI description of what is installed now")
    public Map<String, Object> openapi() {
        return openApi.generate(own);
    }

    /** Routes to a module's REST root after checking the caller may reach the requested endpoint. */
    @Path("v1/{module}")
    public Object module(@PathParam("module") String module, @Context UriInfo uri, @Context Request request,
                         @Context SecurityContext security) {
        ModuleRegistry.Registered root = modules.lookup(module).orElseThrow(() -> new ProblemException(404, "no-module",
                null, "Modul '" + module + "' tidak terpasang / Module '" + module + "' is not installed", null));
        String rest = remainingPath(uri);
        RouterAccess.authorize(root.model(), request.getMethod(), rest,
                security == null || !(security.getUserPrincipal() instanceof SerasanPrincipal p) ? null : p);
        return root.root();
    }

    /** The path below {@code api/v1/<module>}. */
    static String remainingPath(UriInfo uri) {
        List<PathSegment> segs = uri.getPathSegments(true);
        int start = 0;
        // skip "api", "v1", "<module>" (and an empty first segment some containers report)
        while (start < segs.size() && segs.get(start).getPath().isEmpty()) {
            start++;
        }
        start += 3;
        if (start >= segs.size()) {
            return "";
        }
        return segs.subList(start, segs.size()).stream().map(PathSegment::getPath)
                .collect(Collectors.joining("/"));
    }
}
