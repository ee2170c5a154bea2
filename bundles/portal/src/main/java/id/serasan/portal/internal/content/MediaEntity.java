package id.serasan.portal.internal.content;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** An uploaded image (or one of its smaller variants) or attachment; its file name carries its content hash. */
@Entity
@Table(name = "PORTAL_MEDIA")
public class MediaEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "FILE_NAME", nullable = false, length = 200)
    String fileName;
    @Column(name = "ORIGINAL_NAME", nullable = false, length = 200)
    String originalName;
    @Column(name = "CONTENT_TYPE", nullable = false, length = 100)
    String contentType;
    @Column(name = "BYTE_SIZE", nullable = false)
    long byteSize;
    @Column(name = "SHA256", nullable = false, length = 64)
    String sha256;
    @Column(name = "WIDTH")
    Integer width;
    @Column(name = "HEIGHT")
    Integer height;
    @Column(name = "VARIANT_OF")
    Long variantOf;
    @Column(name = "ALT_ID", length = 300)
    String altId;
    @Column(name = "ALT_EN", length = 300)
    String altEn;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false)
    byte[] content;
    @Column(name = "CREATED_AT", nullable = false)
    long createdAt;
    @Column(name = "CREATED_BY", nullable = false, length = 64)
    String createdBy;

    public MediaEntity() {
    }
}
