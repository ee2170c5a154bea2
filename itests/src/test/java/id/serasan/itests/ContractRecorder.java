package id.serasan.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records the integration tests' JSON answers beside the OpenAPI description the container served at the time, so
 * that the {@code contract} module can validate every answer against the description (and lint it). Written to the
 * folder named by the system property {@code serasan.contract.dir}; nothing is recorded without it.
 *
 * <p>The description changes as modules come and go, so it is fetched again whenever an answer's path is not in the
 * one held; each recorded answer names the description file it belongs to.
 */
final class ContractRecorder {
    private static final int MAX_BODY = 2 * 1024 * 1024;
    private static final Map<String, Spec> SPECS = new ConcurrentHashMap<>();
    private static final AtomicInteger FILES = new AtomicInteger();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Spec(String file, JsonNode paths) {
    }

    private ContractRecorder() {
    }

    static void record(String base, HttpRequest request, HttpResponse<String> response) {
        String dir = System.getProperty("serasan.contract.dir");
        String path = request.uri().getRawPath();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (dir == null || !path.startsWith("/api/") || path.equals("/api/openapi.json") || !type.contains("json")
                || response.body() == null || response.body().length() > MAX_BODY) {
            return;
        }
        try {
            Spec spec = SPECS.get(base);
            if (spec == null || !known(spec.paths(), path)) {
                spec = fetch(base, Paths.get(dir));
                if (spec == null) {
                    return;
                }
                SPECS.put(base, spec);
            }
            ObjectNode line = Http.JSON.createObjectNode();
            line.put("spec", spec.file());
            line.put("method", request.method());
            line.put("path", path);
            line.put("query", request.uri().getRawQuery());
            line.put("status", response.statusCode());
            line.put("contentType", type);
            response.headers().firstValue("Location").ifPresent(l -> line.put("location", l));
            line.put("body", response.body());
            synchronized (ContractRecorder.class) {
                Files.writeString(Paths.get(dir).resolve("exchanges.jsonl"), line + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("contract recording failed: " + e, e);
        }
    }

    /** Whether {@code path} matches a path template of the description. */
    static boolean known(JsonNode paths, String path) {
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            if (path.matches(it.next().replaceAll("\\{[^/}]+}", "[^/]+"))) {
                return true;
            }
        }
        return false;
    }

    private static Spec fetch(String base, Path dir) throws IOException {
        try {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/openapi.json"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return null;
            }
            Files.createDirectories(dir);
            String file = "openapi-" + ProcessHandle.current().pid() + "-" + FILES.incrementAndGet() + ".json";
            Files.writeString(dir.resolve(file), r.body(), StandardCharsets.UTF_8);
            return new Spec(file, Http.JSON.readTree(r.body()).path("paths"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
