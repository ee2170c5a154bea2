/**
 * Web pages contributed by modules. A module registers {@link id.serasan.platform.api.page.Page} services; the
 * platform's one page entry point serves them under {@code /…} inside the shared layout (navigation, language and
 * display switches, footer), with the security headers, CSRF protection of forms and the HTML error pages. A page
 * answers a {@link id.serasan.platform.api.page.PageRequest} with a
 * {@link id.serasan.platform.api.page.PageResult}: a FreeMarker view from the module's own bundle, a redirect, a
 * download or a problem. See docs/extension-spi.md.
 */
@Export
@Version("1.1.0")
package id.serasan.platform.api.page;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
