package id.serasan.portal.internal.desk;

import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.portal.internal.content.Fields;
import id.serasan.portal.internal.content.Item;
import id.serasan.portal.internal.content.ItemInput;
import id.serasan.portal.internal.content.Kind;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The content desk's form and the editor's input, both ways: the posted fields become an {@link ItemInput} (the same
 * one the REST API takes), and an item becomes the form's values. Field names are the API's ({@code titleId},
 * {@code fields.requirements.id}), so a {@link FieldError} of the service points at its input.
 */
public final class DeskForm {
    /** Times on the desk are the agency's (WIB), as editors read them. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final List<String> TEXTS = List.of("slug", "titleId", "titleEn", "summaryId", "summaryEn", "bodyId",
            "bodyEn", "category");

    private DeskForm() {
    }

    /**
     * The input a posted form describes. Empty texts are absent (null); numbers that do not parse are refused with
     * 422 naming the field.
     *
     * @param kind    the kind, sent only when creating (null on a change)
     * @param fields  the kind's extra fields (see {@link Fields#of})
     * @param form    the first value of each posted field
     * @param version the version being edited (null when creating)
     */
    public static ItemInput input(Kind kind, List<String> fields, Function<String, String> form, Integer version) {
        Map<String, String> extra = new LinkedHashMap<>();
        for (String name : fields) {
            for (String lang : List.of("id", "en")) {
                String v = text(form.apply("fields." + name + "." + lang));
                if (v != null) {
                    extra.put(name + "." + lang, v);
                }
            }
        }
        return new ItemInput(kind, text(form.apply("slug")), text(form.apply("titleId")), text(form.apply("titleEn")),
                text(form.apply("summaryId")), text(form.apply("summaryEn")), text(form.apply("bodyId")),
                text(form.apply("bodyEn")), text(form.apply("category")), number(form, "imageId"),
                number(form, "fileId"), extra, integer(form, "sortOrder"), version);
    }

    /** The version a form was opened at (its hidden {@code version} field); 422 when missing or not a number. */
    public static int version(Function<String, String> form) {
        Integer v = integer(form, "version");
        if (v == null) {
            throw ProblemException.invalid(List.of(new FieldError("version",
                    "Versi hilang; muat ulang halaman / The version is missing; reload the page")));
        }
        return v;
    }

    /**
     * When to publish: a {@code datetime-local} value in WIB, or now when empty.
     *
     * @return null for "now"
     */
    public static Instant when(String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(v.length() > 16 ? v.substring(0, 16) : v, LOCAL).atZone(WIB).toInstant();
        } catch (DateTimeException e) {
            throw ProblemException.invalid(List.of(new FieldError("publishAt",
                    "Tulis waktu tayang sebagai tanggal dan jam, mis. 2026-12-24T08:00 / Write the time as date and "
                            + "hour, e.g. 2026-12-24T08:00")));
        }
    }

    /** An instant as the {@code datetime-local} value of the agency's time, or empty. */
    public static String local(Instant at) {
        return at == null ? "" : LOCAL.format(at.atZone(WIB));
    }

    /** The form's values of an item (what the edit form shows when it opens). */
    public static Map<String, String> values(Item i) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("slug", i.slug());
        m.put("titleId", i.titleId());
        m.put("titleEn", i.titleEn());
        m.put("summaryId", i.summaryId());
        m.put("summaryEn", i.summaryEn());
        m.put("bodyId", i.bodyId());
        m.put("bodyEn", i.bodyEn());
        m.put("category", i.category());
        m.put("imageId", i.imageId() == null ? "" : String.valueOf(i.imageId()));
        m.put("fileId", i.fileId() == null ? "" : String.valueOf(i.fileId()));
        m.put("sortOrder", String.valueOf(i.sortOrder()));
        i.fields().forEach((k, v) -> m.put("fields." + k, v));
        m.replaceAll((k, v) -> v == null ? "" : v);
        return m;
    }

    /** The form's values as posted (what the form shows again after a refusal or a preview). */
    public static Map<String, String> posted(List<String> fields, Function<String, String> form) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String name : TEXTS) {
            m.put(name, nullToEmpty(form.apply(name)));
        }
        for (String name : List.of("imageId", "fileId", "sortOrder")) {
            m.put(name, nullToEmpty(form.apply(name)));
        }
        for (String name : fields) {
            for (String lang : List.of("id", "en")) {
                String key = "fields." + name + "." + lang;
                m.put(key, nullToEmpty(form.apply(key)));
            }
        }
        return m;
    }

    /** The Indonesian or the English half of a service message written {@code "Indonesian / English"}. */
    public static String say(String message, String lang) {
        if (message == null) {
            return "";
        }
        int cut = message.indexOf(" / ");
        if (cut < 0) {
            return message;
        }
        return "en".equals(lang) ? message.substring(cut + 3) : message.substring(0, cut);
    }

    private static String text(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String nullToEmpty(String v) {
        return v == null ? "" : v;
    }

    private static Long number(Function<String, String> form, String name) {
        String v = text(form.apply(name));
        if (v == null) {
            return null;
        }
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(List.of(new FieldError(name, "Pilih dari daftar / Choose from the list")));
        }
    }

    private static Integer integer(Function<String, String> form, String name) {
        String v = text(form.apply(name));
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(List.of(new FieldError(name,
                    "Tulis bilangan bulat, mis. 10 / Write a whole number, e.g. 10")));
        }
    }
}
