/** The guestbook's public types: what other bundles may use. */
@Export
@Version("1.0.0")
package id.serasan.example.guestbook.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
