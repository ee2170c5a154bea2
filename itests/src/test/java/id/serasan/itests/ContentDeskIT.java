package id.serasan.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The content desk ({@code /meja}) as an HR operator uses it in a browser, over real HTTP against the distribution:
 * logged in through the login page, every change a form POST with its token. What the desk stored is read back over
 * the REST API and on the public pages.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ContentDeskIT extends SerasanTestSupport {
    private static final String EDITOR = "redaksi.meja";
    private static final String EDITOR_PASSWORD = "Sandi-hr_operator-2026!";

    @Configuration
    public Option[] config() {
        return baseConfiguration();
    }

    private String editorToken() throws Exception {
        return userToken(EDITOR, "HR_OPERATOR");
    }

    private Browser editor() throws Exception {
        editorToken();
        return new Browser(http()).login(EDITOR, EDITOR_PASSWORD);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a draft through the new-item form; returns its id. */
    private long draft(Browser b, String kind, String... fields) {
        String[] all = new String[fields.length + 4];
        all[0] = "kind";
        all[1] = kind;
        all[2] = "aksi";
        all[3] = "simpan";
        System.arraycopy(fields, 0, all, 4, fields.length);
        Http.Answer saved = b.post("/meja/baru", all);
        assertEquals(saved.toString(), 303, saved.status());
        Matcher m = Pattern.compile("^/meja/konten/(\\d+)\\?disimpan=1$").matcher(Browser.location(saved));
        assertTrue(Browser.location(saved), m.matches());
        return Long.parseLong(m.group(1));
    }

    private JsonNode stored(long id) throws Exception {
        Http.Answer a = http().get("/api/v1/portal/items/" + id, editorToken());
        assertEquals(a.toString(), 200, a.status());
        return a.json();
    }

    private static String version(Http.Answer form) {
        Matcher m = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form.body());
        assertTrue(form.body(), m.find());
        return m.group(1);
    }

    private static void assertHtml(Http.Answer a, int status) {
        assertEquals(a.toString(), status, a.status());
        assertTrue(a.toString(), a.contentType().startsWith("text/html"));
        assertFalse(a.body(), a.body().contains("Exception") || a.body().contains("\tat "));
    }

    @Test
    public void anEditorWritesPreviewsSavesSchedulesPublishesAndWithdrawsANewsItemOnTheDesk() throws Exception {
        Browser b = editor();
        Http.Answer desk = b.get("/meja");
        assertHtml(desk, 200);
        assertTrue(desk.body(), desk.body().contains("<meta name=\"robots\" content=\"noindex"));
        assertTrue(desk.body(), desk.body().contains("href=\"/meja/baru\""));
        Http.Answer choose = b.get("/meja/baru");
        assertHtml(choose, 200);
        assertTrue(choose.body(), choose.body().contains("href=\"/meja/baru?jenis=NEWS\""));
        Http.Answer form = b.get("/meja/baru?jenis=NEWS");
        assertHtml(form, 200);
        assertTrue(form.body(), form.body().contains("name=\"kind\" value=\"NEWS\""));

        String title = unique("Pelantikan pejabat fungsional");
        long before = http().get("/api/v1/portal/items?size=1", editorToken()).json().get("total").asLong();
        // a preview shows the sanitised body and saves nothing
        Http.Answer preview = b.post("/meja/baru", "kind", "NEWS", "aksi", "pratinjau", "titleId", title,
                "bodyId", "## Acara\n\nDilantik **40 pejabat**.\n\n<script>alert(1)</script>");
        assertHtml(preview, 200);
        assertTrue(preview.body(), preview.body().contains("<h2>Acara</h2>")
                && preview.body().contains("<strong>40 pejabat</strong>"));
        // raw HTML in Markdown is shown as text, never as markup
        assertFalse(preview.body(), preview.body().contains("<script>"));
        assertTrue(preview.body(), preview.body().contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"));
        assertTrue(preview.body(), preview.body().contains("value=\"" + title + "\""));
        assertEquals(before, http().get("/api/v1/portal/items?size=1", editorToken()).json().get("total").asLong());

        long id = draft(b, "NEWS", "titleId", title, "bodyId", "Dilantik **40 pejabat**.", "category", "Kepegawaian",
                "titleEn", "Functional officials sworn in");
        JsonNode item = stored(id);
        assertEquals("DRAFT", item.get("status").asText());
        assertEquals(title, item.get("titleId").asText());
        assertEquals("Kepegawaian", item.get("category").asText());
        assertEquals(EDITOR, item.get("createdBy").asText());
        String path = item.get("path").asText();
        assertEquals(404, http().page(path, null).status());
        Http.Answer edit = b.get("/meja/konten/" + id + "?disimpan=1");
        assertHtml(edit, 200);
        assertTrue(edit.body(), edit.body().contains("role=\"status\"") && edit.body().contains("Tersimpan."));
        assertTrue(edit.body(), edit.body().contains("keadaan-draf"));

        // scheduled a day ahead (WIB): stored with that instant, not yet visible
        LocalDateTime tomorrow = LocalDateTime.now(ZoneId.of("Asia/Jakarta")).plusDays(1).withSecond(0).withNano(0);
        Http.Answer scheduled = b.post("/meja/konten/" + id, "aksi", "terbitkan", "version", version(edit),
                "publishAt", tomorrow.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        assertEquals(scheduled.toString(), 303, scheduled.status());
        assertEquals("/meja/konten/" + id + "?dijadwalkan=1", Browser.location(scheduled));
        item = stored(id);
        assertEquals("PUBLISHED", item.get("status").asText());
        assertFalse(item.get("published").asBoolean());
        assertEquals(tomorrow.atZone(ZoneId.of("Asia/Jakarta")).toInstant().toString(), item.get("publishAt").asText());
        assertEquals(404, http().page(path, null).status());
        Http.Answer shown = b.get("/meja/konten/" + id);
        assertTrue(shown.body(), shown.body().contains("keadaan-terjadwal"));

        // published now: visitors see it, in the list too
        Http.Answer now = b.post("/meja/konten/" + id, "aksi", "terbitkan", "version", version(shown), "publishAt", "");
        assertEquals("/meja/konten/" + id + "?diterbitkan=1", Browser.location(now));
        Http.Answer visible = http().page(path, null);
        assertHtml(visible, 200);
        assertTrue(visible.body(), visible.body().contains("<strong>40 pejabat</strong>"));
        assertTrue(http().page("/berita", null).body().contains(title));
        Http.Answer listed = b.get("/meja?jenis=NEWS&status=PUBLISHED&q=" + title.substring(title.length() - 8));
        assertTrue(listed.body(), listed.body().contains("href=\"/meja/konten/" + id + "\"")
                && listed.body().contains("href=\"" + path + "\""));

        // withdrawn: a draft again, gone for visitors
        Http.Answer live = b.get("/meja/konten/" + id);
        assertTrue(live.body(), live.body().contains("keadaan-tayang"));
        Http.Answer withdrawn = b.post("/meja/konten/" + id, "aksi", "tarik", "version", version(live));
        assertEquals("/meja/konten/" + id + "?ditarik=1", Browser.location(withdrawn));
        assertEquals("DRAFT", stored(id).get("status").asText());
        assertEquals(404, http().page(path, null).status());

        // the audit holds each step, by the editor
        String audit = http().get("/api/v1/platform/audit?entityType=portal-item&entityId=" + id, adminToken()).json()
                .get("items").toString();
        for (String action : new String[] {"portal.item.create", "portal.item.publish", "portal.item.unpublish"}) {
            assertTrue(audit, audit.contains(action));
        }
        assertTrue(audit, audit.contains(EDITOR));
    }

    @Test
    public void refusedFormsShowWhatWasTypedWithTheReasonsAndChangeNothing() throws Exception {
        Browser b = editor();
        // no title: 422, the summary links to the field, the field says why, the typed body is kept
        Http.Answer noTitle = b.post("/meja/baru", "kind", "ANNOUNCEMENT", "aksi", "simpan", "bodyId",
                "Isi yang sudah diketik panjang-panjang");
        assertHtml(noTitle, 422);
        assertTrue(noTitle.body(), noTitle.body().contains("class=\"ringkasan-galat\" role=\"alert\""));
        assertTrue(noTitle.body(), noTitle.body().contains("href=\"#titleId\""));
        assertTrue(noTitle.body(), noTitle.body().contains("aria-invalid=\"true\""));
        assertTrue(noTitle.body(), noTitle.body().contains("Isi yang sudah diketik panjang-panjang</textarea>"));
        // a bad order number and a bad slug
        Http.Answer badOrder = b.post("/meja/baru", "kind", "PAGE", "aksi", "simpan", "titleId", "Visi",
                "sortOrder", "pertama");
        assertHtml(badOrder, 422);
        assertTrue(badOrder.body(), badOrder.body().contains("href=\"#sortOrder\""));
        Http.Answer badSlug = b.post("/meja/baru", "kind", "PAGE", "aksi", "simpan", "titleId", "Visi",
                "slug", "Visi Misi!");
        assertHtml(badSlug, 422);
        assertTrue(badSlug.body(), badSlug.body().contains("href=\"#slug\""));
        // an English switch gives the English half of the reason
        Http.Answer english = b.post("/meja/baru?lang=en", "kind", "PAGE", "aksi", "simpan", "titleId", "Visi",
                "slug", "Visi Misi!");
        assertTrue(english.body(), english.body().contains("Lower-case letters, digits and hyphens only"));

        String title = unique("Jadwal seleksi");
        long id = draft(b, "ANNOUNCEMENT", "titleId", title, "bodyId", "Versi pertama.");
        JsonNode first = stored(id);
        Http.Answer form = b.get("/meja/konten/" + id);
        String opened = version(form);
        // someone else saves in the meantime (over the API)
        Http.Answer other = http().send("PUT", "/api/v1/portal/items/" + id, adminToken(), Http.json("titleId", title,
                "bodyId", "Versi rekan kerja.", "version", first.get("version").asInt()), "application/json");
        assertEquals(other.toString(), 200, other.status());
        Http.Answer stale = b.post("/meja/konten/" + id, "aksi", "simpan", "version", opened, "titleId", title,
                "bodyId", "Versi saya yang panjang.");
        assertHtml(stale, 409);
        assertTrue(stale.body(), stale.body().contains("Versi saya yang panjang.</textarea>"));
        assertTrue(stale.body(), stale.body().contains("admin"));
        assertEquals("Versi rekan kerja.", stored(id).get("bodyId").asText());
        // the form keeps the version the editor opened: saving it again is refused again, never an overwrite
        assertEquals(opened, version(stale));
        assertHtml(b.post("/meja/konten/" + id, "aksi", "simpan", "version", version(stale), "titleId", title,
                "bodyId", "Versi saya yang panjang."), 409);
        assertEquals("Versi rekan kerja.", stored(id).get("bodyId").asText());
        // deleting from a page opened before the colleague's change is refused too
        assertHtml(b.post("/meja/konten/" + id, "aksi", "hapus", "version", opened, "yakin", "ya"), 409);
        assertEquals(200, http().get("/api/v1/portal/items/" + id, editorToken()).status());
        // a revision that does not exist is a reason on the form, not a missing page
        String fresh = version(b.get("/meja/konten/" + id));
        Http.Answer noRevision = b.post("/meja/konten/" + id, "aksi", "pulihkan", "version", fresh, "revisi", "99");
        assertHtml(noRevision, 422);
        assertTrue(noRevision.body(), noRevision.body().contains("There is no revision 99")
                || noRevision.body().contains("Revisi 99 tidak ada"));
        // a time that is not one, an unknown action, deleting without the tick
        String current = version(b.get("/meja/konten/" + id));
        Http.Answer badTime = b.post("/meja/konten/" + id, "aksi", "terbitkan", "version", current, "publishAt",
                "besok pagi");
        assertHtml(badTime, 422);
        assertTrue(badTime.body(), badTime.body().contains("href=\"#publishAt\""));
        assertHtml(b.post("/meja/konten/" + id, "aksi", "bakar", "version", current), 400);
        Http.Answer unticked = b.post("/meja/konten/" + id, "aksi", "hapus", "version", current);
        assertHtml(unticked, 422);
        assertTrue(unticked.body(), unticked.body().contains("href=\"#yakin\""));
        JsonNode after = stored(id);
        assertEquals("DRAFT", after.get("status").asText());
        assertEquals(Integer.parseInt(current), after.get("version").asInt());
        // a page number beyond the end (or beyond any offset) shows the last page
        Http.Answer far = b.get("/meja?halaman=999999999");
        assertHtml(far, 200);
        assertTrue(far.body(), far.body().contains("href=\"/meja/konten/"));
        assertHtml(b.get("/meja/berkas?halaman=2147483647"), 200);
        // unknown items are a helpful 404 page
        assertHtml(b.get("/meja/konten/999999999"), 404);
        assertHtml(b.get("/meja/konten/bukan-angka"), 404);
        assertHtml(b.post("/meja/konten/999999999", "aksi", "simpan", "version", "1", "titleId", "x"), 404);
    }

    @Test
    public void revisionsAreListedARestoreBringsBackTheOldTextAndADeleteNeedsTheTick() throws Exception {
        Browser b = editor();
        String title = unique("Profil BKPSDM");
        long id = draft(b, "PAGE", "titleId", title, "bodyId", "Teks lama yang baik.", "slug",
                "profil-" + UUID.randomUUID().toString().substring(0, 8));
        Http.Answer form = b.get("/meja/konten/" + id);
        Http.Answer saved = b.post("/meja/konten/" + id, "aksi", "simpan", "version", version(form), "titleId",
                title + " (baru)", "bodyId", "Teks baru yang keliru.");
        assertEquals(saved.toString(), 303, saved.status());
        Http.Answer history = b.get("/meja/konten/" + id);
        assertTrue(history.body(), history.body().contains("Teks baru yang keliru.</textarea>"));
        // revision 2 (latest) has no restore button, revision 1 has
        assertTrue(history.body(), history.body().contains("name=\"revisi\" value=\"1\""));
        assertFalse(history.body(), history.body().contains("name=\"revisi\" value=\"2\""));
        Http.Answer restored = b.post("/meja/konten/" + id, "aksi", "pulihkan", "version", version(history), "revisi",
                "1");
        assertEquals(restored.toString(), "/meja/konten/" + id + "?dipulihkan=1", Browser.location(restored));
        JsonNode item = stored(id);
        assertEquals("Teks lama yang baik.", item.get("bodyId").asText());
        assertEquals(title, item.get("titleId").asText());
        assertEquals(3, http().get("/api/v1/portal/items/" + id + "/revisions", editorToken()).json().size());

        Http.Answer last = b.get("/meja/konten/" + id + "?dipulihkan=1");
        assertTrue(last.body(), last.body().contains("role=\"status\""));
        Http.Answer deleted = b.post("/meja/konten/" + id, "aksi", "hapus", "version", version(last), "yakin", "ya");
        assertEquals("/meja?dihapus=1", Browser.location(deleted));
        assertEquals(404, http().get("/api/v1/portal/items/" + id, editorToken()).status());
        assertTrue(b.get("/meja?dihapus=1").body().contains("role=\"status\""));
    }

    @Test
    public void aPictureUploadedOnTheDeskNeedsItsDescriptionLosesItsGpsAndCannotBeDeletedWhileABodyShowsIt()
            throws Exception {
        Browser b = editor();
        byte[] jpeg = PortalIT.jpegWithExif();
        // no description: refused, nothing stored
        long before = http().get("/api/v1/portal/media?size=1", editorToken()).json().get("total").asLong();
        Http.Answer noAlt = b.upload("/meja/berkas", "file", "pelantikan.jpg", "image/jpeg", jpeg, "altId", "");
        assertHtml(noAlt, 422);
        assertTrue(noAlt.body(), noAlt.body().contains("href=\"#altId\""));
        // no file at all
        Http.Answer noFile = b.upload("/meja/berkas", "file", "", "application/octet-stream", new byte[0], "altId",
                "x");
        assertHtml(noFile, 422);
        assertTrue(noFile.body(), noFile.body().contains("href=\"#file\""));
        assertEquals(before, http().get("/api/v1/portal/media?size=1", editorToken()).json().get("total").asLong());

        Http.Answer up = b.upload("/meja/berkas", "file", "pelantikan.jpg", "image/jpeg", jpeg, "altId",
                "Bupati melantik pejabat fungsional", "altEn", "The regent swears in officials");
        assertEquals(up.toString(), 303, up.status());
        Matcher m = Pattern.compile("^/meja/berkas\\?diunggah=(\\d+)$").matcher(Browser.location(up));
        assertTrue(Browser.location(up), m.matches());
        long mediaId = Long.parseLong(m.group(1));
        JsonNode media = http().get("/api/v1/portal/media/" + mediaId, editorToken()).json();
        assertEquals("Bupati melantik pejabat fungsional", media.get("altId").asText());
        assertEquals(EDITOR, media.get("createdBy").asText());
        String url = media.get("url").asText();
        byte[] served = http().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http().base() + url))
                .GET().build()).body().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse("GPS kept", new String(served, java.nio.charset.StandardCharsets.ISO_8859_1).contains("GPSLatitude"));
        Http.Answer library = b.get("/meja/berkas?diunggah=" + mediaId);
        assertHtml(library, 200);
        assertTrue(library.body(), library.body().contains("id=\"berkas-" + mediaId + "\""));
        assertTrue(library.body(), library.body().contains("![Bupati melantik pejabat fungsional](" + url + ")"));

        // used in a body: deleting is refused with the reason, and the file stays
        long id = draft(b, "NEWS", "titleId", unique("Dengan gambar"), "bodyId", "Lihat:\n\n![Bupati](" + url + ")");
        Http.Answer refused = b.post("/meja/berkas", "aksi", "hapus", "id", String.valueOf(mediaId));
        assertHtml(refused, 409);
        assertTrue(refused.body(), refused.body().contains("masih dipakai"));
        assertEquals(200, http().get("/api/v1/portal/media/" + mediaId, editorToken()).status());
        // the item's form offers it as the main picture
        Http.Answer form = b.get("/meja/konten/" + id);
        assertTrue(form.body(), form.body().contains("<option value=\"" + mediaId + "\">pelantikan.jpg"));
        // once the body no longer shows it, it can go
        Http.Answer saved = b.post("/meja/konten/" + id, "aksi", "simpan", "version", version(form), "titleId",
                "Tanpa gambar", "bodyId", "Tanpa gambar.");
        assertEquals(303, saved.status());
        Http.Answer gone = b.post("/meja/berkas", "aksi", "hapus", "id", String.valueOf(mediaId));
        assertEquals(gone.toString(), "/meja/berkas?dihapus=1", Browser.location(gone));
        assertEquals(404, http().get("/api/v1/portal/media/" + mediaId, editorToken()).status());
    }

    @Test
    public void onlyEditorsReachTheDeskAndFormsWithoutTheTokenAreRefused() throws Exception {
        // a visitor gets the login form
        Http.Answer anonymous = http().page("/meja", null);
        assertHtml(anonymous, 401);
        assertTrue(anonymous.body(), anonymous.body().contains("action=\"/masuk\""));
        // a civil servant is logged in but not an editor
        userToken("pegawai.meja", "EMPLOYEE");
        Browser employee = new Browser(http()).login("pegawai.meja", "Sandi-employee-2026!");
        for (String path : new String[] {"/meja", "/meja/baru?jenis=NEWS", "/meja/berkas", "/meja/panduan"}) {
            assertHtml(employee.get(path), 403);
        }
        assertHtml(employee.post("/meja/baru", "kind", "NEWS", "aksi", "simpan", "titleId", "Bukan hak saya"), 403);
        // an editor's forged form (no token) changes nothing
        Browser b = editor();
        long before = http().get("/api/v1/portal/items?size=1", editorToken()).json().get("total").asLong();
        assertEquals(403, b.postWithoutToken("/meja/baru", "kind", "NEWS", "aksi", "simpan", "titleId", "Palsu")
                .status());
        assertEquals(before, http().get("/api/v1/portal/items?size=1", editorToken()).json().get("total").asLong());
        // the guide is there, in both languages
        Http.Answer guide = b.get("/meja/panduan");
        assertHtml(guide, 200);
        assertTrue(guide.body(), guide.body().contains("<h2>Alur kerja singkat</h2>"));
        Http.Answer en = b.get("/meja/panduan?lang=en");
        assertTrue(en.body(), en.body().contains("<h2>The short way</h2>"));
        // the desk's link is in the editor's menu, not in the employee's
        assertTrue(b.get("/").body().contains("href=\"/meja\""));
        assertFalse(employee.get("/").body().contains("href=\"/meja\""));
    }
}
