package id.serasan.platform.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects field errors of one request and throws them all at once as a 422 problem.
 *
 * <pre>
 * Validation v = new Validation();
 * v.required("username", body.username()).matches("username", body.username(), USERNAME, "...");
 * v.throwIfInvalid();
 * </pre>
 *
 * Not thread-safe: one instance per request.
 */
public final class Validation {
    private final List<FieldError> errors = new ArrayList<>();

    public Validation required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            errors.add(new FieldError(field, "wajib diisi / is required"));
        }
        return this;
    }

    public Validation maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "paling banyak " + max + " karakter / at most " + max + " characters"));
        }
        return this;
    }

    public Validation matches(String field, String value, Pattern pattern, String message) {
        if (value != null && !value.isBlank() && !pattern.matcher(value).matches()) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public Validation check(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws a 422 problem listing every collected error, if there is any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
