package id.serasan.example.guestbook.api;

/** Body of a new entry. */
public record NewEntry(String message) {
}
