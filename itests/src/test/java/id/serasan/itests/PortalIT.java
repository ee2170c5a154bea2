package id.serasan.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The portal over real HTTP on the real distribution: the content desk over REST (drafts, pictures, scheduling,
 * versions, revisions, audit), what visitors then see (home, lists, items, feed, sitemap, search, downloads,
 * services with the survey), the sanitised bodies, and the login pages.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PortalIT extends SerasanTestSupport {
    private static final HttpClient RAW = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Configuration
    public Option[] config() {
        return baseConfiguration();
    }

    private String editor() throws Exception {
        return userToken("redaksi.portal", "HR_OPERATOR");
    }




    private static String header(Http.Answer a, String name) {
        return a.raw().headers().firstValue(name).orElse(null);
    }

    private byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> r = RAW.send(HttpRequest.newBuilder(URI.create(http().base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(path, 200, r.statusCode());
        assertEquals("public, max-age=31536000, immutable", r.headers().firstValue("Cache-Control").orElse(null));
        return r.body();
    }

    private JsonNode upload(String token, String filename, String alt, byte[] content, int status) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(http().base() + "/api/v1/portal/media?filename="
                        + URLEncoder.encode(filename, StandardCharsets.UTF_8)
                        + (alt == null ? "" : "&alt=" + URLEncoder.encode(alt, StandardCharsets.UTF_8))))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        Http.Answer a = http().send(r);
        assertEquals(a.toString(), status, a.status());
        return a.json();
    }

    /** A JPEG with a GPS position and a camera name in its EXIF segment, 2400 × 1600. */
    static byte[] jpegWithExif() throws Exception {
        BufferedImage img = new BufferedImage(2400, 1600, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(0, 0, 2400, 1600);
        g.dispose();
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            w.setOutput(ios);
            IIOMetadata meta = w.getDefaultImageMetadata(new javax.imageio.ImageTypeSpecifier(img), null);
            IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree("javax_imageio_jpeg_image_1.0");
            IIOMetadataNode seq = (IIOMetadataNode) root.getElementsByTagName("markerSequence").item(0);
            IIOMetadataNode app1 = new IIOMetadataNode("unknown");
            app1.setAttribute("MarkerTag", "225");
            byte[] exif = ("Exif\0\0GPSLatitude=-3.65 GPSLongitude=103.77 Model=KameraRahasia").getBytes(
                    StandardCharsets.ISO_8859_1);
            app1.setUserObject(exif);
            seq.appendChild(app1);
            meta.setFromTree("javax_imageio_jpeg_image_1.0", root);
            w.write(null, new IIOImage(img, null, meta), null);
        }
        w.dispose();
        return out.toByteArray();
    }

    private static boolean contains(byte[] hay, String needle) {
        return new String(hay, StandardCharsets.ISO_8859_1).contains(needle);
    }

    @Test
    public void anEditorWritesANewsItemWithAPictureSchedulesItAndItAppearsOnTheHomePageInTheFeedAndSitemapAtItsTime()
            throws Exception {
        String token = editor();
        byte[] photo = jpegWithExif();
        assertTrue("the test picture carries EXIF", contains(photo, "KameraRahasia"));
        // a picture without alternative text is refused, nothing stored
        upload(token, "pelantikan.jpg", null, photo, 422);
        JsonNode media = upload(token, "pelantikan.jpg", "Para pejabat berdiri di aula saat pelantikan", photo, 201);
        assertEquals(1600, media.get("width").asInt());
        assertEquals(1067, media.get("height").asInt());
        assertEquals(2, media.get("variants").size());
        byte[] served = bytes(media.get("url").asText());
        assertFalse("EXIF and GPS are gone", contains(served, "KameraRahasia") || contains(served, "GPSLatitude")
                || contains(served, "Exif"));
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(served));
        assertEquals(1600, back.getWidth());
        assertTrue(media.get("url").asText(), media.get("url").asText().matches("/media/pelantikan-[0-9a-f]{12}\\.jpg"));

        String title = "Pelantikan pejabat uji " + System.nanoTime();
        Http.Answer created = http().post("/api/v1/portal/items", token, "{\"kind\":\"NEWS\",\"titleId\":\"" + title
                + "\",\"bodyId\":\"Acara **pelantikan** di aula.\\n\\n## Susunan acara\\n\\n- Pembukaan\",\"category\":\"Kegiatan\","
                + "\"imageId\":" + media.get("id").asLong() + "}");
        assertEquals(created.toString(), 201, created.status());
        JsonNode item = created.json();
        String path = item.get("path").asText();
        assertEquals("DRAFT", item.get("status").asText());
        assertTrue(item.get("htmlId").asText(), item.get("htmlId").asText().contains("<strong>pelantikan</strong>")
                && item.get("htmlId").asText().contains("<h2>Susunan acara</h2>"));
        assertEquals(200, http().get(header(created, "Location").replaceFirst("^https?://[^/]+", ""), token).status());
        // a draft is not public
        assertEquals(404, http().page(path, null).status());
        assertFalse(http().page("/", null).body().contains(title));

        // scheduled a few seconds ahead: still hidden, then live everywhere at its time
        Instant at = Instant.now().plusSeconds(4);
        Http.Answer scheduled = http().post("/api/v1/portal/items/" + item.get("id").asLong() + "/publish", token,
                "{\"at\":\"" + at + "\",\"version\":" + item.get("version").asInt() + "}");
        assertEquals(scheduled.toString(), 200, scheduled.status());
        assertFalse(scheduled.json().get("published").asBoolean());
        assertEquals(404, http().page(path, null).status());
        assertFalse(http().page("/feed.xml", null).body().contains(title));
        while (Instant.now().isBefore(at.plusMillis(300))) {
            Thread.sleep(200);
        }
        Http.Answer shown = http().page(path, null);
        assertEquals(shown.toString(), 200, shown.status());
        assertTrue(shown.body(), shown.body().contains("<h1>" + title + "</h1>"));
        assertTrue(shown.body(), shown.body().contains("alt=\"Para pejabat berdiri di aula saat pelantikan\""));
        assertTrue(shown.body(), shown.body().contains("srcset=\""));
        assertTrue(shown.body(), shown.body().contains("width=\"1600\" height=\"1067\""));
        assertTrue(shown.body(), shown.body().contains("<script type=\"application/ld+json\">"));
        assertTrue(shown.body(), shown.body().contains("\"@type\":\"NewsArticle\""));
        assertTrue(shown.body(), shown.body().contains("<meta property=\"og:type\" content=\"article\">"));
        assertTrue(shown.body(), shown.body().contains("<link rel=\"canonical\" href=\"" + "http"));
        assertTrue(http().page("/", null).body().contains(title));
        assertTrue(http().page("/berita", null).body().contains(title));
        Http.Answer feed = http().page("/feed.xml", null);
        assertTrue(feed.contentType(), feed.contentType().startsWith("application/atom+xml"));
        assertTrue(feed.body(), feed.body().contains("<title>" + title + "</title>"));
        Http.Answer sitemap = http().page("/sitemap.xml", null);
        assertTrue(sitemap.contentType(), sitemap.contentType().startsWith("application/xml"));
        assertTrue(sitemap.body(), sitemap.body().contains(path + "</loc>"));
    }

    @Test
    public void scriptsEventHandlersAndJavascriptLinksInABodyAreRenderedHarmless() throws Exception {
        String token = editor();
        String[] attacks = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(2)>",
                "[klik](javascript:alert(3))",
                "<a href=\"javascript:alert(4)\">a</a>",
                "<svg onload=alert(5)>",
                "![x](javascript:alert(6))",
                "<iframe src=\"https://evil.example\"></iframe>",
                "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg3KTwvc2NyaXB0Pg==)",
                "<div style=\"background:url(javascript:alert(8))\">x</div>",
                "<a href=\"jav&#x09;ascript:alert(9)\">b</a>"};
        String body = String.join("\\n\\n", attacks).replace("\"", "\\\"");
        Http.Answer created = http().post("/api/v1/portal/items", token,
                "{\"kind\":\"NEWS\",\"titleId\":\"Uji keamanan isi " + System.nanoTime() + "\",\"bodyId\":\"" + body + "\"}");
        assertEquals(created.toString(), 201, created.status());
        JsonNode item = created.json();
        Http.Answer published = http().post("/api/v1/portal/items/" + item.get("id").asLong() + "/publish", token,
                "{\"version\":" + item.get("version").asInt() + "}");
        assertEquals(published.toString(), 200, published.status());
        Http.Answer shown = http().page(item.get("path").asText(), null);
        assertEquals(200, shown.status());
        String html = shown.body().substring(shown.body().indexOf("<main"), shown.body().indexOf("</main>"));
        // every real tag of the body: only the allowed ones, no event handler, style or script-bearing address
        Matcher tag = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>").matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(java.util.Locale.ROOT);
            String attrs = tag.group(2).toLowerCase(java.util.Locale.ROOT);
            assertFalse(tag.group() + " in " + html, java.util.Set.of("script", "iframe", "svg", "object", "embed",
                    "style", "link", "meta", "base", "form").contains(name));
            assertFalse(tag.group(), attrs.matches("(?s).*\\son[a-z]+\\s*=.*"));
            assertFalse(tag.group(), attrs.contains("style=") || attrs.contains("javascript:")
                    || attrs.contains("data:") || attrs.contains("src=\"x\""));
        }
        // the attempts are still there, shown as plain text
        assertTrue(html, html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html, html.contains("&lt;img src=x onerror=alert(2)&gt;"));
    }

    @Test
    public void staleEditsAreRefusedRevisionsKeepEveryStateAndARestoreIsAuditedWithWhatWasStored() throws Exception {
        String token = editor();
        JsonNode item = http().post("/api/v1/portal/items", token,
                "{\"kind\":\"ANNOUNCEMENT\",\"titleId\":\"Jadwal layanan versi satu\",\"bodyId\":\"Satu\"}").json();
        long id = item.get("id").asLong();
        int v1 = item.get("version").asInt();
        Http.Answer changed = http().send("PUT", "/api/v1/portal/items/" + id, token,
                "{\"titleId\":\"Jadwal layanan versi dua\",\"bodyId\":\"Dua\",\"version\":" + v1 + "}", "application/json");
        assertEquals(changed.toString(), 200, changed.status());
        Http.Answer stale = http().send("PUT", "/api/v1/portal/items/" + id, token,
                "{\"titleId\":\"Tertimpa\",\"version\":" + v1 + "}", "application/json");
        assertProblem(stale, 409);
        assertEquals("Jadwal layanan versi dua", http().get("/api/v1/portal/items/" + id, token).json()
                .get("titleId").asText());
        JsonNode revisions = http().get("/api/v1/portal/items/" + id + "/revisions", token).json();
        assertEquals(2, revisions.size());
        assertEquals("Jadwal layanan versi satu", revisions.get(1).get("content").get("titleId").asText());
        int current = http().get("/api/v1/portal/items/" + id, token).json().get("version").asInt();
        Http.Answer restored = http().post("/api/v1/portal/items/" + id + "/revisions/1/restore", token,
                "{\"version\":" + current + "}");
        assertEquals(restored.toString(), 200, restored.status());
        assertEquals("Jadwal layanan versi satu", restored.json().get("titleId").asText());
        assertEquals(3, http().get("/api/v1/portal/items/" + id + "/revisions", token).json().size());
        JsonNode audit = http().get("/api/v1/platform/audit?entityType=portal-item&entityId=" + id, adminToken()).json();
        String actions = audit.get("items").toString();
        assertTrue(actions, actions.contains("portal.item.create") && actions.contains("portal.item.update")
                && actions.contains("portal.item.restore"));
        assertTrue(actions, actions.contains("Jadwal layanan versi dua"));
        // visitors and other roles may not use the desk
        assertEquals(401, http().get("/api/v1/portal/items", null).status());
        assertEquals(403, http().get("/api/v1/portal/items", userToken("pegawai.portal", "EMPLOYEE")).status());
        // bad input: a clear 4xx, nothing stored
        long before = http().get("/api/v1/portal/items?size=1", token).json().get("total").asLong();
        assertProblem(http().post("/api/v1/portal/items", token, "{\"kind\":\"NEWS\",\"titleId\":\"\"}"), 422);
        assertProblem(http().post("/api/v1/portal/items", token, "{\"kind\":\"BERITA\",\"titleId\":\"x\"}"), 400);
        assertProblem(http().post("/api/v1/portal/items", token,
                "{\"kind\":\"NEWS\",\"titleId\":\"x\",\"fields\":{\"requirements.id\":\"y\"}}"), 422);
        assertProblem(http().post("/api/v1/portal/items", token,
                "{\"kind\":\"NEWS\",\"titleId\":\"x\",\"slug\":\"Bukan Slug!\"}"), 422);
        assertEquals(before, http().get("/api/v1/portal/items?size=1", token).json().get("total").asLong());
    }

    @Test
    public void aServiceShowsItsStandardAndTheSurveyIsAnsweredOncePerBrowserPerDayWithResultsPublished()
            throws Exception {
        String token = editor();
        String slug = "layanan-uji-" + System.nanoTime();
        JsonNode s = http().post("/api/v1/portal/items", token, "{\"kind\":\"SERVICE\",\"slug\":\"" + slug
                + "\",\"titleId\":\"Legalisir SK uji\",\"fields\":{\"requirements.id\":\"SK asli\\nFotokopi SK\","
                + "\"timeLimit.id\":\"1 hari kerja\",\"fee.id\":\"Tidak dipungut biaya\",\"legalBasis.id\":\"PP 11/2017\"}}")
                .json();
        http().post("/api/v1/portal/items/" + s.get("id").asLong() + "/publish", token,
                "{\"version\":" + s.get("version").asInt() + "}");
        Http.Answer shown = http().page("/layanan/" + slug, null);
        assertEquals(shown.toString(), 200, shown.status());
        assertTrue(shown.body(), shown.body().contains("<li>SK asli</li><li>Fotokopi SK</li>"));
        assertTrue(shown.body(), shown.body().contains("1 hari kerja"));
        assertTrue(shown.body(), shown.body().contains("<legend>9. Sarana dan prasarana</legend>"));
        String csrf = Http.setCookie(shown, "SERASAN_CSRF");
        assertNotNull(csrf);
        String token1 = csrf.substring(csrf.indexOf('=') + 1);
        String[] answer = {"_csrf", token1, "u1", "4", "u2", "4", "u3", "3", "u4", "4", "u5", "3", "u6", "4", "u7", "4",
                "u8", "3", "u9", "4", "saran", "Ruang tunggu nyaman"};
        // an incomplete answer: the form again with what was chosen, nothing stored
        Http.Answer partial = http().postForm("/layanan/" + slug, csrf, "_csrf", token1, "u1", "4");
        assertEquals(partial.toString(), 422, partial.status());
        assertTrue(partial.body(), partial.body().contains("id=\"u1-4\" name=\"u1\" value=\"4\" required checked"));
        Http.Answer sent = http().postForm("/layanan/" + slug, csrf, answer);
        assertEquals(sent.toString(), 303, sent.status());
        assertTrue(header(sent, "Location"), header(sent, "Location").contains("survei=terima-kasih"));
        // the same browser again today: not counted twice
        Http.Answer again = http().postForm("/layanan/" + slug, csrf, answer);
        assertTrue(header(again, "Location"), header(again, "Location").contains("survei=sudah"));
        // another browser counts
        Http.Answer other = http().page("/layanan/" + slug, null);
        String csrf2 = Http.setCookie(other, "SERASAN_CSRF");
        answer[1] = csrf2.substring(csrf2.indexOf('=') + 1);
        answer[3] = "2";
        assertEquals(303, http().postForm("/layanan/" + slug, csrf2, answer).status());
        JsonNode results = http().get("/api/v1/portal/surveys/results?service=" + s.get("id").asLong(), null).json();
        assertEquals(results.toString(), 1, results.size());
        JsonNode r = results.get(0).get("result");
        assertEquals(2, r.get("respondents").asInt());
        // U1 = (4 + 2) / 2 = 3; others as sent: sums 6,8,6,8,6,8,8,6,8 over 2 → mean 3.555… × 25 = 88.89 (A)
        assertEquals(3.0, r.get("elementAverages").get(0).asDouble(), 0.0);
        assertEquals(88.89, r.get("index").asDouble(), 0.0);
        assertEquals("A", r.get("grade").asText());
        Http.Answer withResults = http().page("/layanan/" + slug, null);
        assertTrue(withResults.body(), withResults.body().contains("88.89"));
        // without the form token nothing is stored
        assertEquals(403, http().postForm("/layanan/" + slug, null, "u1", "1").status());
        assertEquals(2, http().get("/api/v1/portal/surveys/results?service=" + s.get("id").asLong(), null).json()
                .get(0).get("result").get("respondents").asInt());
    }

    @Test
    public void searchFoldsCaseAndPunctuationAndMatchesWordPrefixes() throws Exception {
        String token = editor();
        String word = "Zamrudwangi" + (System.nanoTime() % 100000);
        JsonNode n = http().post("/api/v1/portal/items", token, "{\"kind\":\"DOWNLOAD\",\"titleId\":\"Formulir "
                + word + "-Mutasi (Pindah Tugas)\",\"category\":\"Formulir\"}").json();
        // a download needs its file before it is published
        assertProblem(http().post("/api/v1/portal/items/" + n.get("id").asLong() + "/publish", token,
                "{\"version\":" + n.get("version").asInt() + "}"), 422);
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        JsonNode file = upload(token, "formulir mutasi.pdf", null, pdf, 201);
        assertEquals("application/pdf", file.get("contentType").asText());
        upload(token, "bukan.pdf", null, "<html>bukan pdf</html>".getBytes(StandardCharsets.UTF_8), 422);
        JsonNode withFile = http().send("PUT", "/api/v1/portal/items/" + n.get("id").asLong(), token,
                "{\"titleId\":\"Formulir " + word + "-Mutasi (Pindah Tugas)\",\"category\":\"Formulir\",\"fileId\":"
                        + file.get("id").asLong() + ",\"version\":" + n.get("version").asInt() + "}", "application/json").json();
        Http.Answer pub = http().post("/api/v1/portal/items/" + n.get("id").asLong() + "/publish", token,
                "{\"version\":" + withFile.get("version").asInt() + "}");
        assertEquals(pub.toString(), 200, pub.status());
        String prefix = word.substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        for (String q : new String[] {prefix, word.toLowerCase(java.util.Locale.ROOT) + " mutasi", "pindah, tugas!"}) {
            Http.Answer found = http().page("/cari?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null);
            assertEquals(200, found.status());
            if (!q.startsWith("pindah")) {
                assertTrue(q + ": " + found.body(), found.body().contains(word + "-Mutasi"));
            }
            assertTrue(found.body(), found.body().contains("<meta name=\"robots\" content=\"noindex\">"));
        }
        assertFalse(http().page("/cari?q=" + word + "x", null).body().contains(word + "-Mutasi"));
        Http.Answer downloads = http().page("/unduhan?jenis=Formulir&q=" + prefix, null);
        assertTrue(downloads.body(), downloads.body().contains(word + "-Mutasi"));
        assertTrue(downloads.body(), downloads.body().contains("href=\"" + file.get("url").asText() + "\""));
        assertArrayEquals(pdf, bytes(file.get("url").asText()));
        JsonNode api = http().get("/api/v1/portal/published?q=" + prefix, null).json();
        assertEquals(1, api.get("total").asInt());
        // a file still in use cannot be deleted
        assertProblem(http().send("DELETE", "/api/v1/portal/media/" + file.get("id").asLong(), token, null, null), 409);
    }

    @Test
    public void machinesGetRobotsSitemapAndFeedAndUnknownContentIsAHelpfulHtml404() throws Exception {
        Http.Answer robots = http().page("/robots.txt", null);
        assertEquals(200, robots.status());
        assertTrue(robots.contentType().startsWith("text/plain"));
        assertTrue(robots.body(), robots.body().contains("Disallow: /api/") && robots.body().contains("Sitemap: http"));
        assertEquals(200, http().page("/sitemap.xml", null).status());
        Http.Answer missing = http().page("/berita/tidak-ada-berita-ini", null);
        assertEquals(404, missing.status());
        assertTrue(missing.body(), missing.body().contains("action=\"/cari\""));
        assertEquals(404, http().page("/media/tidak-ada.jpg", null).status());
        Http.Answer home = http().page("/", null);
        assertEquals(200, home.status());
        assertTrue(home.body(), home.body().contains("\"@type\":\"GovernmentOrganization\""));
        assertTrue(home.body(), home.body().contains("href=\"/layanan\""));
        assertTrue(home.body(), home.body().contains("type=\"application/atom+xml\""));
        Matcher desc = Pattern.compile("<meta name=\"description\" content=\"[^\"]{20,}\">").matcher(home.body());
        assertTrue(home.body(), desc.find());
    }

    @Test
    public void theLoginPageOpensASessionAStaffPageAsksForItAndLogoutEndsIt() throws Exception {
        editor();
        Http.Answer desk = http().page("/masuk", null);
        assertEquals(200, desk.status());
        String csrf = Http.setCookie(desk, "SERASAN_CSRF");
        String form = csrf.substring(csrf.indexOf('=') + 1);
        Http.Answer wrong = http().postForm("/masuk", csrf, "_csrf", form, "username", "redaksi.portal", "password", "salah",
                "kembali", "/layanan");
        assertEquals(wrong.toString(), 401, wrong.status());
        assertTrue(wrong.body(), wrong.body().contains("role=\"alert\""));
        assertEquals(403, http().postForm("/masuk", csrf, "username", "redaksi.portal", "password", "Sandi-hr_operator-2026!")
                .status());
        Http.Answer ok = http().postForm("/masuk", csrf, "_csrf", form, "username", "redaksi.portal", "password",
                "Sandi-hr_operator-2026!", "kembali", "/layanan");
        assertEquals(ok.toString(), 303, ok.status());
        assertTrue(header(ok, "Location"), header(ok, "Location").endsWith("/layanan"));
        String session = Http.setCookie(ok, "SERASAN_SESSION");
        String sessionCsrf = Http.setCookie(ok, "SERASAN_CSRF");
        assertNotNull(session);
        String cookies = session + "; " + sessionCsrf;
        Http.Answer in = http().page("/layanan", cookies);
        assertTrue(in.body(), in.body().contains("action=\"/keluar\"") && in.body().contains("(redaksi.portal)"));
        // an open redirect is not possible
        Http.Answer away = http().postForm("/masuk", csrf, "_csrf", form, "username", "redaksi.portal", "password",
                "Sandi-hr_operator-2026!", "kembali", "//evil.example/x");
        assertEquals("/", URI.create(header(away, "Location")).getPath());
        Http.Answer out = http().postForm("/keluar", cookies, "_csrf", sessionCsrf.substring(sessionCsrf.indexOf('=') + 1));
        assertEquals(out.toString(), 303, out.status());
        assertEquals("SERASAN_SESSION=", Http.setCookie(out, "SERASAN_SESSION"));
        Http.Answer after = http().page("/layanan", cookies);
        assertFalse(after.body(), after.body().contains("action=\"/keluar\""));
    }
}
