package id.serasan.platform.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasan.platform.api.PublicUrls;
import id.serasan.platform.internal.TestPlatform;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicUrlsServiceTest {
    private static PublicUrlsService urls(String base) {
        return new PublicUrlsService(TestPlatform.config(Map.of("publicBaseUrl", base)));
    }

    @Test
    void locationsAreBuiltFromTheConfiguredBaseOnly() {
        PublicUrlsService u = urls("https://serasan.muaraenimkab.go.id/");
        assertThat(u.api("platform", "users", "operator.unit"))
                .isEqualTo(URI.create("https://serasan.muaraenimkab.go.id/api/v1/platform/users/operator.unit"));
        assertThat(u.https()).isTrue();
        assertThat(urls("http://10.0.0.5:8181/serasan").api("guestbook", "entries", "42"))
                .isEqualTo(URI.create("http://10.0.0.5:8181/serasan/api/v1/guestbook/entries/42"));
        assertThat(new PublicUrlsService(TestPlatform.config(Map.of())).base())
                .as("default").isEqualTo(URI.create("http://localhost:8181"));
        assertThat(new PublicUrlsService(TestPlatform.config(Map.of())).https()).isFalse();
    }

    @Test
    void segmentsAreEncodedOneByOne() {
        assertThat(urls("https://x.go.id").api("personnel", "units", "A/B C", "..").toString())
                .isEqualTo("https://x.go.id/api/v1/personnel/units/A%2FB%20C/%2E%2E");
        assertThat(PublicUrls.encodeSegment("Siti Ã")).isEqualTo("Siti%20%C3%83");
    }

    @Test
    void aBaseThatIsNotAnAbsoluteHttpUrlIsRefusedAndTheOldOneKept() {
        URI fallback = URI.create("http://localhost:8181");
        for (String bad : new String[] {"serasan.go.id", "ftp://x.go.id", "https://x.go.id/?a=1", "https://u@x.go.id",
                "https://x.go.id/#f", "", "http://"}) {
            assertThat(PublicUrlsService.parse(bad, fallback)).as(bad).isEqualTo(fallback);
        }
    }
}
