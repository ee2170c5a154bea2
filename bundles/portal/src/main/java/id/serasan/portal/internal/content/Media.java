package id.serasan.portal.internal.content;

import java.time.Instant;
import java.util.List;

/**
 * An uploaded image or attachment.
 *
 * @param url      its address; the name carries the content's hash, so it is cached for a year
 * @param variants smaller versions of an image (for {@code srcset}), smallest first
 */
public record Media(long id, String url, String originalName, String contentType, long size, Integer width,
                    Integer height, String altId, String altEn, Instant createdAt, String createdBy,
                    List<Variant> variants) {
    /** A smaller version of an image. */
    public record Variant(String url, int width, int height) {
    }

    public boolean image() {
        return contentType.startsWith("image/");
    }

    /** The size as people read it: {@code 532 B}, {@code 84 KB}, {@code 2.4 MB}. */
    public String sizeLabel() {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return Math.round(size / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", size / 1024.0 / 1024.0);
    }

    public String alt(String lang) {
        return "en".equals(lang) && altEn != null && !altEn.isBlank() ? altEn : altId == null ? "" : altId;
    }

    /** The {@code srcset} of an image: its variants and itself, by width. */
    public String srcset() {
        StringBuilder b = new StringBuilder();
        for (Variant v : variants) {
            b.append(v.url()).append(' ').append(v.width()).append("w, ");
        }
        return b.append(url).append(' ').append(width == null ? 0 : width).append('w').toString();
    }
}
