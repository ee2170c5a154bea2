package id.serasan.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.security.Role;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.ext.ParamConverter;
import org.junit.jupiter.api.Test;

/** Bad query and path parameters are 400 naming the parameter, not 404. */
class ParamConvertersTest {
    private final ParamConverters provider = new ParamConverters();

    @SuppressWarnings("unused")
    void sample(@QueryParam("page") Integer page, @QueryParam("size") int size, @PathParam("id") long id,
                @QueryParam("role") Role role, @QueryParam("from") LocalDate from, @QueryParam("at") Instant at,
                @QueryParam("dryRun") Boolean dryRun, @QueryParam("q") String q) {
    }

    private static Annotation[] annotations(int index) throws Exception {
        Method m = ParamConvertersTest.class.getDeclaredMethod("sample", Integer.class, int.class, long.class, Role.class,
                LocalDate.class, Instant.class, Boolean.class, String.class);
        return m.getParameterAnnotations()[index];
    }

    private <T> ParamConverter<T> converter(Class<T> type, int index) throws Exception {
        return provider.getConverter(type, type, annotations(index));
    }

    private static void refused(ParamConverter<?> c, String value, String field, String message) {
        assertThatThrownBy(() -> c.fromString(value)).as(value).isInstanceOfSatisfying(ProblemException.class, p -> {
            assertThat(p.status()).isEqualTo(400);
            assertThat(p.type()).isEqualTo("invalid-parameter");
            assertThat(p.errors()).singleElement().satisfies(e -> {
                assertThat(e.field()).isEqualTo(field);
                assertThat(e.message()).contains(message).doesNotContain("java.", "Integer", "NumberFormat");
            });
        });
    }

    @Test
    void wholeNumbersOutsideTheirRangeOrNotNumbersAre400() throws Exception {
        assertThat(converter(Integer.class, 0).fromString("3")).isEqualTo(3);
        refused(converter(Integer.class, 0), "abc", "page", "whole number from -2147483648 to 2147483647");
        refused(converter(Integer.class, 0), "99999999999", "page", "whole number");
        refused(converter(int.class, 1), "1.5", "size", "whole number");
        assertThat(converter(long.class, 2).fromString("42")).isEqualTo(42L);
        refused(converter(long.class, 2), "99999999999999999999", "id", "whole number");
    }

    @Test
    void enumsDatesInstantsAndBooleansAreStrict() throws Exception {
        assertThat(converter(Role.class, 3).fromString("ADMIN")).isEqualTo(Role.ADMIN);
        assertThat(converter(Role.class, 3).fromString(" hr_operator ")).as("any letter case").isEqualTo(Role.HR_OPERATOR);
        refused(converter(Role.class, 3), "RAJA", "role", "one of ADMIN, HR_OPERATOR");
        assertThat(converter(LocalDate.class, 4).fromString("2026-11-28")).isEqualTo(LocalDate.of(2026, 11, 28));
        refused(converter(LocalDate.class, 4), "28-11-2026", "from", "ISO-8601 date such as 2026-11-28");
        refused(converter(Instant.class, 5), "kemarin", "at", "ISO-8601 instant");
        assertThat(converter(Boolean.class, 6).fromString("true")).isTrue();
        refused(converter(Boolean.class, 6), "ya", "dryRun", "true or false");
        assertThat(converter(LocalDate.class, 4).toString(LocalDate.of(2026, 1, 2))).isEqualTo("2026-01-02");
    }

    @Test
    void textIsLeftToJaxRs() throws Exception {
        assertThat(converter(String.class, 7)).isNull();
    }
}
