package id.serasan.platform.internal.page;

import static org.assertj.core.api.Assertions.assertThat;

import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** Static files: a content-hashed name cached for a year, the plain name briefly, anything else 404. */
class AssetsTest {
    private final Assets assets = new Assets(name -> AssetsTest.class.getResource("/assets/" + name));

    @Test
    void theHashedNameIsCachedForAYearAndThePlainNameBriefly() {
        String hashed = assets.hashed("serasan.css");
        assertThat(hashed).matches("serasan\\.[0-9a-f]{8}\\.css");
        Response r = assets.serve(hashed, null);
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getHeaderString("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(r.getMediaType().toString()).startsWith("text/css");
        Response plain = assets.serve("serasan.css", null);
        assertThat(plain.getHeaderString("Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(assets.serve("serasan.css", plain.getHeaderString("ETag")).getStatus()).isEqualTo(304);
    }

    @Test
    void wrongHashesUnknownFilesAndPathTricksAre404() {
        assertThat(assets.serve("serasan.00000000.css", null).getStatus()).isEqualTo(404);
        assertThat(assets.serve("tidak-ada.css", null).getStatus()).isEqualTo(404);
        assertThat(assets.serve("../templates/page/layout.ftlh", null).getStatus()).isEqualTo(404);
        assertThat(assets.serve("layout.ftlh", null).getStatus()).isEqualTo(404);
    }
}
