/**
 * SIMPEG (personnel) public types: the NIP of a civil servant, rank (golongan/pangkat), gender and employment
 * type. The rules and their sources are in docs/domain.md (Perka BKN 22/2007 for the NIP).
 */
@Export
@Version("1.3.0")
package id.serasan.personnel.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
