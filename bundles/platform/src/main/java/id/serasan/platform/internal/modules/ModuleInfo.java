package id.serasan.platform.internal.modules;

import java.util.List;

/**
 * An installed Serasan module as listed by {@code GET /api/v1/platform/modules} and {@code serasan:module-list}.
 *
 * @param name      the module name (path segment under /api/v1/)
 * @param title     human-readable title, or the name
 * @param bundle    symbolic name of the bundle providing it
 * @param version   that bundle's version
 * @param state     the bundle's state: INSTALLED, RESOLVED, STARTING, ACTIVE, STOPPING
 * @param serving   whether its REST root is registered, i.e. its endpoints answer now
 * @param basePath  {@code /api/v1/<name>}
 * @param endpoints what it serves
 * @param problems  what is wrong with it (e.g. an endpoint without access declaration, refused to everyone)
 */
public record ModuleInfo(String name, String title, String bundle, String version, String state, boolean serving,
                         String basePath, List<EndpointInfo> endpoints, List<String> problems) {

    /** One endpoint: HTTP method, full path and who may call it. */
    public record EndpointInfo(String method, String path, String access) {
    }
}
