package id.serasan.portal.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void aSlugIsTheFoldedTitleWithHyphens() {
        assertThat(Slugs.of("Bupati Lantik 42 Pejabat, Administrator!")).isEqualTo("bupati-lantik-42-pejabat-administrator");
        assertThat(Slugs.of("???")).isEqualTo("tanpa-judul");
    }

    @Test
    void longTitlesAreCutAtAWord() {
        String s = Slugs.of("kata ".repeat(30));
        assertThat(s.length()).isLessThanOrEqualTo(Slugs.MAX);
        assertThat(s).endsWith("kata").doesNotEndWith("-");
        assertThat(Slugs.of("x".repeat(100))).hasSize(Slugs.MAX);
        assertThat(Slugs.valid(Slugs.of("kata ".repeat(30)))).isTrue();
    }

    @Test
    void onlyWellFormedSlugsAreValid() {
        assertThat(Slugs.valid("kenaikan-pangkat-2026")).isTrue();
        assertThat(Slugs.valid("a")).isTrue();
        assertThat(Slugs.valid("Kenaikan")).isFalse();
        assertThat(Slugs.valid("-awal")).isFalse();
        assertThat(Slugs.valid("akhir-")).isFalse();
        assertThat(Slugs.valid("dua--hubung")).isFalse();
        assertThat(Slugs.valid("garis/miring")).isFalse();
        assertThat(Slugs.valid("")).isFalse();
        assertThat(Slugs.valid(null)).isFalse();
        assertThat(Slugs.valid("a".repeat(Slugs.MAX))).isTrue();
        assertThat(Slugs.valid("a".repeat(Slugs.MAX + 1))).isFalse();
    }
}
