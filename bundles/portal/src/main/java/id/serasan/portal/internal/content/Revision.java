package id.serasan.portal.internal.content;

import java.time.Instant;

/** A saved state of an item. */
public record Revision(long itemId, int number, String note, Instant createdAt, String createdBy, ItemInput content,
                       Item.Status status, Instant publishAt) {
}
