package id.serasan.portal.internal.content;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** A saved state of an item: every save adds one, so any earlier state can be looked at and restored. */
@Entity
@Table(name = "PORTAL_REVISION")
public class RevisionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "ITEM_ID", nullable = false)
    long itemId;
    @Column(name = "REV_NUMBER", nullable = false)
    int number;
    @Lob
    @Column(name = "SNAPSHOT", nullable = false)
    String snapshot;
    @Column(name = "NOTE", length = 200)
    String note;
    @Column(name = "CREATED_AT", nullable = false)
    long createdAt;
    @Column(name = "CREATED_BY", nullable = false, length = 64)
    String createdBy;

    public RevisionEntity() {
    }
}
