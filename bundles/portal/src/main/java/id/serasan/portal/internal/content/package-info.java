/** The portal's content: JPA entities (private to the bundle), their repository and the content service. */
@Header(name = "Meta-Persistence", value = "META-INF/persistence.xml")
package id.serasan.portal.internal.content;

import org.osgi.annotation.bundle.Header;
