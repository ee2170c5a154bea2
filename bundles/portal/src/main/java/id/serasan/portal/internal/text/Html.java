package id.serasan.portal.internal.text;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Body text: Markdown (CommonMark with tables and autolinks) rendered to HTML, then sanitised. Raw HTML in the
 * Markdown is escaped, unsafe link schemes are dropped, and the result passes the OWASP sanitiser's allow-list, so
 * no script, no event handler, no style and no {@code javascript:} link survives, whatever an editor (or a stolen
 * editor account) writes. Images may only come from this site's media library ({@code /media/…}).
 */
public final class Html {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).softbreak("\n").build();
    private static final Pattern LOCAL_MEDIA = Pattern.compile("^/media/[A-Za-z0-9._-]{1,200}$");
    private static final Pattern LINK = Pattern.compile("^(https?://|mailto:|tel:|/(?!/)|#)[^\\s]*$",
            Pattern.CASE_INSENSITIVE);

    /** The allow-list: text structure, links (http, https, mailto, tel, this site), local images, tables. */
    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "code", "pre",
                    "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "del")
            .allowUrlProtocols("http", "https", "mailto", "tel")
            .allowAttributes("href").matching((el, attr, value) -> LINK.matcher(value).matches() ? value : null)
            .onElements("a")
            .allowAttributes("title").onElements("a", "img")
            .allowElements((name, attrs) -> attrs.contains("src") ? name : null, "img") // no picture, no img
            .allowAttributes("src").matching((el, attr, value) -> LOCAL_MEDIA.matcher(value).matches() ? value : null)
            .onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private Html() {
    }

    /**
     * Markdown to safe HTML. A level-one heading ({@code #}) becomes {@code h2}: the page's own title is its only
     * {@code h1}; {@code ##} and below stay as written.
     * Tables come wrapped in a scroll region ({@link #scrollableTables}).
     */
    public static String fromMarkdown(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        return scrollableTables(sanitise(demoteHeadings(html)));
    }

    /**
     * Each table of sanitised HTML in a scroll region of its own, so a wide table scrolls by itself on a phone
     * instead of widening the page; the region takes keyboard focus, so it can be scrolled without a mouse. Applied
     * after the allow-list: only this constant markup is added.
     */
    static String scrollableTables(String safeHtml) {
        // numbered ("Tabel 1", "Tabel 2", …), so that each region has a name of its own: landmarks must differ
        StringBuilder out = new StringBuilder();
        int from = 0;
        int n = 0;
        for (int at = safeHtml.indexOf("<table>"); at >= 0; at = safeHtml.indexOf("<table>", from)) {
            int end = safeHtml.indexOf("</table>", at);
            int stop = end < 0 ? safeHtml.length() : end + "</table>".length();
            out.append(safeHtml, from, at)
                    .append("<div class=\"gulir\" tabindex=\"0\" role=\"region\" aria-label=\"Tabel ").append(++n)
                    .append("\">").append(safeHtml, at, stop).append(end < 0 ? "" : "</div>");
            from = stop;
        }
        return out.append(safeHtml, from, safeHtml.length()).toString();
    }

    /** Any HTML through the allow-list. */
    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }

    /** {@code h1} becomes {@code h2}; the other levels stay. */
    static String demoteHeadings(String html) {
        return html.replace("<h1>", "<h2>").replace("</h1>", "</h2>");
    }

    /** The plain text of Markdown (for search, feeds and meta descriptions): no markup, whitespace collapsed. */
    public static String plain(String markdown) {
        String html = fromMarkdown(markdown);
        String text = html.replaceAll("<[^>]*>", " ")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&#43;", "+").replace("&#61;", "=")
                .replace("&#64;", "@").replace("&#96;", "`");
        return text.replaceAll("\\s+", " ").strip();
    }

    /** At most {@code max} characters of {@code text}, cut at a word and marked with an ellipsis. */
    public static String excerpt(String text, int max) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return (cut > max / 2 ? t.substring(0, cut) : t.substring(0, max - 1)).stripTrailing() + "…";
    }
}
