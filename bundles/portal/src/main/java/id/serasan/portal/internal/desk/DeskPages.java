package id.serasan.portal.internal.desk;

import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.page.Page;
import id.serasan.platform.api.page.PageRequest;
import id.serasan.platform.api.page.PageResult;
import id.serasan.platform.api.page.Upload;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.spi.Audience;
import id.serasan.platform.api.spi.Text;
import id.serasan.portal.internal.content.ContentService;
import id.serasan.portal.internal.content.Fields;
import id.serasan.portal.internal.content.Item;
import id.serasan.portal.internal.content.ItemInput;
import id.serasan.portal.internal.content.Kind;
import id.serasan.portal.internal.content.Media;
import id.serasan.portal.internal.content.Publication;
import id.serasan.portal.internal.content.Revision;
import id.serasan.portal.internal.media.MediaService;
import id.serasan.portal.internal.text.Html;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The content desk ({@code /meja}): where HR operators write, preview, schedule, publish, withdraw and restore the
 * portal's items and upload its pictures and files. The same {@link ContentService} and {@link MediaService} as the
 * REST API, so the rules, the revisions and the audit are the same; every change is a form POST answered with a
 * redirect, and a refusal shows the form again with what was typed and the reasons.
 */
final class DeskPages {
    static final Audience EDITORS = Audience.roles(Role.HR_OPERATOR, Role.ADMIN);
    private static final DateTimeFormatter WHEN_ID = DateTimeFormatter.ofPattern("d MMM yyyy HH.mm",
            Locale.forLanguageTag("id-ID"));
    private static final DateTimeFormatter WHEN_EN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final int PAGE_SIZE = 25;

    private DeskPages() {
    }

    static String when(Instant at, String lang) {
        return at == null ? "" : ("en".equals(lang) ? WHEN_EN : WHEN_ID).format(at.atZone(DeskForm.WIB)) + " WIB";
    }

    static String kindLabel(Kind k, String lang) {
        return "en".equals(lang) ? k.label().en() : k.label().id();
    }

    /** Where an item stands, in words: draft, scheduled or live. */
    static Map<String, String> state(Item i, String lang) {
        String code = i.status() == Item.Status.DRAFT ? "draf" : i.published() ? "tayang" : "terjadwal";
        String label = switch (code) {
            case "draf" -> "en".equals(lang) ? "Draft" : "Draf";
            case "tayang" -> "en".equals(lang) ? "Live" : "Tayang";
            default -> ("en".equals(lang) ? "Scheduled for " : "Terjadwal ") + when(i.publishAt(), lang);
        };
        return Map.of("code", code, "label", label);
    }

    /** The inputs the desk's forms have: an error naming one of them links to it, any other is plain text. */
    static final java.util.Set<String> INPUTS = java.util.Set.of("titleId", "titleEn", "summaryId", "summaryEn",
            "bodyId", "bodyEn", "category", "imageId", "fileId", "sortOrder", "slug", "publishAt", "yakin", "file",
            "altId", "altEn");

    static List<Map<String, String>> errors(ProblemException e, String lang) {
        List<Map<String, String>> out = new ArrayList<>();
        if (e.errors() != null && !e.errors().isEmpty()) {
            for (FieldError fe : e.errors()) {
                String field = fe.field() == null ? "" : fe.field();
                boolean input = INPUTS.contains(field) || field.startsWith("fields.");
                out.add(Map.of("field", input ? field : "", "message", DeskForm.say(fe.message(), lang)));
            }
        } else {
            out.add(Map.of("field", "", "message", DeskForm.say(e.detail() == null ? e.title() : e.detail(), lang)));
        }
        return out;
    }

    /** The first message of each field, for the message beside its input. */
    static Map<String, String> byField(List<Map<String, String>> errors) {
        Map<String, String> m = new HashMap<>();
        errors.forEach(e -> m.putIfAbsent(e.get("field"), e.get("message")));
        return m;
    }

