package id.serasan.example.guestbook.api;

import java.time.Instant;

/** A guestbook entry. */
public record Entry(long id, String author, String message, Instant createdAt) {
}
