package id.serasan.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.security.Role;
import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

/** The platform's JSON reading: strict types, no duplicate keys, and 400 problems that never name a Java type. */
class JsonProviderTest {
    /** A body like the modules' (a String, an int, a date, a set of enums, a nested list). */
    public record Body(String message, int hours, Integer count, boolean active, LocalDate day, Set<Role> roles,
                       List<Item> items) {
    }

    public record Item(String name, long amount) {
    }

    private final JsonProvider provider = new JsonProvider();

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object read(String json) throws Exception {
        return provider.readFrom((Class) Body.class, Body.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
                null, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private FieldError refused(String json) {
        ProblemException p = (ProblemException) org.assertj.core.api.Assertions.catchThrowable(() -> read(json));
        assertThat(p).as(json).isNotNull();
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.errors()).hasSize(1);
        String all = p.title() + " " + p.detail() + " " + p.errors();
        assertThat(all).as("no Java type in " + all).doesNotContain("java.", "`", "Body", "Role$", "HashSet", "Integer",
                "LocalDate", "id.serasan");
        return p.errors().get(0);
    }

    @Test
    void aWellTypedBodyIsRead() throws Exception {
        Body b = (Body) read("{\"message\":\"Salam\",\"hours\":8,\"count\":null,\"active\":true,\"day\":\"2026-11-28\","
                + "\"roles\":[\"ADMIN\"],\"items\":[{\"name\":\"a\",\"amount\":5}]}");
        assertThat(b.hours()).isEqualTo(8);
        assertThat(b.roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void scalarsAreNeverCoerced() {
        assertThat(refused("{\"message\":5,\"hours\":1,\"active\":true}"))
                .isEqualTo(new FieldError("message", "harus teks (string JSON) / must be text (a JSON string)"));
        assertThat(refused("{\"message\":true,\"hours\":1,\"active\":true}").field()).isEqualTo("message");
        assertThat(refused("{\"hours\":1.5,\"active\":true}"))
                .isEqualTo(new FieldError("hours", "harus bilangan bulat / must be a whole number"));
        assertThat(refused("{\"hours\":\"8\",\"active\":true}").message()).contains("whole number");
        assertThat(refused("{\"hours\":1,\"count\":\"2\",\"active\":true}").field()).isEqualTo("count");
        assertThat(refused("{\"hours\":1,\"active\":\"true\"}").message()).isEqualTo("harus true atau false / must be true or false");
        assertThat(refused("{\"hours\":1,\"active\":1}").field()).isEqualTo("active");
        assertThat(refused("{\"hours\":null,\"active\":true}").message()).startsWith("wajib diisi").contains("whole number");
        assertThat(refused("{\"hours\":99999999999,\"active\":true}").message()).contains("2147483647");
        assertThat(refused("{\"hours\":1,\"active\":true,\"items\":[{\"name\":7,\"amount\":1}]}").field())
                .isEqualTo("items[0].name");
    }

    @Test
    void datesEnumsAndListsSayWhatIsExpectedInPlainWords() {
        assertThat(refused("{\"hours\":1,\"active\":true,\"day\":\"2026-13-45\"}"))
                .isEqualTo(new FieldError("day", "harus tanggal ISO-8601, mis. \"2026-11-28\" / must be an ISO-8601 date such as \"2026-11-28\""));
        assertThat(refused("{\"hours\":1,\"active\":true,\"day\":20261128}").field()).isEqualTo("day");
        assertThat(refused("{\"hours\":1,\"active\":true,\"roles\":\"ADMIN\"}"))
                .isEqualTo(new FieldError("roles", "harus daftar (array JSON) / must be a list (JSON array)"));
        assertThat(refused("{\"hours\":1,\"active\":true,\"roles\":[\"RAJA\"]}").message())
                .contains("one of ADMIN, HR_OPERATOR, UNIT_OPERATOR, SUPERVISOR, EMPLOYEE");
        assertThat(refused("[1]")).isEqualTo(new FieldError("$", "harus objek JSON / must be a JSON object"));
    }

    @Test
    void duplicateKeysAreRefusedAtAnyDepth() {
        assertThat(refused("{\"message\":\"a\",\"message\":\"b\",\"hours\":1,\"active\":true}"))
                .isEqualTo(new FieldError("message", "muncul lebih dari sekali / appears more than once"));
        assertThat(refused("{\"hours\":1,\"active\":true,\"items\":[{\"name\":\"a\",\"name\":\"b\",\"amount\":1}]}").field())
                .isEqualTo("items[0].name");
    }

    @Test
    void unknownFieldsAndMalformedJsonStay400() {
        assertThat(refused("{\"hours\":1,\"active\":true,\"usernam\":\"x\"}"))
                .isEqualTo(new FieldError("usernam", "tidak dikenal / unknown field"));
        assertThatThrownBy(() -> read("{\"hours\": ")).isInstanceOfSatisfying(ProblemException.class,
                p -> assertThat(p.type()).isEqualTo("malformed-json"));
        assertThat(JsonProvider.pointerToPath("/a/0/b~1c")).isEqualTo("a[0].b/c");
    }
}
