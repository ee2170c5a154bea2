package id.serasan.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {
    @Test
    void everyAnswerForbidsFramingSniffingReferrersAndLoadingAnything() {
        assertThat(SecurityFilter.securityHeaders(false))
                .containsEntry("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Referrer-Policy", "no-referrer")
                .doesNotContainKey("Strict-Transport-Security");
    }

    @Test
    void hstsOnlyOverTlsOrAnHttpsPublicAddress() {
        assertThat(SecurityFilter.securityHeaders(true)).containsEntry("Strict-Transport-Security", "max-age=31536000");
    }
}
