package id.serasan.platform.api;

import java.util.Objects;

/**
 * One invalid field of a request.
 *
 * @param field   the JSON path of the field, e.g. {@code username} or {@code roles[1]}
 * @param message what is wrong, Bahasa Indonesia first with English after a slash
 */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
