package id.serasan.platform.internal.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.core.HTMLOutputFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The platform's templates render what they are given, escaped, and fail whole rather than half. */
class TemplatesTest {
    private final Templates templates = new Templates(name -> TemplatesTest.class.getResource("/templates/page/" + name));

    private Map<String, Object> layoutModel() throws Exception {
        Map<String, Object> m = new HashMap<>();
        m.put("lang", "id");
        m.put("t", (freemarker.template.TemplateMethodModelEx) args -> String.valueOf(args.get(0)));
        m.put("title", "Buku <tamu>");
        m.put("description", "");
        m.put("path", "/bukutamu");
        m.put("here", "%2Fbukutamu");
        m.put("content", HTMLOutputFormat.INSTANCE.fromMarkup("<p id=\"isi-modul\">isi</p>"));
        m.put("siteName", "BKPSDM Kabupaten Muara Enim");
        m.put("serviceHours", "Senin–Kamis 07.30–16.00 WIB");
        m.put("contactAddress", "");
        m.put("contactPhone", "0734 421 000");
        m.put("contactEmail", "");
        m.put("largeText", true);
        m.put("highContrast", false);
        m.put("stylesheet", "/assets/serasan.0123abcd.css");
        m.put("icon", "/assets/ikon.0123abcd.svg");
        m.put("navigation", List.of(Map.of("href", "/bukutamu", "label", "Buku tamu", "current", "true")));
        m.put("canonical", "https://bkpsdm.example.go.id/bukutamu");
        m.put("alternateId", "https://bkpsdm.example.go.id/bukutamu?lang=id");
        m.put("alternateEn", "https://bkpsdm.example.go.id/bukutamu?lang=en");
        m.put("ogType", "website");
        m.put("ogImage", "");
        m.put("jsonLd", "");
        m.put("noindex", false);
        m.put("feed", false);
        m.put("loginPath", "/masuk");
        m.put("csrf", "token-123");
        m.put("csrfField", "_csrf");
        return m;
    }

