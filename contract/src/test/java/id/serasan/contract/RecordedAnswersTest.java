package id.serasan.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every JSON answer the integration tests received is checked against the OpenAPI description its container served
 * at the time: status listed, body matching the schema (types, required, nullable, enums, limits). Recorded by the
 * integration tests' {@code ContractRecorder} into {@code itests/target/contract}.
 */
class RecordedAnswersTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static Path dir;
    static List<JsonNode> exchanges;
    static final Map<String, JsonNode> SPECS = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        dir = Paths.get(System.getProperty("serasan.contract.dir", "../itests/target/contract"));
        Path log = dir.resolve("exchanges.jsonl");
        assertThat(log).as("the integration tests record their answers (run the whole build)").exists();
        exchanges = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            exchanges.add(JSON.readTree(line));
        }
    }

    static JsonNode spec(String file) {
        return SPECS.computeIfAbsent(file, f -> {
            try {
                return JSON.readTree(dir.resolve(f).toFile());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The description's operation for a concrete path and method, or null. */
    static JsonNode operation(JsonNode spec, String method, String path) {
        JsonNode best = null;
        int bestLiterals = -1;
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (path.matches(e.getKey().replaceAll("\\{[^/}]+}", "[^/]+"))) {
                int literals = e.getKey().replaceAll("\\{[^/}]+}", "").length();
                if (literals > bestLiterals && e.getValue().has(method.toLowerCase())) {
                    best = e.getValue().get(method.toLowerCase());
                    bestLiterals = literals;
                }
            }
        }
        return best;
    }

    @Test
    void everyRecordedAnswerMatchesItsDescription() {
        Map<String, OpenApiInteractionValidator> validators = new HashMap<>();
        Map<String, List<String>> failures = new TreeMap<>();
        int checked = 0;
        for (JsonNode x : exchanges) {
            String method = x.get("method").asText();
            String path = x.get("path").asText();
            int status = x.get("status").asInt();
            JsonNode op = operation(spec(x.get("spec").asText()), method, path);
            if (op == null) {
                // answers to paths or methods the description does not have: only refusals are expected there
                if (status < 400) {
                    failures.computeIfAbsent("undescribed " + method + " " + path, k -> new ArrayList<>()).add(
                            status + " " + abbreviate(x.get("body").asText()));
                }
                continue;
            }
            OpenApiInteractionValidator v = validators.computeIfAbsent(x.get("spec").asText(), f ->
                    OpenApiInteractionValidator.createForInlineApiSpecification(spec(f).toString()).build());
            SimpleResponse.Builder r = SimpleResponse.Builder.status(status)
                    .withContentType(x.get("contentType").asText()).withBody(x.get("body").asText());
            if (x.has("location")) {
                r.withHeader("Location", x.get("location").asText());
            }
            ValidationReport report = v.validateResponse(path, Request.Method.valueOf(method), r.build());
            checked++;
            for (ValidationReport.Message m : report.getMessages()) {
                if (m.getLevel() == ValidationReport.Level.ERROR) {
                    failures.computeIfAbsent(method + " " + op.path("operationId").asText() + " " + status,
                            k -> new ArrayList<>()).add(m.getKey() + ": " + m.getMessage());
                }
            }
            if (status == 201 && !x.has("location") && op.path("responses").path("201").path("headers").has("Location")) {
                failures.computeIfAbsent(method + " " + path + " 201", k -> new ArrayList<>())
                        .add("the description promises a Location header; the answer has none");
            }
        }
        Map<String, String> shown = new LinkedHashMap<>();
        failures.forEach((k, v) -> shown.put(k, v.size() + "× " + v.get(0)));
        assertThat(shown).as("answers that do not match the OpenAPI description").isEmpty();
        assertThat(checked).as("answers checked").isGreaterThan(500);
    }

    @Test
    void everyOperationOfEveryDescriptionHasASummaryAndAnAccessRule() {
        List<String> missing = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("openapi-")).toList()) {
                JsonNode s = spec(f.getFileName().toString());
                s.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(o -> {
                    if (!o.getValue().hasNonNull("summary") || !o.getValue().hasNonNull("x-serasan-access")) {
                        missing.add(o.getKey().toUpperCase() + " " + p.getKey());
                    }
                }));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(missing.stream().distinct().sorted().toList()).isEmpty();
    }

    static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
