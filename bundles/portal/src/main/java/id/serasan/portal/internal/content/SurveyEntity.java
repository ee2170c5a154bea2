package id.serasan.portal.internal.content;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One anonymous answer of the satisfaction survey (SKM) about a service; at most one per browser, service and day. */
@Entity
@Table(name = "PORTAL_SURVEY")
public class SurveyEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "ITEM_ID", nullable = false)
    long itemId;
    @Column(name = "ANSWER_DAY", nullable = false)
    int day;
    @Column(name = "QUARTER", nullable = false, length = 7)
    String quarter;
    @Column(name = "BROWSER_HASH", nullable = false, length = 64)
    String browserHash;
    @Column(name = "U1", nullable = false) short u1;
    @Column(name = "U2", nullable = false) short u2;
    @Column(name = "U3", nullable = false) short u3;
    @Column(name = "U4", nullable = false) short u4;
    @Column(name = "U5", nullable = false) short u5;
    @Column(name = "U6", nullable = false) short u6;
    @Column(name = "U7", nullable = false) short u7;
    @Column(name = "U8", nullable = false) short u8;
    @Column(name = "U9", nullable = false) short u9;
    @Column(name = "SUGGESTION", length = 1000)
    String suggestion;
    @Column(name = "CREATED_AT", nullable = false)
    long createdAt;

    public SurveyEntity() {
    }
}
