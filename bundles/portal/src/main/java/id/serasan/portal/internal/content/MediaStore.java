package id.serasan.portal.internal.content;

import id.serasan.platform.api.Page;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.audit.AuditService;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** PORTAL_MEDIA: every JPQL query of the media library, and its audit in the same transaction. */
@Component(service = MediaStore.class)
public class MediaStore {
    /** A file to store. */
    public record NewFile(String fileName, String originalName, String contentType, byte[] content, String sha256,
                          Integer width, Integer height, Long variantOf, String altId, String altEn) {
    }

    /** A stored file's bytes. */
    public record Blob(String fileName, String originalName, String contentType, byte[] content) {
    }

    private final JpaTemplate jpa;
    private final AuditService audit;

    @Activate
    public MediaStore(@Reference(target = "(osgi.unit.name=serasan-portal)") JpaTemplate jpa,
                      @Reference ContentService content, @Reference AuditService audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    /** Stores a file and its variants; the same content uploaded again is the same file. */
    public Media save(NewFile f, String actor, List<NewFile> variants) {
        return jpa.txExpr(em -> {
            Optional<MediaEntity> same = byName(em, f.fileName());
            if (same.isPresent()) {
                return toMedia(em, same.get());
            }
            MediaEntity main = entity(f, actor, null);
            em.persist(main);
            em.flush();
            for (NewFile v : variants) {
                if (byName(em, v.fileName()).isEmpty()) {
                    em.persist(entity(v, actor, main.id));
                }
            }
            em.flush();
            Media stored = toMedia(em, main);
            audit(em, actor, "portal.media.upload", main.id, null, stored);
            return stored;
        });
    }

    public Optional<Media> get(long id) {
        return jpa.txExpr(em -> Optional.ofNullable(byIds(em, List.of(id)).get(id)));
    }

    public Optional<Blob> blob(String fileName) {
        return jpa.txExpr(em -> byName(em, fileName).map(m -> new Blob(m.fileName, m.originalName, m.contentType,
                m.content)));
    }

    public Page<Media> list(int page, int size) {
        return jpa.txExpr(em -> {
            long total = em.createQuery("SELECT COUNT(m) FROM MediaEntity m WHERE m.variantOf IS NULL", Long.class)
                    .getSingleResult();
            List<Long> ids = em.createQuery("SELECT m.id FROM MediaEntity m WHERE m.variantOf IS NULL "
                            + "ORDER BY m.id DESC", Long.class)
                    .setFirstResult(Page.offset(page, size)).setMaxResults(size).getResultList();
            java.util.Map<Long, Media> found = byIds(em, ids);
            List<Media> items = ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
            return new Page<>(items, page, size, total);
        });
    }

    public void delete(long id, String actor) {
        jpa.tx(em -> {
            MediaEntity m = em.find(MediaEntity.class, id);
            if (m == null) {
                return;
            }
            List<String> names = new java.util.ArrayList<>(List.of(m.fileName));
            names.addAll(em.createQuery("SELECT v.fileName FROM MediaEntity v WHERE v.variantOf = :id", String.class)
                    .setParameter("id", id).getResultList());
            if (ItemRepository.usingMedia(em, id, names) > 0) {
                throw ProblemException.conflict("Berkas ini masih dipakai konten (sebagai gambar, lampiran atau di "
                        + "dalam isi); lepaskan dulu / This file is still used by an item (as its picture, its attachment "
                        + "or in its body); remove it there first");
            }
            Media before = toMedia(em, m);
            em.createQuery("DELETE FROM MediaEntity m WHERE m.variantOf = :id").setParameter("id", id).executeUpdate();
            em.remove(m);
            em.flush();
            audit(em, actor, "portal.media.delete", id, before, null);
        });
    }

    private static Optional<MediaEntity> byName(EntityManager em, String fileName) {
        return em.createQuery("SELECT m FROM MediaEntity m WHERE m.fileName = :n", MediaEntity.class)
                .setParameter("n", fileName).getResultList().stream().findFirst();
    }

    private static MediaEntity entity(NewFile f, String actor, Long variantOf) {
        MediaEntity m = new MediaEntity();
        m.fileName = f.fileName();
        m.originalName = f.originalName();
        m.contentType = f.contentType();
        m.byteSize = f.content().length;
        m.sha256 = f.sha256();
        m.width = f.width();
        m.height = f.height();
        m.variantOf = variantOf;
        m.altId = f.altId();
        m.altEn = f.altEn();
        m.content = f.content();
        m.createdAt = System.currentTimeMillis();
        m.createdBy = actor;
        return m;
    }

    /** The columns of a file without its bytes (entities would load them: weaving is off, so LAZY is not). */
    private static final String COLUMNS = "SELECT m.id, m.fileName, m.originalName, m.contentType, m.byteSize, "
            + "m.width, m.height, m.altId, m.altEn, m.createdAt, m.createdBy, m.variantOf FROM MediaEntity m";

    static Media toMedia(EntityManager em, MediaEntity m) {
        return byIds(em, List.of(m.id)).get(m.id);
    }

    /** Files (not variants) by id, each with its variants, in two queries; unknown ids are left out. */
    static java.util.Map<Long, Media> byIds(EntityManager em, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        List<Object[]> rows = em.createQuery(COLUMNS + " WHERE m.id IN :ids OR m.variantOf IN :ids", Object[].class)
                .setParameter("ids", List.copyOf(ids)).getResultList();
        java.util.Map<Long, List<Media.Variant>> variants = new java.util.HashMap<>();
        for (Object[] r : rows) {
            if (r[11] != null) {
                variants.computeIfAbsent((Long) r[11], k -> new java.util.ArrayList<>())
                        .add(new Media.Variant("/media/" + r[1], (Integer) r[5], (Integer) r[6]));
            }
        }
        java.util.Map<Long, Media> out = new java.util.LinkedHashMap<>();
        for (Object[] r : rows) {
            if (r[11] == null) {
                long id = (Long) r[0];
                List<Media.Variant> v = new java.util.ArrayList<>(variants.getOrDefault(id, List.of()));
                v.sort(java.util.Comparator.comparingInt(Media.Variant::width));
                out.put(id, new Media(id, "/media/" + r[1], (String) r[2], (String) r[3], (Long) r[4],
                        (Integer) r[5], (Integer) r[6], (String) r[7], (String) r[8],
                        Instant.ofEpochMilli((Long) r[9]), (String) r[10], List.copyOf(v)));
            }
        }
        return out;
    }

    /** Media by id for showing items; unknown ids are left out. */
    public java.util.Map<Long, Media> byIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? java.util.Map.of() : jpa.txExpr(em -> byIds(em, ids));
    }

    private void audit(EntityManager em, String actor, String action, long id, Object before, Object after) {
        try {
            audit.record(em.unwrap(java.sql.Connection.class), actor, action, "portal-media", String.valueOf(id),
                    before, after);
        } catch (java.sql.SQLException ex) {
            throw new IllegalStateException("audit record not written, the change is rolled back", ex);
        }
    }
}
