package id.serasan.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasan.platform.api.ProblemException;
import id.serasan.platform.internal.db.Database;
import java.sql.SQLException;
import java.util.Map;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {
    private final ProblemMapper mapper = new ProblemMapper();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Response r) {
        return (Map<String, Object>) r.getEntity();
    }

    @Test
    void anUnexpectedFaultIs500WithOnlyACorrelationId() {
        Response r = mapper.toResponse(new IllegalStateException("secret internals at line 42"));
        assertThat(r.getStatus()).isEqualTo(500);
        assertThat(r.getMediaType().toString()).isEqualTo("application/problem+json");
        Map<String, Object> b = body(r);
        assertThat(b).containsKeys("type", "title", "status", "detail", "correlationId");
        assertThat(b.toString()).doesNotContain("secret internals").doesNotContain("IllegalStateException");
        assertThat((String) b.get("detail")).contains((String) b.get("correlationId"));
    }

    @Test
    void anUnreachableDatabaseIs503() {
        Response r = mapper.toResponse(new Database.DatabaseException(new SQLException("down")));
        assertThat(r.getStatus()).isEqualTo(503);
        assertThat(body(r)).containsKey("correlationId");
        assertThat(r.getHeaderString("Retry-After")).isEqualTo("5");
    }

    @Test
    void aModulesLostConnectionIs503AndItsOtherSqlFaults500() {
        RuntimeException lost = new RuntimeException("wrapped", new SQLException("Connection refused", "08001"));
        assertThat(mapper.toResponse(lost).getStatus()).isEqualTo(503);
        RuntimeException transientLoss = new RuntimeException(new java.sql.SQLTransientConnectionException("pool"));
        assertThat(mapper.toResponse(transientLoss).getStatus()).isEqualTo(503);
        RuntimeException constraint = new RuntimeException(new SQLException("duplicate key", "23505"));
        assertThat(mapper.toResponse(constraint).getStatus()).isEqualTo(500);
    }

    @Test
    void problemsKeepTheirStatusAndJaxRsErrorsBecomeProblems() {
        Response p = mapper.toResponse(ProblemException.conflict("taken"));
        assertThat(p.getStatus()).isEqualTo(409);
        assertThat(body(p)).containsEntry("detail", "taken");
        Response nf = mapper.toResponse(new NotFoundException());
        assertThat(nf.getStatus()).isEqualTo(404);
        assertThat(nf.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(body(nf)).doesNotContainKey("correlationId");
    }

    /** A body read with the platform's mapper (by a module, or by CXF) that has a wrong type or a duplicate key. */
    public record Sample(String username, int hours, java.time.LocalDate day, java.util.Set<id.serasan.platform.api.security.Role> roles) {
    }

    @Test
    void jsonErrorsAre400ProblemsNamingTheFieldAndTheJsonTypeNeverAJavaType() {
        for (String json : new String[] {"{\"username\":5,\"hours\":1}", "{\"hours\":1.5}", "{\"hours\":\"1\"}",
                "{\"hours\":null}", "{\"hours\":1,\"day\":\"28-11-2026\"}", "{\"hours\":1,\"roles\":\"ADMIN\"}",
                "{\"hours\":1,\"hours\":2}"}) {
            Throwable e = org.assertj.core.api.Assertions.catchThrowable(
                    () -> id.serasan.platform.internal.json.Json.mapper().readValue(json, Sample.class));
            assertThat(e).as(json).isNotNull();
            Response r = mapper.toResponse(e);
            assertThat(r.getStatus()).as(json).isEqualTo(400);
            assertThat(r.getMediaType().toString()).isEqualTo("application/problem+json");
            Map<String, Object> b = body(r);
            assertThat(b).containsEntry("type", "urn:serasan:problem:invalid-json").containsKey("errors");
            assertThat(b.toString()).as(json).doesNotContain("java.", "`", "Sample", "HashSet", "Integer", "LocalDate",
                    "id.serasan");
        }
        Map<String, Object> b = body(mapper.toResponse(org.assertj.core.api.Assertions.catchThrowable(
                () -> id.serasan.platform.internal.json.Json.mapper().readValue("{\"username\":5}", Sample.class))));
        assertThat(b.get("errors").toString()).contains("username").contains("must be text (a JSON string)");
    }

    /** Jetty's refusal to read a malformed chunked body ("Parser is terminated") was a 500 with a stack trace. */
    @Test
    void anUnreadableRequestBodyIs400NotAServerFault() {
        IllegalStateException parser = new IllegalStateException("Parser is terminated: HttpParser{s=CLOSE,0 of -1}");
        parser.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.eclipse.jetty.server.HttpConnection", "fillAndParseForContent", "HttpConnection.java", 322)});
        Response r = mapper.toResponse(new RuntimeException("Fault", parser));
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(body(r)).containsEntry("type", "urn:serasan:problem:malformed-body").doesNotContainKey("correlationId");
        assertThat(mapper.toResponse(new IllegalStateException("ours")).getStatus()).as("our own faults stay 500").isEqualTo(500);
    }
}
