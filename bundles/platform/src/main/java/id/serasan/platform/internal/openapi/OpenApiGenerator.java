package id.serasan.platform.internal.openapi;

import id.serasan.platform.api.Page;
import id.serasan.platform.api.openapi.Field;
import id.serasan.platform.api.openapi.Returns;
import id.serasan.platform.api.openapi.Summary;
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
import javax.ws.rs.Produces;
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

    /** The schema builder behind {@link #describe}. */
    private OpenApiGenerator() {
        this.modules = null;
        this.version = null;
    }

    /**
     * The description of {@code platform} (the endpoints served directly under {@code /api}) and of every module
     * serving now under {@code /api/v1/<module>}.
     */
    public Map<String, Object> generate(ResourceModel platform) {
        Map<String, ResourceModel> serving = new LinkedHashMap<>();
        for (ModuleRegistry.Registered r : modules.serving()) {
            serving.put(r.name(), r.model());
        }
        return describe(version, platform, serving);
    }

    /** The description of {@code platform} and of {@code modules} (module name to its endpoints). */
    static Map<String, Object> describe(String version, ResourceModel platform, Map<String, ResourceModel> modules) {
        OpenApiGenerator g = new OpenApiGenerator();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", "Serasan API");
        info.put("version", version);
        info.put("description", "API platform Serasan BKPSDM Kabupaten Muara Enim / API of the Serasan platform. "
                + "Errors are RFC 9457 application/problem+json. Who may call an operation: x-serasan-access.");
        info.put("license", Map.of("name", "Apache-2.0", "url", "https://www.apache.org/licenses/LICENSE-2.0"));
        doc.put("info", info);
        doc.put("servers", List.of(Map.of("url", "/")));
        Map<String, Object> paths = new TreeMap<>();
        Map<String, Object> schemas = new TreeMap<>();
        g.addEndpoints(paths, schemas, "", "platform", platform);
        modules.forEach((name, model) -> g.addEndpoints(paths, schemas, "/v1/" + name, name, model));
        doc.put("paths", paths);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("securitySchemes", Map.of(
                "bearer", Map.of("type", "http", "scheme", "bearer"),
                "session", Map.of("type", "apiKey", "in", "cookie", "name", "SERASAN_SESSION")));
        schemas.put("Problem", problemSchema());
        components.put("schemas", referenced(paths, schemas));
        doc.put("components", components);
        return doc;
    }

    /**
     * The component schemas the paths reach, directly or through other components: a record that is only ever
     * nullable is inlined everywhere, so its named schema would stand unused.
     */
    static Map<String, Object> referenced(Map<String, Object> paths, Map<String, Object> schemas) {
        Set<String> reached = new java.util.TreeSet<>();
        java.util.Deque<Object> todo = new java.util.ArrayDeque<>(List.of(paths));
        while (!todo.isEmpty()) {
            Object node = todo.pop();
            if (node instanceof Map<?, ?> m) {
                if (m.get("$ref") instanceof String ref && ref.startsWith("#/components/schemas/")) {
                    String name = ref.substring("#/components/schemas/".length());
                    if (reached.add(name) && schemas.containsKey(name)) {
                        todo.push(schemas.get(name));
                    }
                }
                m.values().forEach(todo::push);
            } else if (node instanceof List<?> l) {
                l.forEach(todo::push);
            }
        }
        Map<String, Object> out = new TreeMap<>(schemas);
        out.keySet().retainAll(reached);
        return out;
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
        Summary summary = e.method().getAnnotation(Summary.class);
        if (summary != null) {
            op.put("summary", summary.value());
            if (!summary.description().isEmpty()) {
                op.put("description", summary.description());
            }
        }
        StringBuilder id = new StringBuilder(tag);
        for (Method locator : e.chain()) {
            id.append('_').append(locator.getName());
        }
        op.put("operationId", id.append('_').append(e.method().getName()).append('_')
                .append(e.httpMethod().toLowerCase(java.util.Locale.ROOT)).toString());
        List<Map<String, Object>> params = new ArrayList<>();
        List<Method> all = new ArrayList<>(e.chain());
        all.add(e.method());
        Set<String> seen = new java.util.HashSet<>();
        Type body = null;
        for (Method m : all) {
            for (Parameter p : m.getParameters()) {
                if (p.getAnnotation(BeanParam.class) != null) {
                    for (java.lang.reflect.Field f : p.getType().getFields()) {
                        parameter(f, f.getGenericType(), params, seen, schemas);
                    }
                } else if (!parameter(p, p.getParameterizedType(), params, seen, schemas)
                        && m == e.method() && !hasParamAnnotation(p)) {
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
        Returns[] declared = e.method().getAnnotationsByType(Returns.class);
        if (declared.length > 0) {
            for (Returns r : declared) {
                responses.put(String.valueOf(r.status()), response(r, schemas));
            }
        } else if (ret == void.class) {
            responses.put("204", Map.of("description", "Berhasil / Done"));
        } else if (ret == javax.ws.rs.core.Response.class) {
            // a Response without @Returns: its answers are not known here
            responses.put("default", Map.of("description", "Lihat dokumentasi modul / See the module's documentation"));
        } else {
            Produces produces = e.method().getAnnotation(Produces.class);
            String mt = produces == null || produces.value().length == 0 ? "application/json" : produces.value()[0];
            responses.put("200", Map.of("description", "OK", "content", Map.of(mt, Map.of("schema",
                    mt.contains("json") ? schema(ret, schemas) : Map.of("type", "string", "format", "binary")))));
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

    /**
     * Adds the path, query or header parameter {@code element} declares (a method parameter, or a public field of a
     * {@code @BeanParam} class), once per name; false when it declares none of them.
     */
    private boolean parameter(java.lang.reflect.AnnotatedElement element, Type type, List<Map<String, Object>> params,
                              Set<String> seen, Map<String, Object> schemas) {
        PathParam pp = element.getAnnotation(PathParam.class);
        QueryParam qp = element.getAnnotation(QueryParam.class);
        HeaderParam hp = element.getAnnotation(HeaderParam.class);
        Field field = element.getAnnotation(Field.class);
        if (pp != null) {
            if (seen.add("path:" + pp.value())) {
                params.add(Map.of("name", pp.value(), "in", "path", "required", true, "schema",
                        constrained(schema(type, schemas), field)));
            }
            return true;
        }
        if (qp != null) {
            if (seen.add("query:" + qp.value())) {
                params.add(Map.of("name", qp.value(), "in", "query", "required", field != null && field.required(),
                        "schema", constrained(queryDefaults(qp.value(), schema(type, schemas)), field)));
            }
            return true;
        }
        if (hp != null) {
            if (seen.add("header:" + hp.value())) {
                params.add(Map.of("name", hp.value(), "in", "header", "required", false, "schema",
                        Map.of("type", "string")));
            }
            return true;
        }
        return false;
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
                return recordSchema(raw, pt, schemas);
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
        if (c == java.time.YearMonth.class) {
            return Map.of("type", "string", "pattern", "^[0-9]{4}-[0-9]{2}$", "example", "2026-12");
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
                schemas.put(name, recordSchema(c, null, schemas));
            }
            return Map.of("$ref", "#/components/schemas/" + name);
        }
        return Map.of("type", "object");
    }

    /**
     * An object schema for a record: primitive components and those marked {@code @Field(required = true)} are
     * required; every other component may be absent or null ({@code nullable}). With {@code generic} the
     * record's collection components of a type variable take the actual type argument.
     */
    Map<String, Object> recordSchema(Class<?> c, ParameterizedType generic, Map<String, Object> schemas) {
        Map<String, Object> props = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent rc : c.getRecordComponents()) {
            Type ct = rc.getGenericType();
            Map<String, Object> prop;
            if (generic != null && ct instanceof ParameterizedType cpt
                    && cpt.getActualTypeArguments()[0] instanceof java.lang.reflect.TypeVariable<?>
                    && Collection.class.isAssignableFrom((Class<?>) cpt.getRawType())) {
                prop = Map.of("type", "array", "items", schema(generic.getActualTypeArguments()[0], schemas));
            } else {
                prop = schema(ct, schemas);
            }
            Field f = rc.getAnnotation(Field.class);
            boolean req = rc.getType().isPrimitive() || (f != null && f.required());
            prop = constrained(prop, f);
            if (req) {
                required.add(rc.getName());
            } else {
                prop = nullable(prop, schemas);
            }
            props.put(rc.getName(), prop);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "object");
        if (!required.isEmpty()) {
            out.put("required", required);
        }
        out.put("properties", props);
        return out;
    }

    /**
     * {@code schema} that also admits null. A reference to a finished component is inlined with {@code nullable}:
     * OpenAPI 3.0 ignores keywords beside {@code $ref}, and validators refuse null for the common
     * {@code nullable + allOf[$ref]} wrapper because the referenced schema itself does not admit null. Only a
     * reference to a component still being built (a record that contains itself) keeps that wrapper.
     */
    static Map<String, Object> nullable(Map<String, Object> schema, Map<String, Object> schemas) {
        if (schema.containsKey("$ref")) {
            String name = ((String) schema.get("$ref")).substring("#/components/schemas/".length());
            @SuppressWarnings("unchecked")
            Map<String, Object> target = (Map<String, Object>) schemas.get(name);
            if (target == null || target.isEmpty()) {
                return Map.of("nullable", true, "allOf", List.of(schema));
            }
            schema = target;
        }
        Map<String, Object> out = new LinkedHashMap<>(schema);
        out.put("nullable", true);
        return out;
    }

    /** {@code schema} with the limits of {@code f}. */
    static Map<String, Object> constrained(Map<String, Object> schema, Field f) {
        if (f == null) {
            return schema;
        }
        Map<String, Object> out = new LinkedHashMap<>(schema);
        if (f.maxLength() >= 0) {
            out.put("maxLength", f.maxLength());
        }
        if (f.minimum() != Long.MIN_VALUE) {
            out.put("minimum", f.minimum());
        }
        if (f.maximum() != Long.MAX_VALUE) {
            out.put("maximum", f.maximum());
        }
        if (!f.pattern().isEmpty()) {
            out.put("pattern", f.pattern());
        }
        if (!f.description().isEmpty()) {
            out.put("description", f.description());
        }
        return out;
    }

    /** The platform's paging parameters: {@code page} from 0, {@code size} 1..{@value Page#MAX_SIZE}. */
    static Map<String, Object> queryDefaults(String name, Map<String, Object> schema) {
        if (!"integer".equals(schema.get("type"))) {
            return schema;
        }
        Map<String, Object> out = new LinkedHashMap<>(schema);
        if (name.equals("page")) {
            out.put("minimum", 0);
        } else if (name.equals("size")) {
            out.put("minimum", 1);
            out.put("maximum", Page.MAX_SIZE);
        }
        return out;
    }

    private Map<String, Object> response(Returns r, Map<String, Object> schemas) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("description", r.description().isEmpty() ? statusText(r.status()) : r.description());
        if (r.location()) {
            out.put("headers", Map.of("Location", Map.of("description", "Alamat sumber yang dibuat / URL of the "
                    + "created resource", "schema", Map.of("type", "string", "format", "uri"))));
        }
        if (r.type() != Void.class) {
            Map<String, Object> body = r.mediaType().contains("json")
                    ? (r.array() ? Map.of("type", "array", "items", schema(r.type(), schemas)) : schema(r.type(), schemas))
                    : Map.of("type", "string", "format", "binary");
            out.put("content", Map.of(r.mediaType(), Map.of("schema", body)));
        }
        return out;
    }

    private static String statusText(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Dibuat / Created";
            case 202 -> "Diterima / Accepted";
            case 204 -> "Berhasil / Done";
            default -> String.valueOf(status);
        };
    }

    /** RFC 9457 problem details as the platform writes them. */
    static Map<String, Object> problemSchema() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", "object");
        error.put("required", List.of("field", "message"));
        error.put("properties", Map.of("field", Map.of("type", "string"), "message", Map.of("type", "string")));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("type", Map.of("type", "string"));
        props.put("title", Map.of("type", "string"));
        props.put("status", Map.of("type", "integer", "minimum", 400, "maximum", 599));
        props.put("detail", Map.of("type", "string", "nullable", true));
        props.put("instance", Map.of("type", "string", "nullable", true));
        props.put("correlationId", Map.of("type", "string", "nullable", true));
        props.put("errors", Map.of("type", "array", "nullable", true, "items", error));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "object");
        out.put("required", List.of("type", "title", "status"));
        out.put("properties", props);
        // RFC 9457 extension members (ProblemException#extensions, e.g. attendance's distanceMetres)
        out.put("additionalProperties", true);
        return out;
    }
}
