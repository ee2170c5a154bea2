package id.serasan.portal.internal.content;

import id.serasan.platform.api.openapi.Field;
import java.util.Map;

/** What an editor writes: a new item ({@code kind} required) or a change ({@code version} required). */
public record ItemInput(
        @Field(description = "Jenis, hanya saat membuat / Kind, on create only") Kind kind,
        @Field(description = "Alamat; kosong: dari judul / Address; empty: made from the title") String slug,
        String titleId,
        String titleEn,
        String summaryId,
        String summaryEn,
        String bodyId,
        String bodyEn,
        String category,
        Long imageId,
        Long fileId,
        Map<String, String> fields,
        Integer sortOrder,
        @Field(description = "Versi yang disunting, wajib saat mengubah / The edited version, required on change") Integer version) {
}
