package id.serasan.platform.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Marker for a module's REST root object.
 *
 * <p>A module does not register JAX-RS whiteboard resources. It registers its root object - a class with JAX-RS
 * method annotations but no class-level {@code @Path} - as an OSGi service of this type carrying the property
 * {@value #MODULE_PROPERTY}{@code =<name>}. The platform's single, never-changing whiteboard resource routes
 * {@code /api/v1/<name>/...} to it, so modules come and go without any other module's request failing, and the
 * platform's JSON, problem, authentication and authorization extensions apply to it.
 *
 * <pre>
 * &#64;Component(service = RestModule.class, property = RestModule.MODULE_PROPERTY + "=guestbook")
 * public class GuestbookRest implements RestModule {
 *     &#64;GET &#64;Path("entries") &#64;Public
 *     public Page&lt;Entry&gt; list(&#64;QueryParam("page") Integer page) { ... }
 * }
 * </pre>
 *
 * <p>Every resource method must declare who may call it ({@link id.serasan.platform.api.security.Public},
 * {@link id.serasan.platform.api.security.Authenticated} or
 * {@link id.serasan.platform.api.security.RolesAllowed}, on the method or its class); a method without a
 * declaration is refused to everyone and reported by the module registry. Nested paths use sub-resource
 * locators whose declared return type is the sub-resource class.
 */
@ConsumerType
public interface RestModule {
    /** Service property naming the module; its path segment under {@code /api/v1/}. */
    String MODULE_PROPERTY = "serasan.module";
    /** Optional service property: the module's human-readable title. */
    String TITLE_PROPERTY = "serasan.module.title";
    /** Manifest header marking a bundle as (part of) a Serasan module; value: the module name(s), comma-separated. */
    String MODULE_HEADER = "Serasan-Module";

    /** True when {@code name} is a valid module name: lower-case letters, digits and dashes, 1-40 long. */
    static boolean isValidName(String name) {
        return name != null && name.matches("[a-z][a-z0-9-]{0,39}");
    }
}
