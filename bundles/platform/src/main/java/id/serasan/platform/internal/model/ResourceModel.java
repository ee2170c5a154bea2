package id.serasan.platform.internal.model;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;

/**
 * The endpoints of one module's REST root class, found by walking its JAX-RS annotations the way JAX-RS does:
 * resource methods (an HTTP method annotation, optionally a {@code @Path}) and sub-resource locators (a
 * {@code @Path} without HTTP method, followed through their declared return type).
 *
 * <p>The router uses it to decide access before JAX-RS dispatches: every endpoint a request path could reach must
 * allow the caller, so a difference between this matcher and CXF's can only refuse, never admit.
 */
public final class ResourceModel {
    private static final int MAX_DEPTH = 8;

    private final List<Endpoint> endpoints;
    private final List<Compiled> compiled;

    private record Compiled(Endpoint endpoint, PathTemplate template) {
    }

    private ResourceModel(List<Endpoint> endpoints) {
        this.endpoints = List.copyOf(endpoints);
        this.compiled = endpoints.stream().map(e -> new Compiled(e, new PathTemplate(e.path()))).toList();
    }

    public static ResourceModel of(Class<?> rootClass) {
        List<Endpoint> out = new ArrayList<>();
        scan(rootClass, "", List.of(), out, 0);
        out.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::httpMethod));
        return new ResourceModel(out);
    }

    private static void scan(Class<?> type, String prefix, List<Method> chain, List<Endpoint> out, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Method m : publicMethods(type)) {
            Path p = m.getAnnotation(Path.class);
            String http = httpMethod(m);
            String path = PathTemplate.join(prefix, p == null ? "" : p.value());
            if (http != null) {
                out.add(new Endpoint(http, path, Access.of(m, type), m, chain));
            } else if (p != null) {
                List<Method> next = new ArrayList<>(chain);
                next.add(m);
                scan(m.getReturnType(), path, next, out, depth + 1);
            }
        }
    }

    private static List<Method> publicMethods(Class<?> type) {
        List<Method> ms = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.getDeclaringClass() != Object.class && !Modifier.isStatic(m.getModifiers()) && !m.isBridge()) {
                ms.add(m);
            }
        }
        ms.sort(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount));
        return ms;
    }

    static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod hm = a.annotationType().getAnnotation(HttpMethod.class);
            if (hm != null) {
                return hm.value().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    public List<Endpoint> endpoints() {
        return endpoints;
    }

    /** Endpoints whose path template matches {@code path}, with any HTTP method. */
    public List<Endpoint> matchingPath(String path) {
        List<Endpoint> out = new ArrayList<>();
        for (Compiled c : compiled) {
            if (c.template().matches(path)) {
                out.add(c.endpoint());
            }
        }
        return out;
    }

    /**
     * Endpoints that may serve {@code httpMethod} on {@code path}: those with the method (HEAD also counts GET
     * endpoints). OPTIONS is answered by JAX-RS itself without invoking a method unless one is declared.
     */
    public static List<Endpoint> forMethod(List<Endpoint> pathMatches, String httpMethod) {
        String m = httpMethod.toUpperCase(Locale.ROOT);
        List<Endpoint> out = new ArrayList<>();
        for (Endpoint e : pathMatches) {
            if (e.httpMethod().equals(m) || ("HEAD".equals(m) && "GET".equals(e.httpMethod()))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The HTTP methods allowed on a path, for a 405 answer's Allow header. */
    public static Set<String> allowed(List<Endpoint> pathMatches) {
        return pathMatches.stream().map(Endpoint::httpMethod).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Endpoints that refuse everyone because they declare no access rule. */
    public List<Endpoint> undeclared() {
        return Collections.unmodifiableList(endpoints.stream().filter(e -> e.access().kind() == Access.Kind.UNDECLARED).toList());
    }
}