    @Test
    void theLayoutWrapsTheContentWithLanguageSkipLinkSwitchesNavigationAndFooter() throws Exception {
        String html = templates.platform("layout.ftlh", layoutModel());
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"id\">")
                .contains("<title>Buku &lt;tamu&gt; – BKPSDM Kabupaten Muara Enim</title>")
                .contains("<a class=\"lompat\" href=\"#isi\">")
                .contains("<main id=\"isi\"")
                .contains("<p id=\"isi-modul\">isi</p>")
                .contains("<link rel=\"canonical\" href=\"https://bkpsdm.example.go.id/bukutamu\">")
                .contains("hreflang=\"en\" href=\"https://bkpsdm.example.go.id/bukutamu?lang=en\"")
                .contains("hreflang=\"x-default\" href=\"https://bkpsdm.example.go.id/bukutamu\"")
                .contains("<meta property=\"og:url\" content=\"https://bkpsdm.example.go.id/bukutamu\">")
                .contains("<meta property=\"og:locale\" content=\"id_ID\">")
                .contains("href=\"/masuk?kembali=%2Fbukutamu\"")
                .doesNotContain("noindex").doesNotContain("og:image").doesNotContain("application/atom+xml")
                .doesNotContain("action=\"/keluar\"")
                .contains("href=\"/tampilan?lang=en&amp;kembali=%2Fbukutamu\"")
                .contains("href=\"/tampilan?teks=biasa&amp;kembali=%2Fbukutamu\"")
                .contains("href=\"/tampilan?kontras=tinggi&amp;kembali=%2Fbukutamu\"")
                .contains("class=\"teks-besar \"")
                .contains("<a href=\"/bukutamu\" aria-current=\"page\">Buku tamu</a>")
                .contains("Senin–Kamis 07.30–16.00 WIB")
                .contains("href=\"tel:0734421000\"")
                .doesNotContain("<meta name=\"description\"")
                .doesNotContain("mailto:")
                .doesNotContain("style=").doesNotContain("<script");
    }

    @Test
    void aLoggedInVisitorGetsALogoutFormWithTheTokenAndNoLoginLink() throws Exception {
        Map<String, Object> m = layoutModel();
        m.put("caller", Map.of("username", "editor1", "roles", List.of("HR_OPERATOR")));
        String html = templates.platform("layout.ftlh", m);
        assertThat(html).contains("<form class=\"keluar\" method=\"post\" action=\"/keluar\">")
                .contains("<input type=\"hidden\" name=\"_csrf\" value=\"token-123\">")
                .contains("(editor1)").doesNotContain("href=\"/masuk");
    }

    @Test
    void schemaDataAndPreviewImageAndNoindexAndFeedAppearWhenGiven() throws Exception {
        Map<String, Object> m = layoutModel();
        m.put("jsonLd", HTMLOutputFormat.INSTANCE.fromMarkup("{\"@type\":\"NewsArticle\"}"));
        m.put("ogImage", "https://bkpsdm.example.go.id/media/a-1.jpg");
        m.put("ogType", "article");
        m.put("noindex", true);
        m.put("feed", true);
        String html = templates.platform("layout.ftlh", m);
        assertThat(html).contains("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>")
                .contains("<meta property=\"og:image\" content=\"https://bkpsdm.example.go.id/media/a-1.jpg\">")
                .contains("<meta property=\"og:type\" content=\"article\">")
                .contains("<meta name=\"robots\" content=\"noindex\">")
                .contains("type=\"application/atom+xml\"");
    }

    @Test
    void theLoginFormPostsUsernamePasswordTokenAndWayBack() throws Exception {
        Map<String, Object> m = new HashMap<>(layoutModel());
        m.put("back", "/meja");
        m.put("error", "Nama pengguna atau kata sandi salah.");
        m.put("username", "editor<1>");
        String html = templates.platform("login.ftlh", m);
        assertThat(html).contains("action=\"/masuk\"").contains("name=\"_csrf\" value=\"token-123\"")
                .contains("name=\"kembali\" value=\"/meja\"").contains("autocomplete=\"current-password\"")
                .contains("role=\"alert\">Nama pengguna atau kata sandi salah.").contains("value=\"editor&lt;1&gt;\"")
                .contains("Lupa kata sandi?");
    }

    @Test
    void thePasswordFormExplainsTheRulesAndLinksEachErrorToItsField() throws Exception {
        Map<String, Object> m = new HashMap<>(layoutModel());
        m.put("back", "/");
        m.put("errors", List.of(Map.of("field", "newPassword", "message", "Terlalu pendek")));
        m.put("required", true);
        m.put("username", "editor1");
        m.put("minLength", 10);
        String html = templates.platform("password.ftlh", m);
        assertThat(html).contains("Paling sedikit 10 huruf").contains("<a href=\"#newPassword\">Terlalu pendek</a>")
                .contains("id=\"newPassword\"").contains("autocomplete=\"new-password\"")
                .contains("pertama kali Anda masuk");
    }

    @Test
    void valuesAreEscaped() throws Exception {
        Map<String, Object> m = layoutModel();
        m.put("siteName", "<script>alert(1)</script>");
        m.put("navigation", List.of(Map.of("href", "\" onmouseover=\"x", "label", "<b>", "current", "false")));
        String html = templates.platform("layout.ftlh", m);
        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("\" onmouseover=\"x").contains("&lt;b&gt;");
    }

    @Test
    void aMissingValueFailsTheRenderInsteadOfShowingHalfAPage() throws Exception {
        Map<String, Object> m = layoutModel();
        m.remove("siteName");
        assertThatThrownBy(() -> templates.platform("layout.ftlh", m)).isInstanceOf(Exception.class);
    }

    @Test
    void theProblemPageOffersSearchOnlyWhenThereIsASearchPage() throws Exception {
        Map<String, Object> m = new HashMap<>(layoutModel());
        m.put("status", 404);
        m.put("heading", "Halaman tidak ditemukan");
        m.put("detail", "Alamat ini tidak ada.");
        m.put("searchAvailable", false);
        assertThat(templates.platform("problem.ftlh", m)).contains("<h1>Halaman tidak ditemukan</h1>")
                .contains("href=\"/\"").doesNotContain("action=\"/cari\"");
        m.put("searchAvailable", true);
        assertThat(templates.platform("problem.ftlh", m)).contains("action=\"/cari\"").contains("role=\"search\"");
    }
}
