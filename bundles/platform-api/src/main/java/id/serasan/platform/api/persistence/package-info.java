/** Versioned schema migrations that each module ships for its own tables. */
@Export
@Version("1.2.0")
package id.serasan.platform.api.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
