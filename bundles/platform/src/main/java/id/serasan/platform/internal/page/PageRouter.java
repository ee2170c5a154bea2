package id.serasan.platform.internal.page;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.page.Page;
import id.serasan.platform.api.page.PageRequest;
import id.serasan.platform.api.page.PageResult;
import id.serasan.platform.api.security.SerasanPrincipal;
import id.serasan.platform.api.spi.Text;
import id.serasan.platform.internal.rest.SecurityFilter;
import id.serasan.platform.internal.web.PublicUrlsService;
import id.serasan.platform.internal.security.AuthService;
import id.serasan.platform.internal.security.Secrets;
import id.serasan.platform.internal.spi.Contributions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one page entry point: every path outside {@code /api} is answered here, as HTML. It never changes while the
 * platform runs; it looks up the contributed {@link Page} for each request, so pages come and go with their modules
 * without any other page or API request noticing. It renders the page's view inside the shared layout, checks the
 * CSRF token of every form, serves the stylesheet, keeps the visitor's language and display choices in cookies,
 * and answers unknown paths and failures with helpful HTML pages (never JSON, never a stack trace).
 */
@Component(service = PageRouter.class, configurationPid = SiteConfig.PID)
@Designate(ocd = SiteConfig.class)
@JaxrsResource
@JaxrsExtensionSelect("(osgi.jaxrs.name=" + SecurityFilter.NAME + ")")
@Path("/")
public class PageRouter {
    private static final Logger LOG = LoggerFactory.getLogger(PageRouter.class);
    /** The form field carrying the CSRF token. */
    public static final String CSRF_FIELD = "_csrf";
    static final String LANG_COOKIE = "serasan_lang";
    static final String DISPLAY_COOKIE = "serasan_tampilan";
    /**
     * Pages load only our own stylesheet, scripts and images: no inline script or style, no framing, forms post
     * only back here.
     */
    public static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; "
            + "font-src 'self'; connect-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'none'; "
            + "frame-ancestors 'none'";

    private final PageRegistry pages;
    private final Contributions contributions;
    private final Assets assets;
    private final Templates templates;
    private final LoginPages login;
    private final PublicUrlsService urls;
    private volatile SiteConfig site;

    @Context
    private HttpServletRequest servletRequest;

    @Activate
    public PageRouter(@Reference PageRegistry pages, @Reference Contributions contributions, @Reference AuthService auth,
                      @Reference PublicUrlsService urls, BundleContext context, SiteConfig site) {
        this.pages = pages;
        this.contributions = contributions;
        this.login = new LoginPages(auth);
        this.urls = urls;
        this.site = site;

        this.templates = new Templates(name -> context.getBundle().getEntry("templates/page/" + name));
        this.assets = new Assets(name -> context.getBundle().getEntry("assets/" + name));
    }

    @Modified
    void modified(SiteConfig site) {
        this.site = site;

    }

    @GET
    public Response home(@Context UriInfo uri, @Context HttpHeaders headers, @Context SecurityContext sc) {
        return get("", uri, headers, sc);
    }

