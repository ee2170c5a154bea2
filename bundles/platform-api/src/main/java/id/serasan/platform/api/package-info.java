/**
 * Core contracts shared by every Serasan module: the module router contract, the problem (error) model,
 * validation helpers, paging and the public address for links.
 *
 * <p>1.1: {@link id.serasan.platform.api.PublicUrls} (Location headers from the configured public base URL) and
 * {@link id.serasan.platform.api.Page#offset(int, int)}.
 */
@Export
@Version("1.2.0")
package id.serasan.platform.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
