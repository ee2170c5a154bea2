package id.serasan.portal.internal.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.serasan.platform.api.page.PageRequest;
import id.serasan.portal.internal.content.Fields;
import id.serasan.portal.internal.content.Item;
import id.serasan.portal.internal.content.Kind;
import id.serasan.portal.internal.content.Media;
import id.serasan.portal.internal.text.Html;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Items and media as template models, in the visitor's language; dates in the agency's time zone (WIB). */
final class Views {
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Locale ID = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DATE_ID = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    static final ObjectMapper JSON = new ObjectMapper();

    private Views() {
    }

    static String date(Instant at, String lang) {
        if (at == null) {
            return "";
        }
        return ("en".equals(lang) ? DATE_EN : DATE_ID).format(at.atZone(WIB));
    }

    static String isoDate(Instant at) {
        return at == null ? "" : at.atZone(WIB).toLocalDate().toString();
    }

    /** A card of a list: title, address, summary, date, category, picture. */
    static Map<String, Object> card(Item i, String lang, Map<Long, Media> media) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", i.title(lang));
        m.put("path", i.path());
        m.put("summary", i.summary(lang).isEmpty() ? Html.excerpt(Html.plain("en".equals(lang) && i.bodyEn() != null
                ? i.bodyEn() : i.bodyId()), 180) : i.summary(lang));
        m.put("date", date(i.publishAt(), lang));
        m.put("isoDate", isoDate(i.publishAt()));
        m.put("category", i.category() == null ? "" : i.category());
        m.put("kind", i.kind().name());
        m.put("kindLabel", "en".equals(lang) ? i.kind().label().en() : i.kind().label().id());
        m.put("demo", i.demo());
        m.put("image", image(i.imageId() == null ? null : media.get(i.imageId()), lang));
        m.put("file", file(i.fileId() == null ? null : media.get(i.fileId())));
        m.put("untranslated", i.untranslated(lang));
        return m;
    }

    /** The whole item: the card plus its body and fields. */
    static Map<String, Object> full(Item i, String lang, Map<Long, Media> media) {
        Map<String, Object> m = card(i, lang, media);
        m.put("html", i.html(lang)); // sanitised when saved (Html.fromMarkdown): shown with ?no_esc
        m.put("updated", date(i.updatedAt(), lang));
        List<Map<String, Object>> fields = new ArrayList<>();
        for (String name : Fields.of(i.kind())) {
            String value = i.field(name, lang);
            if (!value.isEmpty()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("name", name);
                f.put("label", Fields.label(name, lang));
                f.put("lines", value.lines().map(String::strip).filter(l -> !l.isEmpty())
                        .map(l -> l.replaceFirst("^([-*•]|\\d+[.)])\\s+", "")).toList());
                fields.add(f);
            }
        }
        m.put("fields", fields);
        return m;
    }

    /** A picture with its srcset and dimensions, or an empty map. */
    static Map<String, Object> image(Media img, String lang) {
        if (img == null || !img.image()) {
            return Map.of();
        }
        return Map.of("src", img.variants().isEmpty() ? img.url() : img.variants().get(0).url(),
                "srcset", img.srcset(), "width", img.width() == null ? 0 : img.width(),
                "height", img.height() == null ? 0 : img.height(), "alt", img.alt(lang), "url", img.url());
    }

    static Map<String, Object> file(Media f) {
        if (f == null) {
            return Map.of();
        }
        return Map.of("url", f.url(), "name", f.originalName(), "size", f.sizeLabel(),
                "type", f.contentType().equals("application/pdf") ? "PDF" : f.contentType());
    }

    /** schema.org data of the agency (on the home page). */
    static String organisation(String base, String name, String address, String phone, String email) {
        ObjectNode o = JSON.createObjectNode();
        o.put("@context", "https://schema.org");
        o.put("@type", "GovernmentOrganization");
        o.put("name", name);
        o.put("url", base + "/");
        if (!address.isEmpty()) {
            o.put("address", address);
        }
        if (!phone.isEmpty()) {
            o.put("telephone", phone);
        }
        if (!email.isEmpty()) {
            o.put("email", email);
        }
        ObjectNode parent = o.putObject("parentOrganization");
        parent.put("@type", "GovernmentOrganization");
        parent.put("name", "Pemerintah Kabupaten Muara Enim");
        return o.toString();
    }

    /** schema.org data of a news item or announcement. */
    static String article(String base, Item i, String lang, Media image, String publisher) {
        ObjectNode o = JSON.createObjectNode();
        o.put("@context", "https://schema.org");
        o.put("@type", i.kind() == Kind.NEWS ? "NewsArticle" : "Article");
        o.put("headline", Html.excerpt(i.title(lang), 110));
        o.put("datePublished", i.publishAt() == null ? null : i.publishAt().toString());
        o.put("dateModified", i.updatedAt().toString());
        o.put("inLanguage", "en".equals(lang) ? "en" : "id");
        o.put("mainEntityOfPage", base + i.path());
        if (image != null && image.image()) {
            ArrayNode imgs = o.putArray("image");
            imgs.add(base + image.url());
        }
        ObjectNode pub = o.putObject("publisher");
        pub.put("@type", "GovernmentOrganization");
        pub.put("name", publisher);
        ObjectNode author = o.putObject("author");
        author.put("@type", "GovernmentOrganization");
        author.put("name", publisher);
        return o.toString();
    }

    /** The page number (1-based) a visitor asked for, within 1..last. */
    static int pageNumber(PageRequest r, int last) {
        try {
            int p = Integer.parseInt(r.query("halaman") == null ? "1" : r.query("halaman").strip());
            return Math.max(1, Math.min(p, Math.max(1, last)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
