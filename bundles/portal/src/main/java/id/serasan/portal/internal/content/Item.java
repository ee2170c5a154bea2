package id.serasan.portal.internal.content;

import id.serasan.platform.api.openapi.Field;
import java.time.Instant;
import java.util.Map;

/**
 * A piece of content as the API and the pages see it.
 *
 * @param path      its public address (shown only once it is published)
 * @param published true when visitors see it: published and its publication time has come
 */
public record Item(
        long id,
        Kind kind,
        String slug,
        String path,
        @Field(description = "Judul (Bahasa Indonesia) / Title in Bahasa Indonesia") String titleId,
        @Field(description = "Judul bahasa Inggris; kosong: judul Indonesia / English title; empty: the Indonesian one") String titleEn,
        String summaryId,
        String summaryEn,
        @Field(description = "Isi dalam Markdown / Body in Markdown") String bodyId,
        String bodyEn,
        @Field(description = "Isi sebagai HTML yang sudah dibersihkan / Body as sanitised HTML") String htmlId,
        String htmlEn,
        String category,
        Long imageId,
        Long fileId,
        @Field(description = "Rincian menurut jenis, mis. standar pelayanan: requirements.id, procedure.id, timeLimit.id, fee.id, product.id, complaints.id, legalBasis.id (dan .en) / Fields by kind, e.g. the service standard") Map<String, String> fields,
        Status status,
        @Field(description = "Waktu tayang; kosong: segera saat diterbitkan / Publication time; empty: at once when published") Instant publishAt,
        boolean published,
        int sortOrder,
        @Field(description = "Contoh untuk demo, bukan informasi resmi / Demo content, not official information") boolean demo,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        @Field(description = "Versi untuk penyuntingan; kirim kembali saat menyimpan / Version for editing; send it back when saving") int version) {

    /** Draft (only editors see it) or published (visitors see it from publishAt on). */
    public enum Status { DRAFT, PUBLISHED }

    /** The title in {@code lang}, falling back to Bahasa Indonesia. */
    public String title(String lang) {
        return "en".equals(lang) && titleEn != null && !titleEn.isBlank() ? titleEn : titleId;
    }

    public String summary(String lang) {
        return "en".equals(lang) && summaryEn != null && !summaryEn.isBlank() ? summaryEn
                : summaryId == null ? "" : summaryId;
    }

    public String html(String lang) {
        return "en".equals(lang) && htmlEn != null && !htmlEn.isBlank() ? htmlEn : htmlId == null ? "" : htmlId;
    }

    /** A field in {@code lang} ({@code name.en}, falling back to {@code name.id}), or empty. */
    public String field(String name, String lang) {
        String en = fields.get(name + ".en");
        if ("en".equals(lang) && en != null && !en.isBlank()) {
            return en;
        }
        String id = fields.get(name + ".id");
        return id == null ? "" : id;
    }

    /** Whether the English text is the Indonesian one because no translation was written. */
    public boolean untranslated(String lang) {
        return "en".equals(lang) && (titleEn == null || titleEn.isBlank());
    }
}
