package id.serasan.platform.internal.model;

import java.lang.reflect.Method;
import java.util.List;

/**
 * One resource method reachable under a module's base path.
 *
 * @param httpMethod {@code GET}, {@code POST}, ...
 * @param path       the path template below the module's base path, without leading slash ("" for the root)
 * @param access     who may call it
 * @param method     the Java method that serves it
 * @param chain      the sub-resource locators leading to it, outermost first (empty for root methods)
 */
public record Endpoint(String httpMethod, String path, Access access, Method method, List<Method> chain) {
    public Endpoint {
        chain = List.copyOf(chain);
    }
}
