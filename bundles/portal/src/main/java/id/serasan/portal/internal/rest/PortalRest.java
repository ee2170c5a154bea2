package id.serasan.portal.internal.rest;

import id.serasan.platform.api.Page;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.PublicUrls;
import id.serasan.platform.api.RestModule;
import id.serasan.platform.api.openapi.Returns;
import id.serasan.platform.api.openapi.Summary;
import id.serasan.platform.api.security.Public;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.RolesAllowed;
import id.serasan.portal.internal.content.ContentService;
import id.serasan.portal.internal.content.Item;
import id.serasan.portal.internal.content.ItemInput;
import id.serasan.portal.internal.content.Kind;
import id.serasan.portal.internal.content.Media;
import id.serasan.portal.internal.content.PublicContent;
import id.serasan.portal.internal.content.Publication;
import id.serasan.portal.internal.content.Revision;
import id.serasan.portal.internal.content.SurveyService;
import id.serasan.portal.internal.media.MediaService;
import id.serasan.portal.internal.text.Skm;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/portal}: the published site for anyone (lists, items, search, survey results, a survey answer) and
 * the content desk for HR operators and administrators (items with drafts, scheduling, revisions and restore; the
 * media library).
 */
@Component(service = RestModule.class,
        property = {RestModule.MODULE_PROPERTY + "=portal", RestModule.TITLE_PROPERTY + "=Portal"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PortalRest implements RestModule {
    private static final String ID = "{id: \\d+}";
    private final ContentService content;
    private final PublicContent published;
    private final MediaService media;
    private final SurveyService surveys;
    private final PublicUrls urls;

    /** A survey answer sent over the API. */
    public record SurveyAnswer(long serviceId, List<Integer> scores, String suggestion, String respondent) {
    }

    /** The result of an answer. */
    public record SurveyReceipt(boolean stored, String message) {
    }

    /** Unpublishing or restoring names the version being changed. */
    public record VersionOnly(Integer version) {
    }

    @Activate
    public PortalRest(@Reference ContentService content, @Reference PublicContent published,
                      @Reference MediaService media, @Reference SurveyService surveys, @Reference PublicUrls urls) {
        this.content = content;
        this.published = published;
        this.media = media;
        this.surveys = surveys;
        this.urls = urls;
    }

    private static String actor(SecurityContext sc) {
        return sc.getUserPrincipal().getName();
    }

    // ---- public ----

    @GET
    @Path("published")
    @Public
    @Summary(value = "Konten yang tayang / Published content", description = "Berita dan pengumuman terbaru dulu; q mencari kata di awal kata (huruf besar/kecil dan tanda baca diabaikan). / Newest first; q matches word prefixes, ignoring case and punctuation.")
    public Page<Item> published(@QueryParam("kind") Kind kind, @QueryParam("q") String q,
                                @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PublicContent.Snapshot s = published.now();
        List<Item> items = q == null || q.isBlank() ? (kind == null ? s.items() : s.of(kind)) : s.search(q, kind);
        int p = Page.clampPage(page);
        int n = Page.clampSize(size);
        int from = Math.min(items.size(), Page.offset(p, n));
        return new Page<>(items.subList(from, Math.min(items.size(), from + n)), p, n, items.size());
    }

    @GET
    @Path("published/{kind}/{slug}")
    @Public
    @Summary("Satu konten yang tayang / One published item")
    public Item publishedItem(@PathParam("kind") Kind kind, @PathParam("slug") String slug) {
        return published.now().find(kind, slug).orElseThrow(() ->
                ProblemException.notFound("Tidak ada konten tayang di alamat ini / Nothing published here"));
    }

    @GET
    @Path("surveys/results")
    @Public
    @Summary(value = "Hasil survei kepuasan (IKM) per triwulan / Satisfaction results (IKM) per quarter", description = "Dari satu layanan (service) atau semua. Nilai 25–100, mutu A–D menurut PermenPANRB 14/2017. / Of one service or all; index 25–100, grade A–D (PermenPANRB 14/2017).")
    public List<SurveyService.QuarterResult> results(@QueryParam("service") Long service) {
        return surveys.results(service);
    }

    @POST
    @Path("surveys")
    @Public
    @Summary(value = "Isi survei kepuasan (SKM) / Answer the satisfaction survey", description = "Sembilan nilai 1–4 (U1–U9). respondent: tanda acak aplikasi Anda (≥ 16 huruf), sekali per layanan per hari. / Nine scores 1–4; respondent: your app's random id (>= 16 chars), once per service per day.")
    @Returns(status = 200, type = SurveyReceipt.class)
    public SurveyReceipt answer(SurveyAnswer body) {
        if (body == null) {
            throw ProblemException.badRequest("Kirim jawaban survei / Send the answer");
        }
        int[] scores = body.scores() == null ? null : body.scores().stream()
                .mapToInt(i -> i == null ? 0 : i).toArray();
        if (scores != null && scores.length != Skm.ELEMENTS.size()) {
            throw ProblemException.badRequest("Kirim sembilan nilai / Send nine scores");
        }
        boolean stored = surveys.answer(body.serviceId(), scores, body.suggestion(), body.respondent());
        return new SurveyReceipt(stored, stored ? "Terima kasih / Thank you"
                : "Sudah diisi hari ini untuk layanan ini / Already answered today for this service");
    }

    // ---- content desk ----

    @GET
    @Path("items")
    @RolesAllowed({Role.HR_OPERATOR, Role.ADMIN})
    @Summary("Semua konten, termasuk draf / All content, drafts included")
    public Page<Item> items(@QueryParam("kind") Kind kind, @QueryParam("status") Item.Status status,
                            @QueryParam("q") String q, @QueryParam("page") Integer page,
                            @QueryParam("size") Integer size) {
        return content.list(kind, status, q, Page.clampPage(page), Page.clampSize(size));
    }

    @POST
    @Path("items")
    @RolesAllowed({Role.HR_OPERATOR, Role.ADMIN})
    @Summary(value = "Tulis konten baru (draf) / Write a new item (draft)", description = "Isi dalam Markdown; HTML mentah ditampilkan sebagai teks dan hasilnya dibersihkan. / Body in Markdown; raw HTML is shown as text and the result sanitised.")
    @Returns(status = 201, type = Item.class, location = true)
    public Response create(ItemInput body, @Context SecurityContext sc) {
        Item i = content.create(actor(sc), body, false);
        return Response.created(urls.api("portal", "items", String.valueOf(i.id()))).entity(i).build();
    }

    @GET
    @Path("items/" + ID)
    @RolesAllowed({Role.HR_OPERATOR, Role.ADMIN})
    @Summary("Satu konten / One item")
    public Item item(@PathParam("id") long id) {
        return content.get(id);
    }

    @PUT
    @Path("items/" + ID)
    @RolesAllowed({Role.HR_OPERATOR, Role.ADMIN})
    @Summary(value = "Ubah konten / Change an item", description = "Kirim version yang Anda sunting; 409 bila orang lain mengubahnya lebih dulu. / Send the version you edited; 409 when someone changed it first.")
    public Item update(@PathParam("id") long id, ItemInput body, @Context SecurityContext sc) {
        return content.update(actor(sc), id, body);
    }

    @DELETE
    @Path("items/" + ID)
    @RolesAllowed({Role.HR_OPERATOR, Role.ADMIN})
    @Summary("Hapus konten / Delete an item")
    @Returns(status = 204, description = "Dihapus / Deleted")
    public Response delete(@PathParam("id") long id, @Context SecurityContext sc) {
        content.delete(actor(sc), id);
        return Response.noContent().build();
    }

    @POST
    @Path("items/" + ID + "/publish")
    @RolesAllowed({Role.HR_OPERATOR, Role.ADMIN})
    @Summary(value = "Terbitkan sekarang atau jadwalkan / Publish now or schedule", description = "at kosong: sekarang; at di masa depan: tayang pada waktunya. / Empty at: now; a future at: goes live then.")
    public Item publish(@PathParam("id") long id, Publication body, @Context SecurityContext sc) {
        return content.publish(actor(sc), id, body);
    }

    @POST
    @Path("items/" + ID + "/unpublish")
    @RolesAllowed({Role.HR_OPERATOR, Role.ADMIN})
    @Summary("Tarik dari situs (kembali jadi draf) / Unpublish (back to draft)")
    public Item unpublish(@PathParam("id") long id, VersionOnly body, @Context SecurityContext sc) {
        return content.unpublish(actor(sc), id, body == null ? null : body.version());
    }

    @GET
    @Path("items/" + ID + "/revisions")
    @RolesAllowed({Role.HR_OPERATOR, Role.ADMIN})
    @Summary("Riwayat revisi / Revision history")
    public List<Revision> revisions(@PathParam("id") long id) {
        return content.revisions(id);
    }

    @GET
    @Path("items/" + ID + "/revisions/{number: \\d+}")
    @RolesAllowed({Role.HR_OPERATOR, Role.ADMIN})
    @Summary("Satu revisi / One revision")
    public Revision revision(@PathParam("id") long id, @PathParam("number") int number) {
        return content.revision(id, number);
    }

    @POST
    @Path("items/" + ID + "/revisions/{number: \\d+}/restore")
    @RolesAllowed({Role.HR_OPERATOR, Role.ADMIN})
    @Summary("Pulihkan teks sebuah revisi / Restore a revision's text")
    public Item restore(@PathParam("id") long id, @PathParam("number") int number, VersionOnly body,
                        @Context SecurityContext sc) {
        return content.restore(actor(sc), id, number, body == null ? null : body.version());
    }

    @GET
    @Path("media")
    @RolesAllowed({Role.HR_OPERATOR, Role.ADMIN})
    @Summary("Pustaka media / The media library")
    public Page<Media> mediaList(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return media.list(Page.clampPage(page), Page.clampSize(size));
    }

    @POST
    @Path("media")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.HR_OPERATOR, Role.ADMIN})
    @Summary(value = "Unggah gambar (JPEG, PNG) atau lampiran (PDF) / Upload a picture or a PDF", description = "Isi berkas sebagai badan permintaan. Gambar diperkecil dan metadata (EXIF, GPS) dibuang; alt wajib untuk gambar. / The file as the body. Pictures are resized and stripped of metadata; alt is required for pictures.")
    @Returns(status = 201, type = Media.class, location = true)
    public Response upload(@QueryParam("filename") String filename, @QueryParam("alt") String alt,
                           @QueryParam("altEn") String altEn, InputStream body, @Context SecurityContext sc)
            throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(MediaService.MAX_BYTES + 1);
        Media m = media.upload(actor(sc), filename, bytes, alt, altEn);
        return Response.created(urls.api("portal", "media", String.valueOf(m.id()))).entity(m).build();
    }

    @GET
    @Path("media/" + ID)
    @RolesAllowed({Role.HR_OPERATOR, Role.ADMIN})
    @Summary("Satu berkas media / One media file")
    public Media mediaItem(@PathParam("id") long id) {
        return media.get(id);
    }

    @DELETE
    @Path("media/" + ID)
    @RolesAllowed({Role.HR_OPERATOR, Role.ADMIN})
    @Summary("Hapus berkas yang tidak dipakai / Delete an unused file")
    @Returns(status = 204, description = "Dihapus / Deleted")
    public Response mediaDelete(@PathParam("id") long id, @Context SecurityContext sc) {
        media.delete(actor(sc), id);
        return Response.noContent().build();
    }
}
