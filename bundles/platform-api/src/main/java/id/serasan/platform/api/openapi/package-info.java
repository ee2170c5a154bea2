/**
 * What a module adds to the generated OpenAPI description beyond what JAX-RS annotations and Java types say: a
 * summary per operation, the answers of methods that return a {@code Response}, and field constraints. The platform
 * reads them at runtime ({@code /api/openapi.json}); the build lints the result with Redocly and validates the
 * integration tests' responses against it, so a wrong annotation fails the build.
 */
@Export
@Version("1.1.0")
package id.serasan.platform.api.openapi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
