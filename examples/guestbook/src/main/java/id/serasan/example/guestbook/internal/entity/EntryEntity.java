package id.serasan.example.guestbook.internal.entity;

import id.serasan.example.guestbook.api.Entry;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** JPA entity, private to the bundle; the API sees {@link Entry}. */
@Entity
@Table(name = "GUESTBOOK_ENTRY")
public class EntryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "AUTHOR", nullable = false, length = 64)
    private String author;

    @Column(name = "MESSAGE", nullable = false, length = 1000)
    private String message;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    public EntryEntity() {
    }

    public EntryEntity(String author, String message, Instant createdAt) {
        this.author = author;
        this.message = message;
        this.createdAt = createdAt.toEpochMilli();
    }

    public Entry toDto() {
        return new Entry(id, author, message, Instant.ofEpochMilli(createdAt));
    }
}
