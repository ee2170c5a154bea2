/**
 * Core contracts shared by every Serasan module: the module router contract, the problem (error) model,
 * validation helpers and paging.
 */
@Export
@Version("1.1.0")
package id.serasan.platform.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
