package id.serasan.platform.internal.page;

import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.page.PageRequest;
import id.serasan.platform.api.spi.Text;
import id.serasan.platform.internal.security.AuthService;
import id.serasan.platform.internal.security.PasswordPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The session pages every staff page relies on, served by the page host itself because they set and clear the
 * session cookies: {@code /masuk} (log in), {@code /masuk/sandi} (change the password, required at the first login)
 * and {@code /keluar} (log out). They use the platform's login throttling and audit, like the REST login.
 */
final class LoginPages {
    static final String LOGIN = "/masuk";
    static final String PASSWORD = "/masuk/sandi";
    static final String LOGOUT = "/keluar";
    static final String TEMPLATE_LOGIN = "login.ftlh";
    static final String TEMPLATE_PASSWORD = "password.ftlh";

    /** What the router does with the answer. */
    sealed interface Outcome permits Show, Go {
    }

    /** Render a platform template in the layout. */
    record Show(String template, Map<String, Object> model, Text title, int status) implements Outcome {
    }

    /** Redirect, setting (or clearing) the session cookies. */
    record Go(String location, AuthService.Issued issued, boolean clear) implements Outcome {
    }

    private final AuthService auth;

    LoginPages(AuthService auth) {
        this.auth = auth;
    }

    static boolean handles(String path) {
        return LOGIN.equals(path) || PASSWORD.equals(path) || LOGOUT.equals(path);
    }

    /** Where to go after logging in: a path of this site only (no open redirect), never back to the login pages. */
    static String back(String wanted) {
        if (wanted == null || !wanted.startsWith("/") || wanted.startsWith("//") || wanted.contains("\\")
                || wanted.chars().anyMatch(c -> c < 0x21 || c == 0x7f) || wanted.length() > 500 || handles(wanted)) {
            return "/";
        }
        return wanted;
    }

    Outcome get(PageRequest r, AuthService.Verified session) {
        String back = back(r.query("kembali"));
        if (LOGOUT.equals(r.path())) {
            return new Show(TEMPLATE_LOGIN, loginModel(r, back, null, ""), title(r.path()), 200);
        }
        if (LOGIN.equals(r.path())) {
            if (session != null) {
                return new Go(session.principal().passwordChangeRequired() ? PASSWORD : back, null, false);
            }
            return new Show(TEMPLATE_LOGIN, loginModel(r, back, null, ""), title(LOGIN), 200);
        }
        if (session == null) {
            return new Go(LOGIN + "?kembali=" + PageRouter.encode(PASSWORD), null, false);
        }
        return new Show(TEMPLATE_PASSWORD, passwordModel(session, back, List.of()), title(PASSWORD), 200);
    }

    Outcome post(PageRequest r, AuthService.Verified session) {
        String back = back(r.form("kembali"));
        switch (r.path()) {
            case LOGOUT -> {
                if (session != null) {
                    auth.logout(session);
                }
                return new Go("/", null, true);
            }
            case LOGIN -> {
                String username = trim(r.form("username"), 64);
                String password = r.form("password");
                if (username.isEmpty() || password == null || password.isEmpty() || password.length() > 200) {
                    return new Show(TEMPLATE_LOGIN, loginModel(r, back,
                            r.text("Isi nama pengguna dan kata sandi.", "Enter your username and password."), username),
                            title(LOGIN), 422);
                }
                try {
                    AuthService.Issued issued = auth.login(username, password, r.clientAddress(), AuthService.Kind.SESSION);
                    return new Go(issued.passwordChangeRequired() ? PASSWORD + "?kembali=" + PageRouter.encode(back)
                            : back, issued, false);
                } catch (AuthService.TooManyAttempts e) {
                    return new Show(TEMPLATE_LOGIN, loginModel(r, back, r.text(
                            "Terlalu banyak percobaan yang salah. Tunggu " + e.retryAfterSeconds()
                                    + " detik, lalu coba lagi.",
                            "Too many wrong attempts. Wait " + e.retryAfterSeconds() + " seconds, then try again."),
                            username), title(LOGIN), 429);
                } catch (ProblemException e) {
                    return new Show(TEMPLATE_LOGIN, loginModel(r, back, r.text(
                            "Nama pengguna atau kata sandi salah. Periksa huruf besar/kecil, lalu coba lagi.",
                            "Wrong username or password. Check upper and lower case, then try again."), username),
                            title(LOGIN), 401);
                }
            }
            default -> {
                if (session == null) {
                    return new Go(LOGIN + "?kembali=" + PageRouter.encode(PASSWORD), null, false);
                }
                String current = r.form("currentPassword");
                String next = r.form("newPassword");
                String repeat = r.form("repeatPassword");
                List<Map<String, String>> errors = new ArrayList<>();
                if (next != null && !next.equals(repeat)) {
                    errors.add(error("repeatPassword", r.text("Kedua isian kata sandi baru tidak sama.",
                            "The two new passwords are not the same.")));
                }
                if (errors.isEmpty()) {
                    try {
                        auth.changeOwnPassword(session, current, next, r.clientAddress());
                        return new Go(back, null, false);
                    } catch (AuthService.TooManyAttempts e) {
                        errors.add(error("currentPassword", r.text("Terlalu banyak percobaan yang salah. Tunggu "
                                + e.retryAfterSeconds() + " detik.", "Too many wrong attempts. Wait "
                                + e.retryAfterSeconds() + " seconds.")));
                    } catch (ProblemException e) {
                        if (e.errors() == null || e.errors().isEmpty()) {
                            errors.add(error("currentPassword", r.text("Kata sandi sekarang salah.",
                                    "The current password is wrong.")));
                        }
                        for (FieldError fe : e.errors() == null ? List.<FieldError>of() : e.errors()) {
                            errors.add(error(fe.field(), fe.message()));
                        }
                    }
                }
                return new Show(TEMPLATE_PASSWORD, passwordModel(session, back, errors), title(PASSWORD), 422);
            }
        }
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private static Map<String, Object> loginModel(PageRequest r, String back, String error, String username) {
        Map<String, Object> m = new HashMap<>();
        m.put("back", back);
        m.put("error", error == null ? "" : error);
        m.put("username", username);
        return m;
    }

    private static Map<String, Object> passwordModel(AuthService.Verified session, String back,
                                                     List<Map<String, String>> errors) {
        Map<String, Object> m = new HashMap<>();
        m.put("back", back);
        m.put("errors", errors);
        m.put("required", session.principal().passwordChangeRequired());
        m.put("username", session.principal().username());
        m.put("minLength", PasswordPolicy.MIN_LENGTH);
        return m;
    }

    static Text title(String path) {
        return switch (path) {
            case PASSWORD -> Text.of("Ganti kata sandi", "Change your password");
            default -> Text.of("Masuk", "Log in");
        };
    }

    private static String trim(String s, int max) {
        String t = s == null ? "" : s.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }

    /** Seconds until {@code expires}, never negative. */
    static long maxAge(Instant expires) {
        return Math.max(0, expires.getEpochSecond() - Instant.now().getEpochSecond());
    }
}