    @GET
    @Path("{path: .+}")
    public Response get(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers,
                        @Context SecurityContext sc) {
        String p = "/" + path;
        if (p.startsWith("/assets/")) {
            return assets.serve(p.substring("/assets/".length()), headers.getHeaderString(HttpHeaders.IF_NONE_MATCH));
        }
        Visit v = visit(p, uri, headers, sc, Map.of(), Map.of(), "GET");
        if (p.equals("/tampilan")) {
            return display(v, uri);
        }
        if (LoginPages.handles(p)) {
            return session(v, login.get(v.request, v.verified));
        }
        return dispatch(v);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response postHome(MultivaluedMap<String, String> form, @Context UriInfo uri, @Context HttpHeaders headers,
                             @Context SecurityContext sc) {
        return post("", form, uri, headers, sc);
    }

    @POST
    @Path("{path: .+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@PathParam("path") String path, MultivaluedMap<String, String> form, @Context UriInfo uri,
                         @Context HttpHeaders headers, @Context SecurityContext sc) {
        Visit v = visit("/" + path, uri, headers, sc, form == null ? Map.of() : form, Map.of(), "POST");
        return posted(v);
    }

    private Response posted(Visit v) {
        String sent = v.request.form(CSRF_FIELD);
        if (!csrfValid(sent, v.csrf, v.verified)) {
            return problemPage(v, PageResult.problem(403, new Text("Formulir kedaluwarsa", "The form has expired"),
                    new Text("Muat ulang halaman lalu kirim lagi. Jika tetap gagal, pastikan cookie diizinkan.",
                            "Reload the page and send it again. If it still fails, make sure cookies are allowed.")));
        }
        if (LoginPages.handles(v.request.path())) {
            return session(v, login.post(v.request, v.verified));
        }
        return dispatch(v);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response postMultipartHome(java.io.InputStream body, @Context UriInfo uri, @Context HttpHeaders headers,
                                      @Context SecurityContext sc) {
        return postMultipart("", body, uri, headers, sc);
    }

    /** A form with files ({@code enctype="multipart/form-data"}): fields in {@code form()}, files in {@code uploads()}. */
    @POST
    @Path("{path: .+}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response postMultipart(@PathParam("path") String path, java.io.InputStream body, @Context UriInfo uri,
                                  @Context HttpHeaders headers, @Context SecurityContext sc) {
        Multipart.Form form;
        try {
            form = Multipart.parse(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), body);
        } catch (Multipart.Malformed | IOException e) {
            Visit v = visit("/" + path, uri, headers, sc, Map.of(), Map.of(), "POST");
            return problemPage(v, PageResult.problem(400, new Text("Formulir tidak terbaca", "The form could not be read"),
                    new Text("Kirim formulir lagi dari halamannya.", "Send the form again from its page.")));
        }
        Visit v = visit("/" + path, uri, headers, sc, form.fields(), form.uploads(), "POST");
        return posted(v);
    }

    /** One request as the page host sees it. */
    private record Visit(Req request, String csrf, boolean newCsrf, AuthService.Verified verified, Display display,
                         String canonicalPath) {
    }

    /** The visitor's display choices. */
    record Display(boolean largeText, boolean highContrast) {
        static Display parse(String cookie) {
            String c = cookie == null ? "" : cookie;
            return new Display(c.contains("besar"), c.contains("kontras"));
        }

        String cookie() {
            return (largeText ? "besar" : "") + (largeText && highContrast ? "-" : "") + (highContrast ? "kontras" : "");
        }
    }

    private Visit visit(String path, UriInfo uri, HttpHeaders headers, SecurityContext sc,
                        Map<String, List<String>> form, Map<String, List<id.serasan.platform.api.page.Upload>> uploads,
                        String method) {
        Map<String, Cookie> cookies = headers.getCookies();
        String lang = lang(uri.getQueryParameters().getFirst("lang"), cookies.get(LANG_COOKIE));
        SerasanPrincipal caller = sc.getUserPrincipal() instanceof SerasanPrincipal p ? p : null;
        Object verified = servletRequest == null ? null : servletRequest.getAttribute(SecurityFilter.VERIFIED);
        Cookie csrfCookie = cookies.get(SecurityFilter.CSRF_COOKIE);
        boolean fresh = csrfCookie == null || csrfCookie.getValue().isBlank();
        String csrf = fresh ? Secrets.token() : csrfCookie.getValue();
        Object addr = servletRequest == null ? null : servletRequest.getAttribute(SecurityFilter.CLIENT_ADDRESS);
        Map<String, List<String>> query = new LinkedHashMap<>(uri.getQueryParameters());
        Req req = new Req(method, path, new HashMap<>(), query, Map.copyOf(form), Map.copyOf(uploads), caller, lang,
                addr == null ? "unknown" : addr.toString(), csrf, headers);
        Cookie display = cookies.get(DISPLAY_COOKIE);
        return new Visit(req, csrf, fresh, verified instanceof AuthService.Verified av ? av : null,
                Display.parse(display == null ? null : display.getValue()), path);
    }

    static String lang(String query, Cookie cookie) {
        if ("en".equals(query) || "id".equals(query)) {
            return query;
        }
        return cookie != null && "en".equals(cookie.getValue()) ? "en" : "id";
    }

    /**
     * A form's token must equal the visitor's CSRF cookie (which another site can neither read nor set); for a
     * logged-in session it must also be that session's own token.
     */
    static boolean csrfValid(String sent, String cookie, AuthService.Verified session) {
        if (sent == null || cookie == null || sent.isEmpty()) {
            return false;
        }
        if (!MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), cookie.getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        if (session != null && session.kind() == AuthService.Kind.SESSION && session.csrfHash() != null) {
            return MessageDigest.isEqual(session.csrfHash().getBytes(StandardCharsets.US_ASCII),
                    Secrets.sha256(sent).getBytes(StandardCharsets.US_ASCII));
        }
        return true;
    }

    private Response dispatch(Visit v) {
        Optional<PageRegistry.Match> match = pages.match(v.request.path());
        if (match.isEmpty()) {
            return problemPage(v, PageResult.notFound());
        }
        PageRegistry.Registered r = match.get().page();
        v.request.params.putAll(match.get().params());
        Page page = r.page();
        if (!page.audience().includes(v.request.caller())) {
            boolean anonymous = v.request.caller() == null;
            if (anonymous && "GET".equals(v.request.method())) {
                // the login form right here; after logging in the visitor comes back to this page
                Map<String, Object> m = new HashMap<>();
                m.put("back", LoginPages.back(v.request.path() + query(v.request)));
                m.put("error", v.request.text("Halaman ini untuk pegawai. Masuk dulu dengan akun Anda.",
                        "This page is for staff. Log in with your account first."));
                m.put("username", "");
                return session(v, new LoginPages.Show(LoginPages.TEMPLATE_LOGIN, m, LoginPages.title(LoginPages.LOGIN),
                        401));
            }
            if (!anonymous && v.request.caller().passwordChangeRequired()) {
                return finish(v, Response.seeOther(java.net.URI.create(LoginPages.PASSWORD + "?kembali="
                        + encode(LoginPages.back(v.request.path())))));
            }
            return problemPage(v, PageResult.problem(anonymous ? 401 : 403,
                    anonymous ? new Text("Silakan masuk dulu", "Please log in first")
                            : new Text("Bukan untuk akun ini", "Not for this account"),
                    anonymous ? new Text("Halaman ini untuk pegawai yang sudah masuk.",
                            "This page is for staff who have logged in.")
                            : new Text("Akun Anda tidak punya akses ke halaman ini. Tanyakan ke admin BKPSDM.",
                            "Your account has no access to this page. Ask the agency's administrator.")));
        }
        PageResult result;
        try {
            result = "POST".equals(v.request.method()) ? page.post(v.request) : page.get(v.request);
        } catch (ProblemException e) {
            result = PageResult.problem(e.status() >= 400 && e.status() < 600 ? e.status() : 500,
                    new Text(e.title() == null ? "Permintaan ditolak" : e.title(),
                            e.title() == null ? "Request refused" : e.title()),
                    e.detail() == null ? null : new Text(e.detail(), e.detail()));
        } catch (RuntimeException e) {
            return failure(v, e, page);
        }
        if (result == null) {
            return failure(v, new IllegalStateException("the page answered null"), page);
        }
        try {
            return answer(v, r, result);
        } catch (RuntimeException | IOException | freemarker.template.TemplateException e) {
            return failure(v, e, page);
        }
    }

    private Response answer(Visit v, PageRegistry.Registered r, PageResult result)
            throws IOException, freemarker.template.TemplateException {
        if (result instanceof PageResult.Redirect red) {
            return finish(v, Response.seeOther(java.net.URI.create(red.location())));
        }
        if (result instanceof PageResult.Content c) {
            Response.ResponseBuilder b = Response.ok(c.content(), c.contentType())
                    .header("Cache-Control", c.cacheSeconds() == 0 ? "no-cache"
                            : (c.publicCache() ? "public" : "private") + ", max-age=" + c.cacheSeconds()
                            + (c.cacheSeconds() >= PageResult.Content.IMMUTABLE ? ", immutable" : ""));
            b.header("Content-Security-Policy", CSP);
            return b.build(); // no cookie: the same bytes for every visitor
        }
        if (result instanceof PageResult.Download d) {
            return finish(v, Response.ok(d.content(), d.contentType())
                    .header("Content-Disposition", contentDisposition(d.filename())));
        }
        if (result instanceof PageResult.Problem p) {
            return problemPage(v, p);
        }
        PageResult.View view = (PageResult.View) result;
        Map<String, Object> model = new HashMap<>(view.model());
        common(v, model);
        String content = templates.module(r.bundle(), view.template(), model);
        Text title = view.title() != null ? view.title() : r.page().title();
        return html(v, view.status(), title, view.description(), view.meta(), content);
    }

    private static String query(PageRequest r) {
        StringBuilder b = new StringBuilder();
        r.query().forEach((k, vals) -> {
            if (!"lang".equals(k)) {
                vals.forEach(val -> b.append(b.length() == 0 ? '?' : '&').append(encode(k)).append('=').append(encode(val)));
            }
        });
        return b.toString();
    }

    /** The login, password and logout pages: render, or redirect while setting or clearing the session cookies. */
    private static final Text LOGIN_DESCRIPTION = new Text(
            "Halaman masuk untuk pegawai dan petugas BKPSDM. Pengunjung umum tidak perlu masuk.",
            "The login page for staff and agency officers. Visitors do not need to log in.");

    private Response session(Visit v, LoginPages.Outcome outcome) {
        try {
            if (outcome instanceof LoginPages.Show show) {
                Map<String, Object> model = new HashMap<>(show.model());
                common(v, model);
                String content = templates.platform(show.template(), model);
                return html(v, show.status(), show.title(), LOGIN_DESCRIPTION,
                        new PageResult.Meta(null, null, null, null, true), content);
            }
            LoginPages.Go go = (LoginPages.Go) outcome;
            Response.ResponseBuilder b = Response.seeOther(java.net.URI.create(go.location()));
            String secure = urls.secureCookies() ? "; Secure" : "";
            if (go.issued() != null) {
                long maxAge = LoginPages.maxAge(go.issued().expiresAt());
                b.header("Set-Cookie", SecurityFilter.SESSION_COOKIE + "=" + go.issued().token() + "; Path=/; Max-Age="
                        + maxAge + "; HttpOnly; SameSite=Strict" + secure);
                b.header("Set-Cookie", SecurityFilter.CSRF_COOKIE + "=" + go.issued().csrfToken() + "; Path=/; Max-Age="
                        + maxAge + "; SameSite=Strict" + secure);
                b.header("Content-Security-Policy", CSP);
                return b.build();
            }
            if (go.clear()) {
                b.header("Set-Cookie", SecurityFilter.SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + secure);
                b.header("Set-Cookie", SecurityFilter.CSRF_COOKIE + "=; Path=/; Max-Age=0; SameSite=Strict" + secure);
                b.header("Content-Security-Policy", CSP);
                return b.build();
            }
            return finish(v, b);
        } catch (IOException | freemarker.template.TemplateException | RuntimeException e) {
            String id = UUID.randomUUID().toString();
            LOG.error("The session page {} failed [correlationId={}]", v.request.path(), id, e);
            return problemPage(v, PageResult.problem(500, new Text("Maaf, terjadi kesalahan", "Sorry, something went wrong"),
                    new Text("Coba lagi sebentar lagi. Kode: " + id, "Please try again shortly. Code: " + id)));
        }
    }

    /** What every template sees besides its model. */
    private void common(Visit v, Map<String, Object> model) {
        model.put("lang", v.request.lang());
        model.put("csrf", v.csrf);
        model.put("csrfField", CSRF_FIELD);
        model.put("path", v.request.path());
        if (v.request.caller() != null) {
            model.put("caller", Map.of("username", v.request.caller().username(),
                    "roles", v.request.caller().roles().stream().map(Enum::name).sorted().toList()));
        }
        String lang = v.request.lang();
        model.put("t", (TemplateMethodModelEx) args -> {
            if (args.size() != 2) {
                throw new TemplateModelException("t(\"teks\", \"text\") takes two texts");
            }
            return String.valueOf("en".equals(lang) ? args.get(1) : args.get(0));
        });
    }

    private Response html(Visit v, int status, Text title, Text description, PageResult.Meta meta, String content)
            throws IOException, freemarker.template.TemplateException {
        Map<String, Object> model = new HashMap<>();
        common(v, model);
        String base = urls.base().toString();
        String canonicalPath = meta.canonical() != null ? meta.canonical() : v.request.path();
        model.put("canonical", base + canonicalPath);
        model.put("alternateId", base + canonicalPath + "?lang=id");
        model.put("alternateEn", base + canonicalPath + "?lang=en");
        model.put("ogType", meta.type() == null ? "website" : meta.type());
        model.put("ogImage", meta.image() == null ? "" : base + meta.image());
        model.put("jsonLd", meta.jsonLd() == null ? "" : HTMLOutputFormat.INSTANCE.fromMarkup(
                meta.jsonLd().replace("</", "<\\/")));
        model.put("noindex", meta.noindex() || status >= 400);
        model.put("feed", pages.serves("/feed.xml"));
        model.put("loginPath", LoginPages.LOGIN);
        String lang = v.request.lang();
        SiteConfig s = site;
        model.put("title", "en".equals(lang) ? title.en() : title.id());
        model.put("description", description == null ? "" : "en".equals(lang) ? description.en() : description.id());
        model.put("content", HTMLOutputFormat.INSTANCE.fromMarkup(content));
        model.put("siteName", "en".equals(lang) ? s.siteNameEn() : s.siteName());
        model.put("serviceHours", "en".equals(lang) ? s.serviceHoursEn() : s.serviceHours());
        model.put("contactAddress", s.contactAddress());
        model.put("contactPhone", s.contactPhone());
        model.put("contactEmail", s.contactEmail());
        model.put("largeText", v.display.largeText());
        model.put("highContrast", v.display.highContrast());
        model.put("stylesheet", "/assets/" + assets.hashed("serasan.css"));
        model.put("icon", "/assets/" + assets.hashed("ikon.svg"));
        model.put("here", encode(v.request.path()));
        model.put("searchAvailable", pages.serves("/cari"));
        List<Map<String, String>> nav = contributions.navigation(v.request.caller()).stream()
                .map(n -> Map.of("href", n.href(), "label", "en".equals(lang) ? n.label().en() : n.label().id(),
                        "current", String.valueOf(n.href().equals(v.request.path()))))
                .toList();
        model.put("navigation", nav);
        String page = templates.platform("layout.ftlh", model);
        return finish(v, Response.status(status).entity(page).type("text/html; charset=UTF-8")
                .header("Content-Language", lang)
                .header("Vary", "Cookie")
                .header("Cache-Control", v.request.caller() == null ? "no-cache" : "private, no-store"));
    }

    private Response problemPage(Visit v, PageResult.Problem p) {
        try {
            Map<String, Object> model = new HashMap<>();
            common(v, model);
            String lang = v.request.lang();
            model.put("status", p.status());
            model.put("heading", "en".equals(lang) ? p.title().en() : p.title().id());
            model.put("detail", p.detail() == null ? "" : "en".equals(lang) ? p.detail().en() : p.detail().id());
            model.put("searchAvailable", pages.serves("/cari"));
            String content = templates.platform("problem.ftlh", model);
            return html(v, p.status(), p.title(), null, new PageResult.Meta(null, null, null, null, true), content);
        } catch (IOException | freemarker.template.TemplateException | RuntimeException e) {
            LOG.error("The error page itself failed", e);
            return finish(v, Response.status(p.status()).type("text/plain; charset=UTF-8")
                    .entity(p.status() + " - " + p.title().id() + " / " + p.title().en()));
        }
    }

    private Response failure(Visit v, Exception e, Page page) {
        String id = UUID.randomUUID().toString();
        LOG.error("Page {} failed on {} {} [correlationId={}]", page.getClass().getName(), v.request.method(),
                v.request.path(), id, e);
        return problemPage(v, PageResult.problem(500, new Text("Maaf, terjadi kesalahan", "Sorry, something went wrong"),
                new Text("Coba lagi sebentar lagi. Jika masih terjadi, sebutkan kode ini ke petugas: " + id,
                        "Please try again shortly. If it happens again, tell the staff this code: " + id)));
    }

    /** The display switch: {@code /tampilan?teks=besar|biasa&kontras=tinggi|biasa&lang=id|en&kembali=/path}. */
    private Response display(Visit v, UriInfo uri) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        Display d = v.display;
        if (q.containsKey("teks")) {
            d = new Display("besar".equals(q.getFirst("teks")), d.highContrast());
        }
        if (q.containsKey("kontras")) {
            d = new Display(d.largeText(), "tinggi".equals(q.getFirst("kontras")));
        }
        String back = q.getFirst("kembali");
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x21)) {
            back = "/";
        }
        Response.ResponseBuilder b = Response.seeOther(java.net.URI.create(back))
                .header("Set-Cookie", cookie(DISPLAY_COOKIE, d.cookie().isEmpty() ? "biasa" : d.cookie(), 31_536_000, true));
        String lang = q.getFirst("lang");
        if ("id".equals(lang) || "en".equals(lang)) {
            b.header("Set-Cookie", cookie(LANG_COOKIE, lang, 31_536_000, true));
        }
        return finish(v, b);
    }

    private Response finish(Visit v, Response.ResponseBuilder b) {
        b.header("Content-Security-Policy", CSP);
        if (v.newCsrf && v.verified == null) {
            // a visitor's form token; a logged-in session already has its own (set at login)
            b.header("Set-Cookie", cookie(SecurityFilter.CSRF_COOKIE, v.csrf, -1, true));
        }
        return b.build();
    }

    private String cookie(String name, String value, int maxAge, boolean httpOnly) {
        return name + "=" + value + "; Path=/" + (maxAge >= 0 ? "; Max-Age=" + maxAge : "") + "; SameSite=Strict"
                + (httpOnly ? "; HttpOnly" : "");
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** RFC 6266: an ASCII fallback name and the exact name in UTF-8. */
    static String contentDisposition(String filename) {
        String ascii = filename.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The request as a page sees it. */
    record Req(String method, String path, Map<String, String> params, Map<String, List<String>> query,
               Map<String, List<String>> form, Map<String, List<id.serasan.platform.api.page.Upload>> uploads,
               SerasanPrincipal caller, String lang, String clientAddress, String visitorId, HttpHeaders headers)
            implements PageRequest {
        @Override
        public Map<String, String> pathParams() {
            return java.util.Collections.unmodifiableMap(params);
        }

        @Override
        public String header(String name) {
            return headers.getHeaderString(name);
        }
    }
}
