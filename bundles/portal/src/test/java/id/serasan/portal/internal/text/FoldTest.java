package id.serasan.portal.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoldTest {
    @Test
    void caseAccentsAndPunctuationFoldAway() {
        assertThat(Fold.fold("Kenaikan-Pangkat (Reguler)!")).isEqualTo("kenaikan pangkat reguler");
        assertThat(Fold.fold("  KGB/Gaji   Berkala. ")).isEqualTo("kgb gaji berkala");
        assertThat(Fold.fold("Café Déjà")).isEqualTo("cafe deja");
        assertThat(Fold.fold("Jum'at, Jum’at")).isEqualTo("jumat jumat");
        assertThat(Fold.fold(null)).isEmpty();
        assertThat(Fold.fold("!!!")).isEmpty();
        assertThat(Fold.fold("PP 11/2017")).isEqualTo("pp 11 2017");
    }

    @Test
    void theIndexHasASpaceBeforeEveryWordAndSkipsEmptyParts() {
        assertThat(Fold.index("Cuti Tahunan", null, "", "SK-nya")).isEqualTo(" cuti tahunan sk nya ");
        assertThat(Fold.index()).isEqualTo(" ");
    }

    @Test
    void queryWordsAreDistinctFoldedAndBounded() {
        assertThat(Fold.words("Cuti, CUTI tahunan")).containsExactly("cuti", "tahunan");
        assertThat(Fold.words("a b c d e f g h i j")).hasSize(Fold.MAX_WORDS).startsWith("a").endsWith("h");
        assertThat(Fold.words("  ")).isEmpty();
        assertThat(Fold.words(null)).isEmpty();
    }

    @Test
    void everyWordMustStartAWordOfTheText() {
        String idx = Fold.index("Formulir permintaan cuti", "Unduhan");
        assertThat(Fold.matches(idx, List.of("form", "cut"))).isTrue();
        assertThat(Fold.matches(idx, List.of("formulir"))).isTrue();
        assertThat(Fold.matches(idx, List.of("mulir"))).as("inside a word is not a prefix").isFalse();
        assertThat(Fold.matches(idx, List.of("cuti", "pensiun"))).as("all words").isFalse();
        assertThat(Fold.matches(idx, List.of())).as("no words match nothing").isFalse();
    }

    @Test
    void likePatternsEscapeTheirWildcards() {
        assertThat(Fold.likePrefix("cuti")).isEqualTo("% cuti%");
        assertThat(Fold.likePrefix("50%_a\\b")).isEqualTo("% 50\\%\\_a\\\\b%");
    }
}
