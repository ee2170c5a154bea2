package id.serasan.portal.internal.content;

import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;

/** Every JPQL query of PORTAL_ITEM, PORTAL_ITEM_FIELD and PORTAL_REVISION, run inside the caller's transaction. */
final class ItemRepository {
    private ItemRepository() {
    }

    static Optional<ItemEntity> find(EntityManager em, long id) {
        return Optional.ofNullable(em.find(ItemEntity.class, id));
    }

    static boolean slugTaken(EntityManager em, String kind, String slug, Long exceptId) {
        return em.createQuery("SELECT i.id FROM ItemEntity i WHERE i.kind = :k AND i.slug = :s", Long.class)
                .setParameter("k", kind).setParameter("s", slug).getResultList().stream()
                .anyMatch(id -> !id.equals(exceptId));
    }

    /** Every published item (visible now or scheduled), newest publication first, for the public snapshot. */
    static List<ItemEntity> published(EntityManager em) {
        return em.createQuery("SELECT i FROM ItemEntity i WHERE i.status = 'PUBLISHED' "
                + "ORDER BY i.publishAt DESC, i.id DESC", ItemEntity.class).getResultList();
    }

    /** The desk's list: every item of a kind (or all), drafts included, last changed first. */
    static List<ItemEntity> page(EntityManager em, String kind, String status, String folded, int offset, int size) {
        return query(em, "SELECT i FROM ItemEntity i", kind, status, folded, " ORDER BY i.updatedAt DESC, i.id DESC",
                ItemEntity.class).setFirstResult(offset).setMaxResults(size).getResultList();
    }

    static long count(EntityManager em, String kind, String status, String folded) {
        return query(em, "SELECT COUNT(i) FROM ItemEntity i", kind, status, folded, "", Long.class).getSingleResult();
    }

    private static <T> javax.persistence.TypedQuery<T> query(EntityManager em, String select, String kind,
                                                             String status, String folded, String order,
                                                             Class<T> type) {
        StringBuilder q = new StringBuilder(select).append(" WHERE 1 = 1");
        if (kind != null) {
            q.append(" AND i.kind = :k");
        }
        if (status != null) {
            q.append(" AND i.status = :st");
        }
        if (folded != null) {
            q.append(" AND i.searchText LIKE :q ESCAPE '\\'");
        }
        javax.persistence.TypedQuery<T> tq = em.createQuery(q + order, type);
        if (kind != null) {
            tq.setParameter("k", kind);
        }
        if (status != null) {
            tq.setParameter("st", status);
        }
        if (folded != null) {
            tq.setParameter("q", folded);
        }
        return tq;
    }

    /** The item's revisions, newest first. */
    static List<RevisionEntity> revisions(EntityManager em, long itemId) {
        return em.createQuery("SELECT r FROM RevisionEntity r WHERE r.itemId = :i ORDER BY r.number DESC",
                RevisionEntity.class).setParameter("i", itemId).getResultList();
    }

    static Optional<RevisionEntity> revision(EntityManager em, long itemId, int number) {
        return em.createQuery("SELECT r FROM RevisionEntity r WHERE r.itemId = :i AND r.number = :n",
                        RevisionEntity.class).setParameter("i", itemId).setParameter("n", number)
                .getResultList().stream().findFirst();
    }

    static int lastRevision(EntityManager em, long itemId) {
        Integer n = em.createQuery("SELECT MAX(r.number) FROM RevisionEntity r WHERE r.itemId = :i", Integer.class)
                .setParameter("i", itemId).getSingleResult();
        return n == null ? 0 : n;
    }

    static void deleteRevisions(EntityManager em, long itemId) {
        em.createQuery("DELETE FROM RevisionEntity r WHERE r.itemId = :i").setParameter("i", itemId).executeUpdate();
    }

    /** Items that show the media file (as image or attachment). */
    /**
     * How many items use a file: as their picture or attachment, or by its address ({@code /media/<name>}, of the
     * file or of one of its smaller versions) written in a body.
     */
    static long usingMedia(EntityManager em, long mediaId, java.util.Collection<String> fileNames) {
        long used = em.createQuery("SELECT COUNT(i) FROM ItemEntity i WHERE i.imageId = :m OR i.fileId = :m",
                Long.class).setParameter("m", mediaId).getSingleResult();
        for (String name : fileNames) {
            if (used > 0) {
                break;
            }
            String like = "%/media/" + name.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            used += em.createQuery("SELECT COUNT(i) FROM ItemEntity i WHERE i.bodyId LIKE :p ESCAPE '!' "
                    + "OR i.bodyEn LIKE :p ESCAPE '!'", Long.class).setParameter("p", like).getSingleResult();
        }
        return used;
    }

    /** Whether the portal holds any content at all (the demo fills only an empty portal). */
    static boolean any(EntityManager em) {
        return !em.createQuery("SELECT i.id FROM ItemEntity i", Long.class).setMaxResults(1).getResultList()
                .isEmpty();
    }
}
