package id.serasan.platform.internal.rest;

import id.serasan.platform.api.openapi.Returns;
import id.serasan.platform.api.openapi.Summary;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.RestModule;
import id.serasan.platform.api.Validation;
import id.serasan.platform.api.security.Authenticated;
import id.serasan.platform.api.security.Public;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.SerasanPrincipal;
import id.serasan.platform.internal.PlatformConfig;
import id.serasan.platform.internal.security.AuthService;
import java.time.Instant;
import java.util.Set;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/auth}: login (token or portal session), logout, who am I, own password change. */
@Component(service = RestModule.class, configurationPid = PlatformConfig.PID,
        property = {RestModule.MODULE_PROPERTY + "=auth", RestModule.TITLE_PROPERTY + "=Autentikasi / Authentication"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthRest implements RestModule {

    /** Body of a login. */
    public record LoginRequest(String username, String password,
                               @id.serasan.platform.api.openapi.Field(description = "true: token ponsel berumur panjang"
                                       + " (appTokenTtlDays) / true: a long-lived phone app token") Boolean app) {
        public LoginRequest(String username, String password) {
            this(username, password, null);
        }
    }

    /** A bearer token for an app or API client. */
    public record TokenResponse(String token, Instant expiresAt, boolean passwordChangeRequired, String username,
                                Set<Role> roles) {
    }

    /** A portal session: the token is in an HttpOnly cookie; send csrfToken as X-CSRF-Token on writes. */
    public record SessionResponse(Instant expiresAt, String csrfToken, boolean passwordChangeRequired, String username,
                                  Set<Role> roles) {
    }

    /** Body of an own password change. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** The caller. */
    public record Me(String username, Set<Role> roles, String nip, boolean passwordChangeRequired) {
    }

    private final AuthService auth;
    private volatile PlatformConfig config;

    @Activate
    public AuthRest(@Reference AuthService auth, PlatformConfig config) {
        this.auth = auth;
        this.config = config;
    }

    @Modified
    void modified(PlatformConfig config) {
        this.config = config;
    }

    @POST
    @Path("login")
    @Public
    @Summary(value = "Masuk dan terima token / Log in for a bearer token", description = "Untuk aplikasi dan skrip. Percobaan salah diperlambat per akun dan alamat (429 dengan Retry-After). / For apps and scripts; wrong attempts are slowed per account and address (429 with Retry-After).")
    public TokenResponse login(LoginRequest body, @Context HttpServletRequest req) {
        AuthService.Issued i = doLogin(body, req,
                body != null && Boolean.TRUE.equals(body.app()) ? AuthService.Kind.APP : AuthService.Kind.BEARER);
        return new TokenResponse(i.token(), i.expiresAt(), i.passwordChangeRequired(), i.account().username(),
                i.account().roles());
    }

    @POST
    @Path("session")
    @Public
    @Summary("Masuk dengan cookie sesi dan token CSRF / Log in with a session cookie and a CSRF token")
    @Returns(status = 200, type = SessionResponse.class, description = "Sesi dibuka; cookie SERASAN_SESSION / Session opened; cookie SERASAN_SESSION")
    public Response session(LoginRequest body, @Context HttpServletRequest req) {
        AuthService.Issued i = doLogin(body, req, AuthService.Kind.SESSION);
        long maxAge = Math.max(0, i.expiresAt().getEpochSecond() - Instant.now().getEpochSecond());
        String secure = config.secureCookies() ? "; Secure" : "";
        return Response.ok(new SessionResponse(i.expiresAt(), i.csrfToken(), i.passwordChangeRequired(),
                        i.account().username(), i.account().roles()))
                .header("Set-Cookie", SecurityFilter.SESSION_COOKIE + "=" + i.token() + "; Path=/; Max-Age=" + maxAge
                        + "; HttpOnly; SameSite=Strict" + secure)
                .header("Set-Cookie", SecurityFilter.CSRF_COOKIE + "=" + i.csrfToken() + "; Path=/; Max-Age=" + maxAge
                        + "; SameSite=Strict" + secure)
                .build();
    }

    private AuthService.Issued doLogin(LoginRequest body, HttpServletRequest req, AuthService.Kind kind) {
        if (body == null) {
            throw ProblemException.badRequest("Kirim {\"username\",\"password\"} / Send {\"username\",\"password\"}");
        }
        new Validation().required("username", body.username()).required("password", body.password())
                .maxLength("username", body.username(), 64).maxLength("password", body.password(), 200)
                .throwIfInvalid();
        return auth.login(body.username(), body.password(), address(req), kind);
    }

    private static String address(HttpServletRequest req) {
        Object addr = req.getAttribute(SecurityFilter.CLIENT_ADDRESS);
        return addr == null ? "unknown" : addr.toString();
    }

    @POST
    @Path("logout")
    @Authenticated(allowPasswordChangePending = true)
    @Summary("Keluar: token atau sesi ini dicabut / Log out: this token or session is revoked")
    @Returns(status = 204, description = "Keluar / Logged out")
    public Response logout(@Context HttpServletRequest req) {
        Object v = req.getAttribute(SecurityFilter.VERIFIED);
        if (v instanceof AuthService.Verified verified) {
            auth.logout(verified);
        }
        String secure = config.secureCookies() ? "; Secure" : "";
        return Response.noContent()
                .header("Set-Cookie", SecurityFilter.SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + secure)
                .header("Set-Cookie", SecurityFilter.CSRF_COOKIE + "=; Path=/; Max-Age=0; SameSite=Strict" + secure)
                .build();
    }

    @GET
    @Path("me")
    @Authenticated(allowPasswordChangePending = true)
    @Summary("Akun saya / My account")
    public Me me(@Context SecurityContext sc) {
        SerasanPrincipal p = (SerasanPrincipal) sc.getUserPrincipal();
        return new Me(p.username(), p.roles(), p.nip(), p.passwordChangeRequired());
    }

    @POST
    @Path("password")
    @Authenticated(allowPasswordChangePending = true)
    @Summary(value = "Ganti kata sandi sendiri / Change my password", description = "Token lain akun ini dicabut. / The account's other tokens are revoked.")
    @Returns(status = 204, description = "Kata sandi diganti / Password changed")
    public Response changePassword(PasswordChange body, @Context HttpServletRequest req) {
        if (body == null) {
            throw ProblemException.badRequest("Kirim {\"currentPassword\",\"newPassword\"} / Send {\"currentPassword\",\"newPassword\"}");
        }
        if (!(req.getAttribute(SecurityFilter.VERIFIED) instanceof AuthService.Verified verified)) {
            throw new ProblemException(401, "unauthorized", null, "Silakan login terlebih dahulu / Please log in first", null);
        }
        auth.changeOwnPassword(verified, body.currentPassword(), body.newPassword(), address(req));
        return Response.noContent().build();
    }
}
