package id.serasan.platform.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.serasan.platform.api.security.Authenticated;
import id.serasan.platform.api.security.Public;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.RolesAllowed;
import id.serasan.platform.api.security.SerasanPrincipal;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.ws.rs.GET;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import org.junit.jupiter.api.Test;

/** Access declarations, path templates and the resource model in detail. */
class ModelDetailsTest {
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @HttpMethod("purge")
    @interface Purge {
    }

    public static class Declarations {
        @RolesAllowed({})
        public void none() {
        }

        @RolesAllowed({Role.SUPERVISOR, Role.HR_OPERATOR})
        public void two() {
        }

        @Public
        @RolesAllowed(Role.ADMIN)
        public void publicAndRoles() {
        }

        @Authenticated
        @RolesAllowed(Role.ADMIN)
        public void authenticatedAndRoles() {
        }

        @Authenticated(allowPasswordChangePending = true)
        public void pendingAllowed() {
        }

        @Authenticated
        public void plain() {
        }

        public void nothing() {
        }
    }

    @Public
    public static class PublicType {
    }

    private static Access on(String method) throws Exception {
        return Access.of(Declarations.class.getMethod(method), null);
    }

    static final SerasanPrincipal SUPERVISOR = new SerasanPrincipal(1, "s", Set.of(Role.SUPERVISOR), null, false);
    static final SerasanPrincipal HR = new SerasanPrincipal(2, "h", Set.of(Role.HR_OPERATOR), null, false);
    static final SerasanPrincipal EMPLOYEE = new SerasanPrincipal(3, "e", Set.of(Role.EMPLOYEE), null, false);
    static final SerasanPrincipal PENDING = new SerasanPrincipal(4, "p", Set.of(Role.HR_OPERATOR), null, true);

    @Test
    void declarationsAndWhatTheyDecide() throws Exception {
        assertThat(on("none")).isEqualTo(Access.UNDECLARED);
        assertThat(on("publicAndRoles")).isEqualTo(Access.UNDECLARED);
        assertThat(on("authenticatedAndRoles")).isEqualTo(Access.UNDECLARED);
        assertThat(on("nothing")).isEqualTo(Access.UNDECLARED);
        assertThat(Access.of(null, null)).isEqualTo(Access.UNDECLARED);
        assertThat(Access.of(Declarations.class.getMethod("nothing"), PublicType.class)).isEqualTo(Access.PUBLIC);
        assertThat(Access.of(Declarations.class.getMethod("plain"), PublicType.class).kind())
                .isEqualTo(Access.Kind.AUTHENTICATED);

        Access two = on("two");
        assertThat(two.kind()).isEqualTo(Access.Kind.ROLES);
        assertThat(two.roles()).containsExactlyInAnyOrder(Role.SUPERVISOR, Role.HR_OPERATOR);
        assertThat(two.allowPasswordChangePending()).isFalse();
        assertThat(two.decide(SUPERVISOR)).isEqualTo(Access.Decision.ALLOW);
        assertThat(two.decide(HR)).isEqualTo(Access.Decision.ALLOW);
        assertThat(two.decide(EMPLOYEE)).isEqualTo(Access.Decision.FORBIDDEN);
        assertThat(two.decide(PENDING)).isEqualTo(Access.Decision.PASSWORD_CHANGE_REQUIRED);
        assertThat(two.decide(null)).isEqualTo(Access.Decision.UNAUTHENTICATED);

        Access pending = on("pendingAllowed");
        assertThat(pending.allowPasswordChangePending()).isTrue();
        assertThat(pending.decide(PENDING)).isEqualTo(Access.Decision.ALLOW);
        assertThat(pending.decide(null)).isEqualTo(Access.Decision.UNAUTHENTICATED);
        Access plain = on("plain");
        assertThat(plain.decide(PENDING)).isEqualTo(Access.Decision.PASSWORD_CHANGE_REQUIRED);
        assertThat(plain.decide(EMPLOYEE)).isEqualTo(Access.Decision.ALLOW);
        assertThat(Access.PUBLIC.decide(null)).isEqualTo(Access.Decision.ALLOW);
        assertThat(Access.PUBLIC.decide(PENDING)).isEqualTo(Access.Decision.ALLOW);
        assertThat(Access.UNDECLARED.decide(HR)).isEqualTo(Access.Decision.FORBIDDEN);
        assertThat(Access.UNDECLARED.decide(null)).isEqualTo(Access.Decision.FORBIDDEN);
    }

