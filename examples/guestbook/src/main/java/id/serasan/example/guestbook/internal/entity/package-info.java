@Header(name = "Meta-Persistence", value = "META-INF/persistence.xml")
package id.serasan.example.guestbook.internal.entity;

import org.osgi.annotation.bundle.Header;
