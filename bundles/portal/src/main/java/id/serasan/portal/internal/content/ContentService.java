package id.serasan.portal.internal.content;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.Page;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.Validation;
import id.serasan.platform.api.audit.AuditService;
import id.serasan.platform.api.persistence.SchemaMigrations;
import id.serasan.portal.internal.text.Fold;
import id.serasan.portal.internal.text.Html;
import id.serasan.portal.internal.text.Slugs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The content desk's operations: write, change, publish (now or at a time), unpublish, delete and restore items,
 * each saved as a revision and audited (who, when, before and after) in the same transaction. Bodies are Markdown,
 * stored beside their sanitised HTML. Listeners hear of every change (the public snapshot drops its cache).
 */
@Component(service = ContentService.class)
public class ContentService {
    static final int MAX_BODY = 100_000;
    static final int MAX_FIELD = 4000;
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Clock clock = Clock.systemUTC();

    @Activate
    public ContentService(@Reference(target = "(osgi.unit.name=serasan-portal)") JpaTemplate jpa,
                          @Reference SchemaMigrations migrations, @Reference AuditService audit,
                          BundleContext context) {
        this.jpa = jpa;
        this.audit = audit;
        migrations.migrate("portal", context.getBundle());
    }

    /** Runs {@code r} after every change. */
    public void onChange(Runnable r) {
        listeners.add(r);
    }

