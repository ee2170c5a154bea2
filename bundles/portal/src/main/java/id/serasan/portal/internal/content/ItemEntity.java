package id.serasan.portal.internal.content;

import java.util.HashMap;
import java.util.Map;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Lob;
import javax.persistence.MapKeyColumn;
import javax.persistence.Table;
import javax.persistence.Version;

/** One piece of content (news, announcement, service, download, page). Private to the bundle; the API sees Item. */
@Entity
@Table(name = "PORTAL_ITEM")
public class ItemEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "KIND", nullable = false, length = 16)
    String kind;
    @Column(name = "SLUG", nullable = false, length = 80)
    String slug;
    @Column(name = "TITLE_ID", nullable = false, length = 200)
    String titleId;
    @Column(name = "TITLE_EN", length = 200)
    String titleEn;
    @Column(name = "SUMMARY_ID", length = 500)
    String summaryId;
    @Column(name = "SUMMARY_EN", length = 500)
    String summaryEn;
    @Lob
    @Column(name = "BODY_ID")
    String bodyId;
    @Lob
    @Column(name = "BODY_EN")
    String bodyEn;
    @Lob
    @Column(name = "HTML_ID")
    String htmlId;
    @Lob
    @Column(name = "HTML_EN")
    String htmlEn;
    @Column(name = "CATEGORY", length = 64)
    String category;
    @Column(name = "IMAGE_ID")
    Long imageId;
    @Column(name = "FILE_ID")
    Long fileId;
    @Column(name = "STATUS", nullable = false, length = 16)
    String status;
    @Column(name = "PUBLISH_AT")
    Long publishAt;
    @Column(name = "SORT_ORDER", nullable = false)
    int sortOrder;
    @Column(name = "DEMO", nullable = false)
    boolean demo;
    @Column(name = "SEARCH_TEXT", nullable = false, length = 32000)
    String searchText;
    @Column(name = "CREATED_AT", nullable = false)
    long createdAt;
    @Column(name = "CREATED_BY", nullable = false, length = 64)
    String createdBy;
    @Column(name = "UPDATED_AT", nullable = false)
    long updatedAt;
    @Column(name = "UPDATED_BY", nullable = false, length = 64)
    String updatedBy;
    @Version
    @Column(name = "VERSION", nullable = false)
    int version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PORTAL_ITEM_FIELD", joinColumns = @JoinColumn(name = "ITEM_ID"))
    @MapKeyColumn(name = "NAME", length = 64)
    @Column(name = "VAL", length = 4000, nullable = false)
    Map<String, String> fields = new HashMap<>();

    public ItemEntity() {
    }
}