    @Test
    void descriptionsForListings() throws Exception {
        assertThat(Access.PUBLIC.describe()).isEqualTo("public");
        assertThat(Access.UNDECLARED.describe()).isEqualTo("UNDECLARED");
        assertThat(on("plain").describe()).isEqualTo("authenticated");
        assertThat(on("two").describe()).isEqualTo("HR_OPERATOR,SUPERVISOR");
        assertThatThrownBy(() -> on("two").roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void templatesCountLiteralsAndVariables() {
        PathTemplate t = new PathTemplate("//users/{name}/password//");
        assertThat(t.template()).isEqualTo("users/{name}/password");
        assertThat(t.literalChars()).isEqualTo(15);
        assertThat(t.variables()).isEqualTo(1);
        PathTemplate two = new PathTemplate("a/{ x }/{y : \\d+ }");
        assertThat(two.variables()).isEqualTo(2);
        assertThat(two.literalChars()).isEqualTo(3);
        assertThat(two.variableNames()).containsExactly("x", "y");
        assertThat(two.plain()).isEqualTo("a/{x}/{y}");
        assertThat(two.matches("a/b/12")).isTrue();
        assertThat(two.matches("a/b/12x")).isFalse();
        assertThat(two.matches("/a//b/12/")).isTrue();
        assertThat(two.matches("a/b/c/12")).isFalse();
        PathTemplate lit = new PathTemplate("a.b/c");
        assertThat(lit.literalChars()).isEqualTo(5);
        assertThat(lit.variables()).isZero();
        assertThat(lit.variableNames()).isEmpty();
        assertThat(lit.matches("a.b/c")).isTrue();
        assertThat(lit.matches("axb/c")).as("literals are quoted").isFalse();
        assertThat(new PathTemplate("{id}").matches("")).isFalse();
        assertThat(new PathTemplate("").matches("/")).isTrue();
        assertThat(new PathTemplate(null).template()).isEmpty();
    }

    @Test
    void partsAreJoinedWithOneSlash() {
        assertThat(PathTemplate.join("", "x")).isEqualTo("x");
        assertThat(PathTemplate.join("/a/", "")).isEqualTo("a");
        assertThat(PathTemplate.join("/a/", "/b/")).isEqualTo("a/b");
        assertThat(PathTemplate.join("", "")).isEmpty();
        assertThat(PathTemplate.normalise("///a///b///")).isEqualTo("a/b");
        assertThat(PathTemplate.normalise(null)).isEmpty();
    }

    /** A locator that returns its own class: followed to a fixed depth, not forever. */
    public static class Loop {
        @GET
        @Public
        public String here() {
            return "";
        }

        @Path("next")
        public Loop next() {
            return this;
        }
    }

    public static class Generic implements Supplier<String> {
        @GET
        @Public
        @Override
        public String get() {
            return "";
        }

        @GET
        @Path("static")
        @Public
        public static String notAResource() {
            return "";
        }

        @Purge
        @Path("cache")
        @Public
        public void purge() {
        }

        @POST
        @Path("cache")
        public void fill() {
        }

        @Path("cache")
        @Public
        public void options(String a, String b) {
        }
    }

    @Test
    void locatorsAreFollowedNineLevelsDeep() throws Exception {
        ResourceModel m = ResourceModel.of(Loop.class);
        assertThat(m.endpoints()).hasSize(9);
        assertThat(m.endpoints().get(0).path()).isEmpty();
        assertThat(m.endpoints().get(8).path()).isEqualTo("next/next/next/next/next/next/next/next");
        assertThat(m.endpoints().get(2).chain()).containsExactly(Loop.class.getMethod("next"), Loop.class.getMethod("next"));
        assertThat(m.endpoints().get(0).chain()).isEmpty();
    }

    @Test
    void onlyInstanceResourceMethodsWithoutBridgesAreEndpoints() {
        ResourceModel m = ResourceModel.of(Generic.class);
        assertThat(m.endpoints()).extracting(e -> e.httpMethod() + " " + e.path())
                .containsExactly("GET ", "POST cache", "PURGE cache");
        assertThat(m.undeclared()).extracting(Endpoint::httpMethod).containsExactly("POST");
        assertThatThrownBy(() -> m.undeclared().clear()).isInstanceOf(UnsupportedOperationException.class);
        List<Endpoint> cache = m.matchingPath("/cache/");
        assertThat(ResourceModel.allowed(cache)).containsExactly("POST", "PURGE");
        assertThat(ResourceModel.forMethod(cache, "purge")).extracting(Endpoint::httpMethod).containsExactly("PURGE");
        assertThat(ResourceModel.forMethod(cache, "HEAD")).isEmpty();
        assertThat(ResourceModel.forMethod(m.matchingPath(""), "head")).extracting(Endpoint::httpMethod).containsExactly("GET");
        assertThat(ResourceModel.forMethod(m.matchingPath(""), "GET")).hasSize(1);
        assertThat(ResourceModel.forMethod(m.matchingPath(""), "POST")).isEmpty();
        assertThat(m.matchingPath("static")).isEmpty();
        assertThat(m.matchingPath("nothing")).isEmpty();
    }
}