    public void removeListener(Runnable r) {
        listeners.remove(r);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    Instant now() {
        return clock.instant();
    }

    // ---- reading ----

    public Item get(long id) {
        return jpa.txExpr(em -> ItemRepository.find(em, id).map(e -> toItem(e, now()))).orElseThrow(() ->
                ProblemException.notFound("Konten tidak ditemukan / No such content: " + id));
    }

    public Page<Item> list(Kind kind, Item.Status status, String q, int page, int size) {
        List<String> words = Fold.words(q);
        String like = words.isEmpty() ? null : Fold.likePrefix(words.get(0));
        return jpa.txExpr(em -> {
            Instant now = now();
            String k = kind == null ? null : kind.name();
            String st = status == null ? null : status.name();
            if (words.size() <= 1) {
                long total = ItemRepository.count(em, k, st, like);
                List<Item> items = ItemRepository.page(em, k, st, like, Page.offset(page, size), size).stream()
                        .map(e -> toItem(e, now)).toList();
                return new Page<>(items, page, size, total);
            }
            // several words: the first narrows in the database, the rest are checked here
            List<Item> all = ItemRepository.page(em, k, st, like, 0, 5000).stream()
                    .filter(e -> Fold.matches(e.searchText, words)).map(e -> toItem(e, now)).toList();
            int from = Math.min(all.size(), Page.offset(page, size));
            return new Page<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
        });
    }

    /** Every published item (visible now or scheduled), newest first: the source of the public pages. */
    public List<Item> published() {
        return jpa.txExpr(em -> {
            Instant now = now();
            return ItemRepository.published(em).stream().map(e -> toItem(e, now)).toList();
        });
    }

    public List<Revision> revisions(long id) {
        get(id);
        return jpa.txExpr(em -> ItemRepository.revisions(em, id).stream().map(ContentService::toRevision).toList());
    }

    public Revision revision(long id, int number) {
        return jpa.txExpr(em -> ItemRepository.revision(em, id, number).map(ContentService::toRevision))
                .orElseThrow(() -> ProblemException.notFound("Revisi tidak ditemukan / No such revision: " + id + "/"
                        + number));
    }

    // ---- writing ----

    public Item create(String actor, ItemInput in, boolean demo) {
        if (in == null) {
            throw ProblemException.badRequest("Kirim isi konten / Send the content");
        }
        if (in.kind() == null) {
            throw ProblemException.invalid(List.of(new FieldError("kind",
                    "Pilih jenis: NEWS, ANNOUNCEMENT, SERVICE, DOWNLOAD atau PAGE / Choose the kind")));
        }
        validate(in.kind(), in);
        Item created = jpa.txExpr(em -> {
            ItemEntity e = new ItemEntity();
            e.kind = in.kind().name();
            e.status = Item.Status.DRAFT.name();
            e.demo = demo;
            long now = now().toEpochMilli();
            e.createdAt = now;
            e.createdBy = actor;
            apply(em, e, in, null, actor, now);
            em.persist(e);
            em.flush();
            Item after = toItem(e, now());
            revise(em, e, actor, "dibuat / created");
            audit(em, actor, "portal.item.create", e.id, null, after);
            return after;
        });
        changed();
        return created;
    }

    public Item update(String actor, long id, ItemInput in) {
        if (in == null) {
            throw ProblemException.badRequest("Kirim isi konten / Send the content");
        }
        Item current = get(id);
        if (in.kind() != null && in.kind() != current.kind()) {
            throw ProblemException.invalid(List.of(new FieldError("kind",
                    "Jenis konten tidak dapat diubah / The kind cannot be changed")));
        }
        validate(current.kind(), in);
        Item updated = jpa.txExpr(em -> {
            ItemEntity e = locked(em, id, in.version());
            Item before = toItem(e, now());
            apply(em, e, in, id, actor, now().toEpochMilli());
            em.flush();
            Item after = toItem(e, now());
            revise(em, e, actor, "diubah / changed");
            audit(em, actor, "portal.item.update", id, before, after);
            return after;
        });
        changed();
        return updated;
    }

    public Item publish(String actor, long id, Publication p) {
        Instant at = p == null || p.at() == null ? now() : p.at();
        Integer version = p == null ? null : p.version();
        Item published = jpa.txExpr(em -> {
            ItemEntity e = locked(em, id, version);
            Item before = toItem(e, now());
            if (Kind.valueOf(e.kind) == Kind.DOWNLOAD && e.fileId == null) {
                throw ProblemException.invalid(List.of(new FieldError("fileId",
                        "Unduhan perlu berkas sebelum diterbitkan / A download needs its file before it is published")));
            }
            e.status = Item.Status.PUBLISHED.name();
            e.publishAt = at.toEpochMilli();
            touch(e, actor);
            em.flush();
            Item after = toItem(e, now());
            revise(em, e, actor, at.isAfter(now()) ? "dijadwalkan / scheduled" : "diterbitkan / published");
            audit(em, actor, "portal.item.publish", id, before, after);
            return after;
        });
        changed();
        return published;
    }

    public Item unpublish(String actor, long id, Integer version) {
        Item result = jpa.txExpr(em -> {
            ItemEntity e = locked(em, id, version);
            Item before = toItem(e, now());
            e.status = Item.Status.DRAFT.name();
            touch(e, actor);
            em.flush();
            Item after = toItem(e, now());
            revise(em, e, actor, "ditarik / unpublished");
            audit(em, actor, "portal.item.unpublish", id, before, after);
            return after;
        });
        changed();
        return result;
    }

    public void delete(String actor, long id) {
        get(id);
        jpa.tx(em -> {
            ItemEntity e = em.find(ItemEntity.class, id);
            if (e == null) {
                return;
            }
            Item before = toItem(e, now());
            em.remove(e);
            ItemRepository.deleteRevisions(em, id);
            em.flush();
            audit(em, actor, "portal.item.delete", id, before, null);
        });
        changed();
    }

    /**
     * Brings back the text of revision {@code number} as a new revision (the item's status and address stay as they
     * are).
     */
    public Item restore(String actor, long id, int number, Integer version) {
        Revision r = revision(id, number);
        ItemInput old = r.content();
        Item now = get(id);
        // the address stays: restoring text must not move a live item to another URL
        ItemInput in = new ItemInput(null, now.slug(), old.titleId(), old.titleEn(), old.summaryId(), old.summaryEn(),
                old.bodyId(), old.bodyEn(), old.category(), old.imageId(), old.fileId(), old.fields(), old.sortOrder(),
                version);
        Item current = get(id);
        validate(current.kind(), in);
        Item restored = jpa.txExpr(em -> {
            ItemEntity e = locked(em, id, version);
            Item before = toItem(e, now());
            apply(em, e, in, id, actor, now().toEpochMilli());
            em.flush();
            Item after = toItem(e, now());
            revise(em, e, actor, "dipulihkan dari revisi " + number + " / restored from revision " + number);
            audit(em, actor, "portal.item.restore", id, before, after);
            return after;
        });
        changed();
        return restored;
    }

    // ---- helpers ----

    private ItemEntity locked(EntityManager em, long id, Integer version) {
        ItemEntity e = ItemRepository.find(em, id).orElseThrow(() ->
                ProblemException.notFound("Konten tidak ditemukan / No such content: " + id));
        if (version == null) {
            throw ProblemException.invalid(List.of(new FieldError("version",
                    "Kirim versi yang Anda sunting / Send the version you edited")));
        }
        if (e.version != version) {
            throw new ProblemException(409, "stale-version", "Konten telah diubah / The content has changed",
                    "Konten ini telah diubah oleh " + e.updatedBy + " (versi " + e.version + "); muat ulang dan "
                            + "terapkan perubahan Anda lagi / This content was changed by " + e.updatedBy
                            + " (version " + e.version + "); reload it and apply your change again", null);
        }
        return e;
    }

    private void validate(Kind kind, ItemInput in) {
        Validation v = new Validation().required("titleId", blankToNull(in.titleId()))
                .maxLength("titleId", in.titleId(), 200).maxLength("titleEn", in.titleEn(), 200)
                .maxLength("summaryId", in.summaryId(), 500).maxLength("summaryEn", in.summaryEn(), 500)
                .maxLength("bodyId", in.bodyId(), MAX_BODY).maxLength("bodyEn", in.bodyEn(), MAX_BODY)
                .maxLength("category", in.category(), 64);
        if (in.slug() != null && !in.slug().isBlank()) {
            v.check(Slugs.valid(in.slug()), "slug", "Huruf kecil, angka dan tanda hubung saja, paling panjang "
                    + Slugs.MAX + " / Lower-case letters, digits and hyphens only, at most " + Slugs.MAX);
        }
        if (in.fields() != null) {
            in.fields().forEach((k, val) -> {
                v.check(Fields.accepts(kind, k), "fields." + k, "Bukan rincian untuk jenis ini / Not a field of "
                        + "this kind (" + Fields.of(kind) + ", each as name.id and name.en)");
                v.maxLength("fields." + k, val, MAX_FIELD);
            });
        }
        if (in.sortOrder() != null) {
            v.check(in.sortOrder() >= 0 && in.sortOrder() <= 9999, "sortOrder", "0–9999");
        }
        v.throwIfInvalid();
    }

    private void apply(EntityManager em, ItemEntity e, ItemInput in, Long id, String actor, long now) {
        Kind kind = Kind.valueOf(e.kind);
        String wanted = in.slug() == null || in.slug().isBlank() ? null : in.slug();
        if (wanted != null) {
            if (ItemRepository.slugTaken(em, e.kind, wanted, id)) {
                throw ProblemException.invalid(List.of(new FieldError("slug",
                        "Alamat ini sudah dipakai konten lain / This address is used by another item")));
            }
            e.slug = wanted;
        } else if (e.slug == null) {
            String base = Slugs.of(in.titleId());
            String s = base;
            for (int n = 2; ItemRepository.slugTaken(em, e.kind, s, id); n++) {
                s = base + "-" + n;
            }
            e.slug = s;
        }
        checkMedia(em, in.imageId(), true, "imageId");
        checkMedia(em, in.fileId(), false, "fileId");
        e.titleId = in.titleId().strip();
        e.titleEn = trimToNull(in.titleEn());
        e.summaryId = trimToNull(in.summaryId());
        e.summaryEn = trimToNull(in.summaryEn());
        e.bodyId = trimToNull(in.bodyId());
        e.bodyEn = trimToNull(in.bodyEn());
        e.htmlId = Html.fromMarkdown(e.bodyId);
        e.htmlEn = Html.fromMarkdown(e.bodyEn);
        e.category = trimToNull(in.category());
        e.imageId = in.imageId();
        e.fileId = in.fileId();
        e.sortOrder = in.sortOrder() == null ? 0 : in.sortOrder();
        Map<String, String> f = new HashMap<>();
        if (in.fields() != null) {
            in.fields().forEach((k, val) -> {
                String t = trimToNull(val);
                if (t != null) {
                    f.put(k, t);
                }
            });
        }
        e.fields.clear();
        e.fields.putAll(f);
        List<String> parts = new ArrayList<>(List.of(e.titleId, nz(e.titleEn), nz(e.summaryId), nz(e.summaryEn),
                nz(e.category), Html.plain(e.bodyId), Html.plain(e.bodyEn)));
        parts.addAll(f.values());
        String index = Fold.index(parts.toArray(String[]::new));
        e.searchText = index.length() > 32000 ? index.substring(0, 31999) + " " : index;
        touch(e, actor);
        if (kind == Kind.DOWNLOAD && e.fileId == null && Item.Status.PUBLISHED.name().equals(e.status)) {
            throw ProblemException.invalid(List.of(new FieldError("fileId",
                    "Unduhan yang terbit perlu berkas / A published download needs its file")));
        }
    }

    private static void checkMedia(EntityManager em, Long mediaId, boolean image, String field) {
        if (mediaId == null) {
            return;
        }
        MediaEntity m = em.find(MediaEntity.class, mediaId);
        if (m == null || m.variantOf != null) {
            throw ProblemException.invalid(List.of(new FieldError(field,
                    "Berkas tidak ada di pustaka media / No such file in the media library: " + mediaId)));
        }
        if (image && !m.contentType.startsWith("image/")) {
            throw ProblemException.invalid(List.of(new FieldError(field, "Bukan gambar / Not an image")));
        }
        if (image && (m.altId == null || m.altId.isBlank())) {
            throw ProblemException.invalid(List.of(new FieldError(field,
                    "Gambar ini belum punya teks alternatif / This image has no alternative text")));
        }
    }

    private void touch(ItemEntity e, String actor) {
        e.updatedAt = now().toEpochMilli();
        e.updatedBy = actor;
    }

    private void revise(EntityManager em, ItemEntity e, String actor, String note) {
        RevisionEntity r = new RevisionEntity();
        r.itemId = e.id;
        r.number = ItemRepository.lastRevision(em, e.id) + 1;
        r.note = note;
        r.createdAt = now().toEpochMilli();
        r.createdBy = actor;
        try {
            r.snapshot = JSON.writeValueAsString(new Snapshot(input(e), e.status, e.publishAt));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        em.persist(r);
    }

    /** What a revision keeps. */
    record Snapshot(ItemInput content, String status, Long publishAt) {
    }

    static ItemInput input(ItemEntity e) {
        return new ItemInput(Kind.valueOf(e.kind), e.slug, e.titleId, e.titleEn, e.summaryId, e.summaryEn, e.bodyId,
                e.bodyEn, e.category, e.imageId, e.fileId, Map.copyOf(e.fields), e.sortOrder, null);
    }

    static Revision toRevision(RevisionEntity r) {
        try {
            Snapshot s = JSON.readValue(r.snapshot, Snapshot.class);
            return new Revision(r.itemId, r.number, r.note, Instant.ofEpochMilli(r.createdAt), r.createdBy,
                    s.content(), s.status() == null ? null : Item.Status.valueOf(s.status()),
                    s.publishAt() == null ? null : Instant.ofEpochMilli(s.publishAt()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static Item toItem(ItemEntity e, Instant now) {
        Kind kind = Kind.valueOf(e.kind);
        Item.Status status = Item.Status.valueOf(e.status);
        Instant at = e.publishAt == null ? null : Instant.ofEpochMilli(e.publishAt);
        boolean visible = status == Item.Status.PUBLISHED && at != null && !at.isAfter(now);
        return new Item(e.id, kind, e.slug, kind.path(e.slug), e.titleId, e.titleEn, e.summaryId, e.summaryEn,
                e.bodyId, e.bodyEn, e.htmlId, e.htmlEn, e.category, e.imageId, e.fileId, Map.copyOf(e.fields), status,
                at, visible, e.sortOrder, e.demo, Instant.ofEpochMilli(e.createdAt), e.createdBy,
                Instant.ofEpochMilli(e.updatedAt), e.updatedBy, e.version);
    }

    private void audit(EntityManager em, String actor, String action, long id, Object before, Object after) {
        try {
            audit.record(em.unwrap(java.sql.Connection.class), actor, action, "portal-item", String.valueOf(id),
                    before, after);
        } catch (java.sql.SQLException ex) {
            throw new IllegalStateException("audit record not written, the change is rolled back", ex);
        }
    }

    /** Whether the portal holds no content yet. */
    public boolean empty() {
        return !jpa.txExpr(ItemRepository::any);
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return trimToNull(s);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** For tests of scheduling: the clock the service reads. */
    void clock(Clock c) {
        this.clock = c;
    }

    Optional<Item> bySlug(Kind kind, String slug) {
        return published().stream().filter(i -> i.kind() == kind && i.slug().equals(slug)).findFirst();
    }
}
