package id.serasan.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasan.platform.internal.model.Endpoint;
import id.serasan.platform.internal.model.ResourceModel;
import org.junit.jupiter.api.Test;

class ApiRouterTest {
    @Test
    void theRoutersOwnEndpointsAreHealthAndOpenApiOnly() {
        assertThat(ResourceModel.of(ApiRouter.class).endpoints()).extracting(Endpoint::path)
                .containsExactlyInAnyOrder("health", "openapi.json");
    }
}
