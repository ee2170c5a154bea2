package id.serasan.platform.internal.openapi;

import id.serasan.platform.internal.model.Access;
import id.serasan.platform.internal.model.Endpoint;
import id.serasan.platform.internal.model.PathTemplate;
import id.serasan.platform.internal.model.ResourceModel;
import id.serasan.platform.internal.modules.ModuleRegistry;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Builds the OpenAPI 3.0 description from the platform's own endpoints (handed in by the caller, so this package
 * does not know the router) and those of the modules serving now, so it lists exactly what is installed. Who may
 * call an operation is given as {@code x-serasan-access}.
 */
@Component(service = OpenApiGenerator.class)
public class OpenApiGenerator {
    private final ModuleRegistry modules;
    private final String version;

    @Activate
    public OpenApiGenerator(@Reference ModuleRegistry modules, org.osgi.framework.BundleContext context) {
        this.modules = modules;
        this.version = context.getBundle().getVersion().toString();
    }

    /**
     * The description of {@code platform} (the endpoints served directly under {@code /api}) and of every module
     * serving now under {@code /api/v1/<module>}.
     */
    public Map<String, Object> generate(ResourceModel platform) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "Serasan API", "version", version,
                "description", "API platform Serasan BKPSDM Kabupaten Muara Enim / API of the Serasan platform. "
                        + "Errors are RFC 9457 application/problem+json."));
        doc.put("servers", List.of(Map.of("url", "/")));
        Map<String, Object> paths = new TreeMap<>();
        Map<String, Object> schemas = new TreeMap<>();
        addEndpoints(paths, schemas, "", "platform", platform);
        for (ModuleRegistry.Registered r : modules.serving()) {
            addEndpoints(paths, schemas, "/v1/" + r.name(), r.name(), r.model());
        }
        doc.put("paths", paths);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("securitySchemes", Map.of(
                "bearer", Map.of("type", "http", "scheme", "bearer"),
                "session", Map.of("type", "apiKey", "in", "cookie", "name", "SERASAN_SESSION")));
        components.put("schemas", schemas);
        schemas.put("Problem", Map.of("type", "object", "properties", Map.of(
                "type", Map.of("type", "string"), "title", Map.of("type", "string"), "status", Map.of("type", "integer"),
                "detail", Map.of("type", "string"), "correlationId", Map.of("type", "string"),
                "errors", Map.of("type", "array", "items", Map.of("type", "object", "properties",
                        Map.of("field", Map.of("type", "string"), "message", Map.of("type", "string")))))));
        doc.put("components", components);
        return doc;
    }

    @SuppressWarnings("unchecked")
    private void addEndpoints(Map<String, Object> paths, Map<String, Object> schemas, String base, String tag,
                              ResourceModel model) {
        for (Endpoint e : model.endpoints()) {
            PathTemplate t = new PathTemplate(e.path());
            String path = "/api" + base + (t.plain().isEmpty() ? "" : "/" + t.plain());
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(path, k -> new TreeMap<>());
            item.put(e.httpMethod().toLowerCase(java.util.Locale.ROOT), operation(e, tag, schemas));
        }
    }

    private Map<String, Object> operation(Endpoint e, String tag, Map<String, Object> schemas) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("tags", List.of(tag));
        op.put("operationId", tag + "_" + e.method().getName() + "_" + e.httpMethod().toLowerCase(java.util.Locale.ROOT));
        List<Map<String, Object>> params = new ArrayList<>();
        List<Method> all = new ArrayList<>(e.chain());
        all.add(e.method());
        Set<String> seen = new java.util.HashSet<>();
        Type body = null;
        for (Method m : all) {
            for (Parameter p : m.getParameters()) {
                PathParam pp = p.getAnnotation(PathParam.class);
                QueryParam qp = p.getAnnotation(QueryParam.class);
                HeaderParam hp = p.getAnnotation(HeaderParam.class);
                if (pp != null && seen.add("path:" + pp.value())) {
                    params.add(Map.of("name", pp.value(), "in", "path", "required", true, "schema", schema(p.getParameterizedType(), schemas)));
                } else if (qp != null && seen.add("query:" + qp.value())) {
                    params.add(Map.of("name", qp.value(), "in", "query", "required", false, "schema", schema(p.getParameterizedType(), schemas)));
                } else if (hp != null && seen.add("header:" + hp.value())) {
                    params.add(Map.of("name", hp.value(), "in", "header", "required", false, "schema", Map.of("type", "string")));
                } else if (m == e.method() && !hasParamAnnotation(p)) {
                    body = p.getParameterizedType();
                }
            }
        }
        for (String v : new PathTemplate(e.path()).variableNames()) {
            if (seen.add("path:" + v)) {
                params.add(Map.of("name", v, "in", "path", "required", true, "schema", Map.of("type", "string")));
            }
        }
        if (!params.isEmpty()) {
            op.put("parameters", params);
        }
        if (body != null) {
            Consumes c = e.method().getAnnotation(Consumes.class);
            String mt = c == null || c.value().length == 0 ? "application/json" : c.value()[0];
            op.put("requestBody", Map.of("required", true, "content", Map.of(mt, Map.of("schema", schema(body, schemas)))));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        Type ret = e.method().getGenericReturnType();
        if (ret == void.class) {
            responses.put("204", Map.of("description", "Berhasil / Done"));
        } else if (ret == javax.ws.rs.core.Response.class) {
            responses.put("default", Map.of("description", "Lihat dokumentasi modul / See the module's documentation"));
        } else {
            responses.put("200", Map.of("description", "OK", "content",
                    Map.of("application/json", Map.of("schema", schema(ret, schemas)))));
        }
        responses.put("4XX", Map.of("description", "Permintaan ditolak / Request refused", "content",
                Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")))));
        op.put("responses", responses);
        Access a = e.access();
        op.put("x-serasan-access", a.describe());
        if (a.kind() == Access.Kind.PUBLIC) {
            op.put("security", List.of());
        } else {
            op.put("security", List.of(Map.of("bearer", List.of()), Map.of("session", List.of())));
        }
        return op;
    }

    private static boolean hasParamAnnotation(Parameter p) {
        for (Annotation a : p.getAnnotations()) {
            Class<?> t = a.annotationType();
            if (t == PathParam.class || t == QueryParam.class || t == HeaderParam.class || t == CookieParam.class
                    || t == FormParam.class || t == MatrixParam.class || t == BeanParam.class || t == Context.class) {
                return true;
            }
        }
        return false;
    }

    /** A JSON schema for a Java type; records become named component schemas. */
    Map<String, Object> schema(Type type, Map<String, Object> schemas) {
        if (type instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", schema(pt.getActualTypeArguments()[0], schemas));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object");
            }
            if (raw.isRecord()) {
                // a generic record such as Page<T>: inline with the type argument resolved
                Map<String, Object> props = new LinkedHashMap<>();
                for (RecordComponent rc : raw.getRecordComponents()) {
                    Type ct = rc.getGenericType();
                    if (ct instanceof ParameterizedType cpt && cpt.getActualTypeArguments()[0] instanceof java.lang.reflect.TypeVariable<?>
                            && Collection.class.isAssignableFrom((Class<?>) cpt.getRawType())) {
                        props.put(rc.getName(), Map.of("type", "array", "items", schema(pt.getActualTypeArguments()[0], schemas)));
                    } else {
                        props.put(rc.getName(), schema(ct, schemas));
                    }
                }
                return Map.of("type", "object", "properties", props);
            }
            return schema(raw, schemas);
        }
        if (!(type instanceof Class<?> c)) {
            return Map.of();
        }
        if (c == String.class || c == char.class) {
            return Map.of("type", "string");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            return Map.of("type", "integer", "format", "int32");
        }
        if (c == long.class || c == Long.class) {
            return Map.of("type", "integer", "format", "int64");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class
                || Number.class.isAssignableFrom(c)) {
            return Map.of("type", "number");
        }
        if (c == Instant.class || c == OffsetDateTime.class || c == LocalDateTime.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (c == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (c == LocalTime.class) {
            return Map.of("type", "string", "format", "time");
        }
        if (c.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object o : c.getEnumConstants()) {
                values.add(((Enum<?>) o).name());
            }
            return Map.of("type", "string", "enum", values);
        }
        if (c.isArray()) {
            return Map.of("type", "array", "items", schema(c.getComponentType(), schemas));
        }
        if (c.isRecord()) {
            String name = c.getSimpleName();
            if (!schemas.containsKey(name)) {
                schemas.put(name, Map.of()); // guard against recursion
                Map<String, Object> props = new LinkedHashMap<>();
                for (RecordComponent rc : c.getRecordComponents()) {
                    props.put(rc.getName(), schema(rc.getGenericType(), schemas));
                }
                schemas.put(name, Map.of("type", "object", "properties", props));
            }
            return Map.of("$ref", "#/components/schemas/" + name);
        }
        return Map.of("type", "object");
    }
}
