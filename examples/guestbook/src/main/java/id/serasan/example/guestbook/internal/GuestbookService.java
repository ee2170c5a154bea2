package id.serasan.example.guestbook.internal;

import id.serasan.example.guestbook.api.Entry;
import id.serasan.example.guestbook.internal.entity.EntryEntity;
import id.serasan.platform.api.Page;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.Validation;
import id.serasan.platform.api.audit.AuditService;
import id.serasan.platform.api.persistence.SchemaMigrations;
import java.time.Instant;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The guestbook's data: entries in table GUESTBOOK_ENTRY of its own persistence unit. */
@Component(service = GuestbookService.class)
public class GuestbookService {
    private final JpaTemplate jpa;
    private final AuditService audit;

    @Activate
    public GuestbookService(@Reference(target = "(osgi.unit.name=serasan-guestbook)") JpaTemplate jpa,
                            @Reference SchemaMigrations migrations, @Reference AuditService audit,
                            BundleContext context) {
        this.jpa = jpa;
        this.audit = audit;
        migrations.migrate("guestbook", context.getBundle());
    }

    public Page<Entry> list(int page, int size) {
        return jpa.txExpr(em -> {
            long total = em.createQuery("SELECT COUNT(e) FROM EntryEntity e", Long.class).getSingleResult();
            List<Entry> items = em.createQuery("SELECT e FROM EntryEntity e ORDER BY e.id DESC", EntryEntity.class)
                    .setFirstResult(Page.offset(page, size)).setMaxResults(size).getResultList()
                    .stream().map(EntryEntity::toDto).toList();
            return new Page<>(items, page, size, total);
        });
    }

    public Entry get(long id) {
        EntryEntity e = jpa.txExpr(em -> em.find(EntryEntity.class, id));
        if (e == null) {
            throw ProblemException.notFound("Entri tidak ditemukan / No such entry: " + id);
        }
        return e.toDto();
    }

    public Entry add(String author, String message) {
        new Validation().required("message", message).maxLength("message", message, 1000).throwIfInvalid();
        return jpa.txExpr(em -> {
            EntryEntity e = new EntryEntity(author, message.strip(), Instant.now());
            em.persist(e);
            em.flush();
            Entry created = e.toDto();
            audit(em, author, "guestbook.entry.create", created.id(), null, created);
            return created;
        });
    }

    public void delete(String actor, long id) {
        get(id); // 404 for an unknown entry, answered before any transaction
        jpa.tx(em -> {
            EntryEntity e = em.find(EntryEntity.class, id);
            if (e == null) {
                return; // deleted meanwhile by someone else, who audited it
            }
            Entry before = e.toDto();
            em.remove(e);
            em.flush();
            audit(em, actor, "guestbook.entry.delete", id, before, null);
        });
    }

    /**
     * Records the change in the audit trail inside the JPA transaction, on the connection EclipseLink writes with,
     * so the entry and its audit record commit or roll back together.
     */
    private void audit(javax.persistence.EntityManager em, String actor, String action, long id, Entry before,
                       Entry after) {
        try {
            audit.record(em.unwrap(java.sql.Connection.class), actor, action, "guestbook-entry", String.valueOf(id),
                    before, after);
        } catch (java.sql.SQLException ex) {
            throw new IllegalStateException("audit record not written, the change is rolled back", ex);
        }
    }

    public long count() {
        return jpa.txExpr(em -> em.createQuery("SELECT COUNT(e) FROM EntryEntity e", Long.class).getSingleResult());
    }
}