    /**
     * The 1-based page a list was asked for ({@code ?halaman=}): 1 when absent or not a number, at most a page
     * whose offset still fits (the caller then clamps it to the last page there is).
     */
    static int requestedPage(PageRequest r) {
        try {
            int p = Integer.parseInt(r.query("halaman") == null ? "1" : r.query("halaman").strip());
            return Math.max(1, Math.min(p, Integer.MAX_VALUE / PAGE_SIZE));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static PageResult.Meta private_(String path) {
        return new PageResult.Meta(path, "website", null, null, true);
    }

    static Map<String, Object> mediaRow(Media m, String lang) {
        Map<String, Object> r = new HashMap<>();
        r.put("id", String.valueOf(m.id()));
        r.put("url", m.url());
        r.put("name", m.originalName());
        r.put("image", m.image());
        r.put("thumb", m.variants().isEmpty() ? m.url() : m.variants().get(0).url());
        r.put("width", m.width() == null ? 0 : m.width());
        r.put("height", m.height() == null ? 0 : m.height());
        r.put("thumbWidth", m.variants().isEmpty() ? (m.width() == null ? 0 : m.width()) : m.variants().get(0).width());
        r.put("thumbHeight", m.variants().isEmpty() ? (m.height() == null ? 0 : m.height())
                : m.variants().get(0).height());
        r.put("alt", m.alt(lang));
        r.put("altId", m.altId() == null ? "" : m.altId());
        r.put("altEn", m.altEn() == null ? "" : m.altEn());
        r.put("type", m.contentType().equals("application/pdf") ? "PDF" : m.contentType());
        r.put("size", m.sizeLabel());
        r.put("uploaded", when(m.createdAt(), lang));
        r.put("by", m.createdBy() == null ? "" : m.createdBy());
        r.put("markdown", m.image() ? "![" + markdownText(m.altId()) + "](" + m.url() + ")"
                : "[" + markdownText(m.originalName()) + "](" + m.url() + ")");
        return r;
    }

    /** Text for a Markdown link or picture label: brackets and backslashes escaped. */
    static String markdownText(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }

    /** {@code /meja}: every item, filtered by kind, state and words, newest change first. */
    @Component(service = Page.class)
    public static class Desk implements Page {
        private final ContentService content;

        @Activate
        public Desk(@Reference ContentService content) {
            this.content = content;
        }

        @Override
        public String path() {
            return "/meja";
        }

        @Override
        public Text title() {
            return Text.of("Meja konten", "Content desk");
        }

        @Override
        public Audience audience() {
            return EDITORS;
        }

        @Override
        public PageResult get(PageRequest r) {
            String lang = r.lang();
            Kind kind = parse(Kind.class, r.query("jenis"));
            Item.Status status = parse(Item.Status.class, r.query("status"));
            String q = r.query("q") == null ? "" : r.query("q").strip();
            if (q.length() > 100) {
                q = q.substring(0, 100);
            }
            int page = requestedPage(r);
            var found = content.list(kind, status, q, page - 1, PAGE_SIZE);
            int pages = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
            if (page > pages) {
                page = pages;
                found = content.list(kind, status, q, page - 1, PAGE_SIZE);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Item i : found.items()) {
                Map<String, Object> row = new HashMap<>();
                row.put("id", String.valueOf(i.id()));
                row.put("title", i.titleId());
                row.put("kind", kindLabel(i.kind(), lang));
                row.put("state", state(i, lang));
                row.put("updated", when(i.updatedAt(), lang));
                row.put("by", i.updatedBy() == null ? "" : i.updatedBy());
                row.put("path", i.published() ? i.path() : "");
                row.put("demo", i.demo());
                row.put("english", i.titleEn() != null && !i.titleEn().isBlank());
                rows.add(row);
            }
            List<Map<String, String>> kinds = new ArrayList<>();
            for (Kind k : Kind.values()) {
                kinds.add(Map.of("code", k.name(), "label", kindLabel(k, lang), "selected",
                        String.valueOf(k == kind)));
            }
            Map<String, Object> m = new HashMap<>();
            m.put("rows", rows);
            m.put("kinds", kinds);
            m.put("kind", kind == null ? "" : kind.name());
            m.put("status", status == null ? "" : status.name());
            m.put("q", q);
            m.put("total", found.total());
            m.put("page", page);
            m.put("pages", pages);
            StringBuilder extra = new StringBuilder();
            if (kind != null) {
                extra.append("&jenis=").append(kind.name());
            }
            if (status != null) {
                extra.append("&status=").append(status.name());
            }
            if (!q.isEmpty()) {
                extra.append("&q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
            }
            m.put("extra", extra.toString());
            m.put("deleted", "1".equals(r.query("dihapus")));
            return PageResult.view("templates/desk/list.ftlh", m).withMeta(private_("/meja"));
        }
    }

    /** An enum from a query value (any case), or null when empty or unknown. */
    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The model of the item form: values, errors, the kind's fields, the media to choose from, a preview. */
    static Map<String, Object> form(Kind kind, Map<String, String> values, List<Map<String, String>> errors,
                                    String preview, MediaService media, String lang) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", kind.name());
        m.put("kindLabel", kindLabel(kind, lang));
        m.put("values", values);
        m.put("errors", errors);
        Map<String, String> byField = byField(errors);
        m.put("fieldErrors", byField);
        m.put("english", values.entrySet().stream().anyMatch(e -> e.getKey().endsWith("En") || e.getKey().endsWith(".en")
                ? !e.getValue().isBlank() || byField.containsKey(e.getKey()) : false));
        m.put("preview", preview == null ? "" : preview);
        List<Map<String, String>> fields = new ArrayList<>();
        for (String name : Fields.of(kind)) {
            fields.add(Map.of("name", name, "label", Fields.label(name, lang), "labelEn", Fields.label(name, "en")));
        }
        m.put("fields", fields);
        List<Map<String, String>> images = new ArrayList<>();
        List<Map<String, String>> files = new ArrayList<>();
        List<Media> offered = new ArrayList<>(media.list(0, id.serasan.platform.api.Page.MAX_SIZE).items());
        for (String chosen : new String[] {values.get("imageId"), values.get("fileId")}) {
            // the item's own picture and file are offered even when older than the newest ones listed
            if (chosen != null && chosen.matches("\\d{1,18}")
                    && offered.stream().noneMatch(x -> String.valueOf(x.id()).equals(chosen))) {
                try {
                    offered.add(media.get(Long.parseLong(chosen)));
                } catch (ProblemException gone) {
                    // deleted meanwhile: nothing to offer
                }
            }
        }
        for (Media x : offered) {
            Map<String, String> o = Map.of("id", String.valueOf(x.id()), "label",
                    x.originalName() + (x.image() ? " — " + x.alt(lang) : ""));
            (x.image() ? images : files).add(o);
        }
        m.put("images", images);
        m.put("files", files);
        m.put("needsFile", kind == Kind.DOWNLOAD);
        return m;
    }

    /** The preview of a body: the HTML visitors would get, sanitised as when it is saved. */
    static String preview(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : Html.fromMarkdown(markdown);
    }

    /** {@code /meja/baru?jenis=NEWS}: a new item's form; posting it saves a draft (or shows a preview). */
    @Component(service = Page.class)
    public static class NewItem implements Page {
        private final ContentService content;
        private final MediaService media;

        @Activate
        public NewItem(@Reference ContentService content, @Reference MediaService media) {
            this.content = content;
            this.media = media;
        }

        @Override
        public String path() {
            return "/meja/baru";
        }

        @Override
        public Text title() {
            return Text.of("Tulis konten baru", "Write new content");
        }

        @Override
        public Audience audience() {
            return EDITORS;
        }

        @Override
        public PageResult get(PageRequest r) {
            Kind kind = parse(Kind.class, r.query("jenis"));
            if (kind == null) {
                return choose(r);
            }
            Map<String, String> values = DeskForm.posted(Fields.of(kind), name -> null);
            return show(r, kind, values, List.of(), null, 200);
        }

        private PageResult choose(PageRequest r) {
            List<Map<String, String>> kinds = new ArrayList<>();
            for (Kind k : Kind.values()) {
                kinds.add(Map.of("code", k.name(), "label", kindLabel(k, r.lang())));
            }
            return PageResult.view("templates/desk/choose.ftlh", Map.of("kinds", kinds))
                    .withMeta(private_("/meja/baru"));
        }

        @Override
        public PageResult post(PageRequest r) {
            Kind kind = parse(Kind.class, r.form("kind"));
            if (kind == null) {
                return choose(r);
            }
            List<String> fields = Fields.of(kind);
            Map<String, String> values = DeskForm.posted(fields, r::form);
            try {
                ItemInput in = DeskForm.input(kind, fields, r::form, null);
                if ("pratinjau".equals(r.form("aksi"))) {
                    return show(r, kind, values, List.of(), preview(in.bodyId()), 200);
                }
                Item created = content.create(r.caller().getName(), in, false);
                return PageResult.redirect("/meja/konten/" + created.id() + "?disimpan=1");
            } catch (ProblemException e) {
                return show(r, kind, values, errors(e, r.lang()), null, e.status() == 409 ? 409 : 422);
            }
        }

        private PageResult show(PageRequest r, Kind kind, Map<String, String> values, List<Map<String, String>> errors,
                                String preview, int status) {
            Map<String, Object> m = form(kind, values, errors, preview, media, r.lang());
            m.put("action", "/meja/baru");
            m.put("creating", true);
            return PageResult.view("templates/desk/edit.ftlh", m).withStatus(status)
                    .titled(Text.of("Tulis " + kind.label().id().toLowerCase(Locale.ROOT) + " baru",
                            "Write new: " + kind.label().en().toLowerCase(Locale.ROOT)))
                    .withMeta(private_("/meja/baru"));
        }
    }

    /**
     * {@code /meja/konten/{id}}: one item — its form, where it stands, publishing and withdrawing, deleting, its
     * revisions. The posted {@code aksi} says what to do: {@code simpan} (save), {@code pratinjau} (preview, nothing
     * saved), {@code terbitkan} (publish now or at {@code publishAt}), {@code tarik} (back to draft), {@code hapus}
     * (delete, with {@code yakin} ticked), {@code pulihkan} (restore revision {@code revisi}).
     */
    @Component(service = Page.class)
    public static class EditItem implements Page {
        private final ContentService content;
        private final MediaService media;

        @Activate
        public EditItem(@Reference ContentService content, @Reference MediaService media) {
            this.content = content;
            this.media = media;
        }

        @Override
        public String path() {
            return "/meja/konten/{id}";
        }

        @Override
        public Text title() {
            return Text.of("Sunting konten", "Edit content");
        }

        @Override
        public Audience audience() {
            return EDITORS;
        }

        private Item find(PageRequest r) {
            try {
                return content.get(Long.parseLong(r.pathParam("id")));
            } catch (NumberFormatException e) {
                return null;
            } catch (ProblemException e) {
                if (e.status() == 404) {
                    return null;
                }
                throw e;
            }
        }

        @Override
        public PageResult get(PageRequest r) {
            Item i = find(r);
            if (i == null) {
                return PageResult.notFound();
            }
            String notice = null;
            for (String n : List.of("disimpan", "diterbitkan", "dijadwalkan", "ditarik", "dipulihkan")) {
                if (r.query(n) != null) {
                    notice = n;
                }
            }
            return show(r, i, DeskForm.values(i), List.of(), null, notice, 200);
        }

        @Override
        public PageResult post(PageRequest r) {
            Item i = find(r);
            if (i == null) {
                return PageResult.notFound();
            }
            String action = r.form("aksi") == null ? "simpan" : r.form("aksi");
            List<String> fields = Fields.of(i.kind());
            Map<String, String> values = "simpan".equals(action) || "pratinjau".equals(action)
                    ? DeskForm.posted(fields, r::form) : DeskForm.values(i);
            String actor = r.caller().getName();
            String base = "/meja/konten/" + i.id();
            try {
                switch (action) {
                    case "pratinjau" -> {
                        ItemInput in = DeskForm.input(null, fields, r::form, null);
                        return show(r, i, values, List.of(), preview(in.bodyId()), null, 200);
                    }
                    case "simpan" -> {
                        content.update(actor, i.id(), DeskForm.input(null, fields, r::form, DeskForm.version(r::form)));
                        return PageResult.redirect(base + "?disimpan=1");
                    }
                    case "terbitkan" -> {
                        Instant at = DeskForm.when(r.form("publishAt"));
                        Item p = content.publish(actor, i.id(), new Publication(at, DeskForm.version(r::form)));
                        return PageResult.redirect(base + (p.published() ? "?diterbitkan=1" : "?dijadwalkan=1"));
                    }
                    case "tarik" -> {
                        content.unpublish(actor, i.id(), DeskForm.version(r::form));
                        return PageResult.redirect(base + "?ditarik=1");
                    }
                    case "pulihkan" -> {
                        int number;
                        try {
                            number = Integer.parseInt(r.form("revisi") == null ? "" : r.form("revisi").strip());
                        } catch (NumberFormatException e) {
                            throw ProblemException.invalid(List.of(new FieldError("revisi",
                                    "Pilih revisi yang dipulihkan / Choose the revision to restore")));
                        }
                        int v = DeskForm.version(r::form);
                        try {
                            content.revision(i.id(), number);
                        } catch (ProblemException missing) {
                            throw ProblemException.invalid(List.of(new FieldError("revisi",
                                    "Revisi " + number + " tidak ada / There is no revision " + number)));
                        }
                        content.restore(actor, i.id(), number, v);
                        return PageResult.redirect(base + "?dipulihkan=" + number);
                    }
                    case "hapus" -> {
                        if (!"ya".equals(r.form("yakin"))) {
                            throw ProblemException.invalid(List.of(new FieldError("yakin",
                                    "Centang \"Ya, hapus\" untuk menghapus / Tick \"Yes, delete\" to delete")));
                        }
                        if (DeskForm.version(r::form) != i.version()) {
                            throw ProblemException.conflict("Konten ini telah diubah oleh " + i.updatedBy()
                                    + " sejak Anda membukanya; muat ulang lalu hapus lagi / This item was changed by "
                                    + i.updatedBy() + " since you opened it; reload and delete again");
                        }
                        content.delete(actor, i.id());
                        return PageResult.redirect("/meja?dihapus=1");
                    }
                    default -> throw ProblemException.badRequest("Tindakan tidak dikenal / Unknown action");
                }
            } catch (ProblemException e) {
                if (e.status() == 404) {
                    return PageResult.notFound();
                }
                Item now = find(r);
                if (now == null) {
                    return PageResult.notFound();
                }
                int status = e.status() == 409 ? 409 : e.status() == 400 ? 400 : 422;
                PageResult shown = show(r, now, values, errors(e, r.lang()), null, null, status);
                // the version the editor opened stays in the form: saving again cannot overwrite a colleague's
                // change unseen (409 again until the page is reloaded); the typed time stays too
                return keep(shown, r.form("version"), "terbitkan".equals(action) ? r.form("publishAt") : null);
            }
        }

        private static PageResult keep(PageResult shown, String version, String publishAt) {
            if (!(shown instanceof PageResult.View v)) {
                return shown;
            }
            Map<String, Object> model = new HashMap<>(v.model());
            if (version != null && version.strip().matches("\\d{1,9}")) {
                model.put("version", version.strip());
            }
            if (publishAt != null) {
                model.put("publishAt", publishAt.length() > 16 ? publishAt.substring(0, 16) : publishAt);
            }
            return new PageResult.View(v.template(), model, v.title(), v.description(), v.status(), v.meta());
        }

        private PageResult show(PageRequest r, Item i, Map<String, String> values, List<Map<String, String>> errors,
                                String preview, String notice, int status) {
            String lang = r.lang();
            Map<String, Object> m = form(i.kind(), values, errors, preview, media, lang);
            m.put("action", "/meja/konten/" + i.id());
            m.put("creating", false);
            m.put("id", String.valueOf(i.id()));
            m.put("version", String.valueOf(i.version()));
            m.put("state", state(i, lang));
            m.put("publicPath", i.path() == null ? "" : i.path());
            m.put("live", i.published());
            m.put("draft", i.status() == Item.Status.DRAFT);
            // a published item's own time: publishing it again keeps its date (empty for a draft: now)
            m.put("publishAt", DeskForm.local(i.status() == Item.Status.PUBLISHED ? i.publishAt() : null));
            m.put("heading", i.titleId());
            m.put("updated", when(i.updatedAt(), lang));
            m.put("updatedBy", i.updatedBy() == null ? "" : i.updatedBy());
            m.put("demo", i.demo());
            m.put("notice", notice == null ? "" : notice);
            m.put("restored", notice != null && notice.equals("dipulihkan") ? r.query("dipulihkan") : "");
            List<Map<String, Object>> revisions = new ArrayList<>();
            List<Revision> all = new ArrayList<>(content.revisions(i.id()));
            all.sort(java.util.Comparator.comparingInt(Revision::number).reversed()); // newest first
            for (int k = 0; k < all.size(); k++) {
                Revision v = all.get(k);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("number", String.valueOf(v.number()));
                row.put("note", DeskForm.say(v.note(), lang));
                row.put("when", when(v.createdAt(), lang));
                row.put("by", v.createdBy() == null ? "" : v.createdBy());
                row.put("title", v.content() == null || v.content().titleId() == null ? "" : v.content().titleId());
                row.put("latest", k == 0);
                revisions.add(row);
            }
            m.put("revisions", revisions);
            return PageResult.view("templates/desk/edit.ftlh", m).withStatus(status)
                    .titled(Text.of("Sunting: " + i.titleId(), "Edit: " + i.titleId()))
                    .withMeta(private_("/meja/konten/" + i.id()));
        }
    }

    /** {@code /meja/berkas}: the media library — upload a picture (with its description) or a PDF, delete unused. */
    @Component(service = Page.class)
    public static class MediaLibrary implements Page {
        private final MediaService media;

        @Activate
        public MediaLibrary(@Reference MediaService media) {
            this.media = media;
        }

        @Override
        public String path() {
            return "/meja/berkas";
        }

        @Override
        public Text title() {
            return Text.of("Gambar dan berkas", "Pictures and files");
        }

        @Override
        public Audience audience() {
            return EDITORS;
        }

        @Override
        public PageResult get(PageRequest r) {
            String notice = r.query("diunggah") != null ? "diunggah" : r.query("dihapus") != null ? "dihapus" : "";
            return show(r, Map.of(), List.of(), notice, 200);
        }

        @Override
        public PageResult post(PageRequest r) {
            String actor = r.caller().getName();
            Map<String, String> values = new HashMap<>();
            values.put("altId", r.form("altId") == null ? "" : r.form("altId"));
            values.put("altEn", r.form("altEn") == null ? "" : r.form("altEn"));
            try {
                if ("hapus".equals(r.form("aksi"))) {
                    long id;
                    try {
                        id = Long.parseLong(r.form("id") == null ? "" : r.form("id").strip());
                    } catch (NumberFormatException e) {
                        throw ProblemException.badRequest("Berkas tidak dikenal / Unknown file");
                    }
                    media.delete(actor, id);
                    return PageResult.redirect("/meja/berkas?dihapus=1");
                }
                Upload u = r.upload("file");
                if (u == null || u.content().length == 0) {
                    throw ProblemException.invalid(List.of(new FieldError("file",
                            "Pilih berkas yang diunggah / Choose the file to upload")));
                }
                Media m = media.upload(actor, u.filename(), u.content(), r.form("altId"), r.form("altEn"));
                return PageResult.redirect("/meja/berkas?diunggah=" + m.id() + "#berkas-" + m.id());
            } catch (ProblemException e) {
                if (e.status() == 404) {
                    return PageResult.notFound();
                }
                int status = e.status() == 409 ? 409 : e.status() == 413 ? 413 : e.status() == 400 ? 400 : 422;
                return show(r, values, errors(e, r.lang()), "", status);
            }
        }

        private PageResult show(PageRequest r, Map<String, String> values, List<Map<String, String>> errors,
                                String notice, int status) {
            int page = requestedPage(r);
            var found = media.list(page - 1, PAGE_SIZE);
            int pages = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
            if (page > pages) {
                page = pages;
                found = media.list(page - 1, PAGE_SIZE);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Media x : found.items()) {
                rows.add(mediaRow(x, r.lang()));
            }
            Map<String, Object> m = new HashMap<>();
            m.put("rows", rows);
            m.put("values", values);
            m.put("errors", errors);
            m.put("fieldErrors", byField(errors));
            m.put("notice", notice);
            m.put("uploaded", r.query("diunggah") == null ? "" : r.query("diunggah"));
            m.put("page", page);
            m.put("pages", pages);
            m.put("total", found.total());
            m.put("maxMb", MediaService.MAX_BYTES / 1024 / 1024);
            return PageResult.view("templates/desk/media.ftlh", m).withStatus(status)
                    .withMeta(private_("/meja/berkas"));
        }
    }

    /**
     * {@code /meja/panduan}: the editors' guide, in the visitor's language. One source: the Markdown files in the
     * bundle ({@code guide/}), which docs/ links to.
     */
    @Component(service = Page.class)
    public static class Guide implements Page {
        private final Map<String, String> html = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public String path() {
            return "/meja/panduan";
        }

        @Override
        public Text title() {
            return Text.of("Panduan menulis di portal", "Writing for the portal: a guide");
        }

        @Override
        public Audience audience() {
            return EDITORS;
        }

        @Override
        public PageResult get(PageRequest r) {
            String lang = "en".equals(r.lang()) ? "en" : "id";
            String body = html.computeIfAbsent(lang, l -> Html.fromMarkdown(read("en".equals(l)
                    ? "/guide/editors-guide.en.md" : "/guide/panduan-redaksi.md")));
            return PageResult.view("templates/desk/guide.ftlh", Map.of("html", body)).withMeta(private_("/meja/panduan"));
        }

        private static String read(String resource) {
            try (java.io.InputStream in = Guide.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + resource);
                }
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
