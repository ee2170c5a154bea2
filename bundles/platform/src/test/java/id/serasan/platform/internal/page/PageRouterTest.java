package id.serasan.platform.internal.page;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.SerasanPrincipal;
import id.serasan.platform.internal.security.AuthService;
import id.serasan.platform.internal.security.Secrets;
import java.util.Set;
import javax.ws.rs.core.Cookie;
import org.junit.jupiter.api.Test;

/** The page host's own decisions: the form token, the language and the display choices. */
class PageRouterTest {
    private static AuthService.Verified session(String csrf) {
        SerasanPrincipal p = new SerasanPrincipal(7, "hr.satu", Set.of(Role.HR_OPERATOR), null, false);
        return new AuthService.Verified(p, AuthService.Kind.SESSION, Secrets.sha256(csrf), "t");
    }

    @Test
    void aFormTokenMustEqualTheCookieAndForASessionBeItsOwnToken() {
        assertThat(PageRouter.csrfValid("abc", "abc", null)).isTrue();
        assertThat(PageRouter.csrfValid("abc", "abd", null)).as("another value").isFalse();
        assertThat(PageRouter.csrfValid(null, "abc", null)).as("no field").isFalse();
        assertThat(PageRouter.csrfValid("abc", null, null)).as("no cookie").isFalse();
        assertThat(PageRouter.csrfValid("", "", null)).as("empty").isFalse();
        assertThat(PageRouter.csrfValid("s3cr3t", "s3cr3t", session("s3cr3t"))).isTrue();
        assertThat(PageRouter.csrfValid("planted", "planted", session("s3cr3t")))
                .as("a cookie planted beside someone's session is not that session's token").isFalse();
    }

    @Test
    void theLanguageComesFromTheQueryThenTheCookieAndDefaultsToIndonesian() {
        assertThat(PageRouter.lang("en", null)).isEqualTo("en");
        assertThat(PageRouter.lang("id", new Cookie("serasan_lang", "en"))).isEqualTo("id");
        assertThat(PageRouter.lang(null, new Cookie("serasan_lang", "en"))).isEqualTo("en");
        assertThat(PageRouter.lang("fr", new Cookie("serasan_lang", "xx"))).isEqualTo("id");
        assertThat(PageRouter.lang(null, null)).isEqualTo("id");
    }

    @Test
    void displayChoicesSurviveTheirCookie() {
        for (boolean large : new boolean[] {false, true}) {
            for (boolean contrast : new boolean[] {false, true}) {
                PageRouter.Display d = new PageRouter.Display(large, contrast);
                assertThat(PageRouter.Display.parse(d.cookie())).isEqualTo(d);
            }
        }
        assertThat(PageRouter.Display.parse(null)).isEqualTo(new PageRouter.Display(false, false));
        assertThat(PageRouter.Display.parse("biasa")).isEqualTo(new PageRouter.Display(false, false));
    }

    @Test
    void aDownloadNameIsSafeInTheHeader() {
        assertThat(PageRouter.contentDisposition("SK \"mutasi\" 2026.pdf"))
                .isEqualTo("attachment; filename=\"SK _mutasi_ 2026.pdf\"; filename*=UTF-8''SK%20%22mutasi%22%202026.pdf");
    }
}
