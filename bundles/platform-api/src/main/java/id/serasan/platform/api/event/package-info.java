/** The event topic convention for OSGi EventAdmin. */
@Export
@Version("1.0.0")
package id.serasan.platform.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
