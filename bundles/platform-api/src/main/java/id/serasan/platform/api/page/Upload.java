package id.serasan.platform.api.page;

import java.util.Objects;

/**
 * A file sent with a form ({@code multipart/form-data}). Its name and type are what the browser claims: judge the
 * content itself before keeping it.
 *
 * @param field       the form field's name
 * @param filename    the file's name on the visitor's device (without any folder), maybe empty
 * @param contentType the type the browser claims, or {@code application/octet-stream}
 * @param content     the bytes
 * @since 1.1
 */
public record Upload(String field, String filename, String contentType, byte[] content) {
    public Upload {
        Objects.requireNonNull(field, "field");
        filename = filename == null ? "" : filename;
        contentType = contentType == null ? "application/octet-stream" : contentType;
        Objects.requireNonNull(content, "content");
    }

    /** Whether a file was chosen at all (a form with an empty file field sends an empty part). */
    public boolean present() {
        return content.length > 0 || !filename.isEmpty();
    }
}
