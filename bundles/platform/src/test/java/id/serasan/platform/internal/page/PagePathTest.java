package id.serasan.platform.internal.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Page paths: literal segments and one-segment variables; the platform's own prefixes stay the platform's. */
class PagePathTest {
    @Test
    void literalsAndVariablesMatchWholeSegments() {
        PagePath p = PagePath.of("/berita/{slug}");
        assertThat(p.match(List.of("berita", "pelantikan-2026"))).contains(Map.of("slug", "pelantikan-2026"));
        assertThat(p.match(List.of("berita"))).isEmpty();
        assertThat(p.match(List.of("berita", "a", "b"))).isEmpty();
        assertThat(p.match(List.of("beritax", "a"))).isEmpty();
        assertThat(p.literals()).isEqualTo(1);
        assertThat(PagePath.of("/berita/arsip").literals()).isEqualTo(2);
    }

    @Test
    void theHomePageIsTheEmptyPath() {
        PagePath home = PagePath.of("/");
        assertThat(home.match(PagePath.split("/"))).contains(Map.of());
        assertThat(home.match(PagePath.split(""))).contains(Map.of());
        assertThat(home.match(List.of("x"))).isEmpty();
        assertThat(home.literals()).isZero();
    }

    @Test
    void badTemplatesAndThePlatformsPrefixesAreRefused() {
        for (String bad : new String[] {null, "", "berita", "/berita/", "//x", "/Berita", "/a?b", "/a#b", "/{1x}",
                "/api", "/api/x", "/assets/x", "/tampilan", "/a b"}) {
            assertThatThrownBy(() -> PagePath.of(bad)).as(String.valueOf(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(PagePath.of("/apix").segments()).containsExactly("apix");
        assertThat(PagePath.of("/feed.xml").segments()).containsExactly("feed.xml");
    }

    @Test
    void splitIgnoresEmptySegments() {
        assertThat(PagePath.split("/a//b/")).containsExactly("a", "b");
    }
}
