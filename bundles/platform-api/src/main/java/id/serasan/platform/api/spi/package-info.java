/**
 * What modules and vendor add-ons contribute to the platform, each registered as an OSGi service and picked up
 * (and dropped) live: navigation, dashboard widgets, open-data datasets and reports.
 * See docs/extension-spi.md for an example.
 */
@Export
@Version("2.0.0")
package id.serasan.platform.api.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
