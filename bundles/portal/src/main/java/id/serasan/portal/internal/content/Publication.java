package id.serasan.portal.internal.content;

import id.serasan.platform.api.openapi.Field;
import java.time.Instant;

/** Publish an item now or at a time. */
public record Publication(
        @Field(description = "Kapan tayang; kosong: sekarang / When it goes live; empty: now") Instant at,
        @Field(description = "Versi yang diterbitkan / The version being published") Integer version) {
}
