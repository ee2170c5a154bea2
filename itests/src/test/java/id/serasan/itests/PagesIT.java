package id.serasan.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The page host over real HTTP: the layout, the security headers of HTML, the HTML error pages, the language and
 * display switches, and a module's page with a form (the guestbook) coming and going with its feature.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PagesIT extends SerasanTestSupport {
    static final String GUESTBOOK = "serasan-example-guestbook";
    /** What PageRouter.CSP says; asserted literally so a loosened policy fails here. */
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; "
            + "font-src 'self'; connect-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'none'; "
            + "frame-ancestors 'none'";

    @Inject
    FeaturesService features;

    @Configuration
    public Option[] config() {
        return baseConfiguration();
    }



    private static String header(Http.Answer a, String name) {
        return a.raw().headers().firstValue(name).orElse(null);
    }


    private static void assertHtmlPage(Http.Answer a, int status) {
        assertEquals(a.toString(), status, a.status());
        assertTrue(a.toString(), a.contentType().startsWith("text/html"));
        assertEquals(CSP, header(a, "Content-Security-Policy"));
        assertEquals("nosniff", header(a, "X-Content-Type-Options"));
        assertEquals("no-referrer", header(a, "Referrer-Policy"));
        assertEquals("DENY", header(a, "X-Frame-Options"));
        assertTrue(a.body(), a.body().startsWith("<!DOCTYPE html>"));
        assertTrue(a.body(), a.body().contains("<a class=\"lompat\" href=\"#isi\">"));
        // no inline style or script; schema.org data blocks (never executed) are the only <script> allowed
        assertFalse("no inline style", a.body().contains("style="));
        assertFalse("no script", a.body().replace("<script type=\"application/ld+json\">", "").contains("<script"));
        assertFalse(a.body(), a.body().contains("Exception") || a.body().contains("\tat "));
    }

    @Test
    public void theHomePageIsServedInTheLayoutWithStrictHeadersInBothLanguages() throws Exception {
        Http.Answer home = http().page("/", null);
        assertHtmlPage(home, 200);
        assertTrue(home.body(), home.body().contains("<html lang=\"id\">"));
        // the portal's home page (it outranks the platform's own)
        assertTrue(home.body(), home.body().contains("<h1>BKPSDM Kabupaten Muara Enim</h1>"));
        assertTrue(home.body(), home.body().matches("(?s).*hreflang=\"en\" href=\"https?://[^\"]+/\\?lang=en\".*"));
        assertTrue(home.body(), home.body().contains("Senin–Kamis 07.30–16.00 WIB"));
        Http.Answer en = http().page("/?lang=en", null);
        assertHtmlPage(en, 200);
        assertTrue(en.body(), en.body().contains("<html lang=\"en\">")
                && en.body().contains("<h1>Civil Service Agency of Muara Enim Regency</h1>"));
        // the stylesheet under its content-hashed name, cached for a year
        Matcher css = Pattern.compile("href=\"(/assets/serasan\\.[0-9a-f]{8}\\.css)\"").matcher(home.body());
        assertTrue(home.body(), css.find());
        Http.Answer sheet = http().page(css.group(1), null);
        assertEquals(200, sheet.status());
        assertTrue(sheet.contentType(), sheet.contentType().startsWith("text/css"));
        assertEquals("public, max-age=31536000, immutable", header(sheet, "Cache-Control"));
        assertTrue(sheet.body().contains(".teks-besar"));
        // a visitor's form token comes as an HttpOnly, SameSite=Strict cookie
        String csrf = home.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SERASAN_CSRF=")).findFirst().orElseThrow();
        assertTrue(csrf, csrf.contains("HttpOnly") && csrf.contains("SameSite=Strict"));
    }

    @Test
    public void unknownPathsAreHelpfulHtmlPagesAndTheApiStaysJson() throws Exception {
        Http.Answer missing = http().page("/tidak-ada/sama-sekali", null);
        assertHtmlPage(missing, 404);
        assertTrue(missing.body(), missing.body().contains("Halaman tidak ditemukan"));
        assertTrue(missing.body(), missing.body().contains("href=\"/\""));
        Http.Answer english = http().page("/nothing?lang=en", null);
        assertHtmlPage(english, 404);
        assertTrue(english.body(), english.body().contains("Page not found"));
        Http.Answer api = http().get("/api/v1/tidak-ada", null);
        assertTrue(api.toString(), api.contentType().startsWith("application/problem+json"));
        assertEquals("default-src 'none'; frame-ancestors 'none'", header(api, "Content-Security-Policy"));
        assertEquals(200, http().get("/api/health", null).status());
        Http.Answer asset = http().page("/assets/tidak-ada.css", null);
        assertEquals(404, asset.status());
    }

    @Test
    public void displayAndLanguageChoicesAreRememberedAndTheWayBackStaysOnThisSite() throws Exception {
        Http.Answer big = http().page("/tampilan?teks=besar&kembali=%2Fbukutamu", null);
        assertEquals(big.toString(), 303, big.status());
        assertTrue(header(big, "Location"), header(big, "Location").endsWith("/bukutamu"));
        String display = Http.setCookie(big, "serasan_tampilan");
        assertEquals("serasan_tampilan=besar", display);
        Http.Answer contrast = http().page("/tampilan?kontras=tinggi&lang=en&kembali=%2F", display);
        String both = Http.setCookie(contrast, "serasan_tampilan");
        assertEquals("serasan_tampilan=besar-kontras", both);
        String lang = Http.setCookie(contrast, "serasan_lang");
        assertEquals("serasan_lang=en", lang);
        Http.Answer home = http().page("/", both + "; " + lang);
        assertHtmlPage(home, 200);
        assertTrue(home.body(), home.body().contains("class=\"teks-besar kontras-tinggi\""));
        assertTrue(home.body(), home.body().contains("<html lang=\"en\">"));
        for (String evil : new String[] {"%2F%2Fevil.example", "https%3A%2F%2Fevil.example", "%2F%5Cevil.example"}) {
            Http.Answer away = http().page("/tampilan?teks=biasa&kembali=" + evil, null);
            assertEquals(303, away.status());
            String location = header(away, "Location");
            assertFalse(location, location.contains("evil.example"));
        }
    }

    @Test
    public void aModulesPageWithAFormComesAndGoesWithItsFeatureAndItsFormsNeedTheirToken() throws Exception {
        assertEquals(404, http().page("/bukutamu", null).status());
        features.installFeature(GUESTBOOK);
        try {
            long end = System.currentTimeMillis() + 30_000;
            while (http().page("/bukutamu", null).status() != 200 && System.currentTimeMillis() < end) {
                Thread.sleep(200);
            }
            Http.Answer anonymous = http().page("/bukutamu", null);
            assertHtmlPage(anonymous, 200);
            assertFalse("no form for a visitor", anonymous.body().contains("<form method=\"post\""));
            assertTrue(http().page("/", null).body().contains("<a href=\"/bukutamu\">Buku tamu</a>"));
            // a logged-in session: its cookies, and the form carrying the session's own CSRF token
            userToken("tamu.halaman", "EMPLOYEE");
            Http.Answer login = http().post("/api/v1/auth/session", null,
                    Http.json("username", "tamu.halaman", "password", "Sandi-employee-2026!"));
            assertEquals(login.toString(), 200, login.status());
            String cookies = Http.setCookie(login, "SERASAN_SESSION") + "; " + Http.setCookie(login, "SERASAN_CSRF");
            String token = login.json().get("csrfToken").asText();
            Http.Answer form = http().page("/bukutamu", cookies);
            assertHtmlPage(form, 200);
            assertTrue(form.body(), form.body().contains("name=\"_csrf\" value=\"" + token + "\""));
            String message = "Salam <script>alert('x')</script> dari Muara Enim";
            // without the token, or with a token that is not the session's: refused, nothing stored
            Http.Answer noToken = http().postForm("/bukutamu", cookies, "message", message);
            assertHtmlPage(noToken, 403);
            Http.Answer planted = http().postForm("/bukutamu", Http.setCookie(login, "SERASAN_SESSION") + "; SERASAN_CSRF=ditanam",
                    "_csrf", "ditanam", "message", message);
            assertHtmlPage(planted, 403);
            assertFalse(http().get("/api/v1/guestbook/entries", null).body().contains("Muara Enim"));
            // refused by the module's own validation: the form again, 422, with the reason
            Http.Answer empty = http().postForm("/bukutamu", cookies, "_csrf", token, "message", "  ");
            assertHtmlPage(empty, 422);
            assertTrue(empty.body(), empty.body().contains("aria-invalid=\"true\""));
            // accepted: post/redirect/get, and the message shown escaped
            Http.Answer sent = http().postForm("/bukutamu", cookies, "_csrf", token, "message", message);
            assertEquals(sent.toString(), 303, sent.status());
            assertTrue(header(sent, "Location"), header(sent, "Location").endsWith("/bukutamu?terkirim=1"));
            Http.Answer after = http().page("/bukutamu?terkirim=1", cookies);
            assertHtmlPage(after, 200);
            assertTrue(after.body(), after.body().contains("role=\"status\""));
            assertTrue(after.body(), after.body().contains("Salam &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; dari Muara Enim"));
            assertFalse(after.body(), after.body().contains("<script>alert"));
            assertTrue(http().get("/api/v1/guestbook/entries", null).body().contains("dari Muara Enim"));
        } finally {
            features.uninstallFeature(GUESTBOOK);
        }
        long end = System.currentTimeMillis() + 30_000;
        while (http().page("/bukutamu", null).status() != 404 && System.currentTimeMillis() < end) {
            Thread.sleep(200);
        }
        Http.Answer gone = http().page("/bukutamu", null);
        assertHtmlPage(gone, 404);
        Http.Answer home = http().page("/", null);
        assertHtmlPage(home, 200);
        assertFalse(home.body(), home.body().contains("/bukutamu"));
    }
}
