/**
 * The audit trail: every mutation, by whom, when, on what, before and after. 2.0: the states are objects the platform
 * serialises; the text variants of {@code record} are gone.
 */
@Export
@Version("2.0.0")
package id.serasan.platform.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
