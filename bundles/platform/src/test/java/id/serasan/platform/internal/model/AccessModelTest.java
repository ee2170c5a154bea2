package id.serasan.platform.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.security.Authenticated;
import id.serasan.platform.api.security.Public;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.RolesAllowed;
import id.serasan.platform.api.security.SerasanPrincipal;
import id.serasan.platform.internal.rest.RouterAccess;
import java.util.Set;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import org.junit.jupiter.api.Test;

/** The router's deny-by-default decision over a module's resource model. */
class AccessModelTest {

    @RolesAllowed(Role.HR_OPERATOR)
    public static class Root {
        @GET
        @Path("items")
        @Public
        public String list() {
            return "";
        }

        @GET
        @Path("items/{id: \\d+}")
        public String get(@PathParam("id") long id) {
            return "";
        }

        @DELETE
        @Path("items/{id: \\d+}")
        @RolesAllowed(Role.ADMIN)
        public void delete(@PathParam("id") long id) {
        }

        @POST
        @Path("forgotten")
        public void forgotten() {
        }

        @Path("units/{code}")
        public Unit unit(@PathParam("code") String code) {
            return new Unit();
        }
    }

    /** A sub-resource class without class-level declaration. */
    public static class Unit {
        @GET
        @Authenticated
        public String show() {
            return "";
        }

        @POST
        @Path("notes")
        public void undeclared() {
        }
    }

    public static class NoDeclarations {
        @GET
        @Path("x")
        public String x() {
            return "";
        }

        @GET
        @Path("y")
        @Public
        @Authenticated
        public String conflicting() {
            return "";
        }
    }

    static final SerasanPrincipal ADMIN = new SerasanPrincipal(1, "admin", Set.of(Role.ADMIN), null, false);
    static final SerasanPrincipal HR = new SerasanPrincipal(2, "hr", Set.of(Role.HR_OPERATOR), null, false);
    static final SerasanPrincipal EMPLOYEE = new SerasanPrincipal(3, "emp", Set.of(Role.EMPLOYEE), null, false);
    static final SerasanPrincipal PENDING = new SerasanPrincipal(4, "new", Set.of(Role.ADMIN), null, true);

    private final ResourceModel model = ResourceModel.of(Root.class);

    private static int status(Runnable r) {
        try {
            r.run();
            return 200;
        } catch (ProblemException e) {
            return e.status();
        }
    }

    private int call(String method, String path, SerasanPrincipal who) {
        return status(() -> RouterAccess.authorize(model, method, path, who));
    }

    @Test
    void theModelListsRootMethodsAndSubResourceMethods() {
        assertThat(model.endpoints()).extracting(e -> e.httpMethod() + " " + e.path()).containsExactlyInAnyOrder(
                "POST forgotten", "GET items", "GET items/{id: \\d+}", "DELETE items/{id: \\d+}",
                "GET units/{code}", "POST units/{code}/notes");
    }

    @Test
    void methodDeclarationsWinOverTheClassOne() {
        assertThat(call("GET", "items", null)).isEqualTo(200);
        assertThat(call("GET", "items/5", HR)).isEqualTo(200);
        assertThat(call("GET", "items/5", EMPLOYEE)).isEqualTo(403);
        assertThat(call("GET", "items/5", null)).isEqualTo(401);
        assertThat(call("DELETE", "items/5", HR)).isEqualTo(403);
        assertThat(call("DELETE", "items/5", ADMIN)).isEqualTo(200);
    }

    @Test
    void anUndeclaredMethodIsRefusedToEveryoneEvenAdmins() {
        assertThat(call("POST", "units/OPD-1/notes", ADMIN)).isEqualTo(403);
        assertThat(call("POST", "units/OPD-1/notes", null)).isEqualTo(403);
        assertThat(call("GET", "units/OPD-1", EMPLOYEE)).isEqualTo(200);
        ResourceModel none = ResourceModel.of(NoDeclarations.class);
        assertThat(none.undeclared()).hasSize(2);
        assertThat(status(() -> RouterAccess.authorize(none, "GET", "x", ADMIN))).isEqualTo(403);
        assertThat(status(() -> RouterAccess.authorize(none, "GET", "y", ADMIN))).as("conflicting declarations").isEqualTo(403);
    }

    @Test
    void theClassDeclarationCoversMethodsWithoutOne() {
        assertThat(call("POST", "forgotten", HR)).as("class-level HR_OPERATOR").isEqualTo(200);
        assertThat(call("POST", "forgotten", EMPLOYEE)).isEqualTo(403);
    }

    @Test
    void aOneTimePasswordAllowsNothingElse() {
        assertThat(call("DELETE", "items/5", PENDING)).isEqualTo(403);
        assertThatThrownBy(() -> RouterAccess.authorize(model, "DELETE", "items/5", PENDING))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.type()).isEqualTo("password-change-required"));
    }

    @Test
    void unknownPathsAre404AndOtherMethods405() {
        assertThat(call("GET", "nothing", ADMIN)).isEqualTo(404);
        assertThat(call("GET", "items/abc", ADMIN)).as("regex template does not match").isEqualTo(404);
        assertThat(call("PUT", "items", ADMIN)).isEqualTo(405);
        assertThat(call("HEAD", "items", null)).isEqualTo(200);
    }

    @Test
    void pathTemplatesMatchLikeJaxRs() {
        PathTemplate t = new PathTemplate("/users/{name}/password/");
        assertThat(t.matches("users/budi/password")).isTrue();
        assertThat(t.matches("users/budi/x/password")).isFalse();
        assertThat(t.plain()).isEqualTo("users/{name}/password");
        assertThat(new PathTemplate("a/{id: [0-9]{2}}").matches("a/12")).isTrue();
        assertThat(new PathTemplate("a/{id: [0-9]{2}}").matches("a/123")).isFalse();
    }
}
