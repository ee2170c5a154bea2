package id.serasan.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageTest {
    @Test
    void theOffsetIsPageTimesSize() {
        assertThat(Page.offset(0, 20)).isZero();
        assertThat(Page.offset(3, 20)).isEqualTo(60);
        assertThat(Page.offset(Integer.MAX_VALUE / 200, 200)).isEqualTo(Integer.MAX_VALUE / 200 * 200);
    }

    /** page=10737419&size=200 overflowed into a negative offset (500 from JPA); now 400 naming the page. */
    @Test
    void anOffsetBeyondAnIntIs400OnThePage() {
        assertThatThrownBy(() -> Page.offset(10_737_419, 200)).isInstanceOfSatisfying(ProblemException.class, p -> {
            assertThat(p.status()).isEqualTo(400);
            assertThat(p.errors()).extracting(FieldError::field).containsExactly("page");
            assertThat(p.errors().get(0).message()).contains("10737418");
        });
    }

    @Test
    void sizesAndPagesAreClamped() {
        assertThat(Page.clampSize(null)).isEqualTo(Page.DEFAULT_SIZE);
        assertThat(Page.clampSize(5000)).isEqualTo(Page.MAX_SIZE);
        assertThat(Page.clampPage(-3)).isZero();
    }
}
