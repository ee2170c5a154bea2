package id.serasan.platform.api.spi;

import java.util.Objects;

/**
 * A user-facing text in Bahasa Indonesia (first) and English.
 *
 * @param id the Indonesian text
 * @param en the English text
 */
public record Text(String id, String en) {
    public Text {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(en, "en");
    }

    public static Text of(String id, String en) {
        return new Text(id, en);
    }
}
