package id.serasan.portal.internal.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Indonesian-friendly matching for site search: case, accents and punctuation are folded away ("Kenaikan-Pangkat",
 * "kenaikan pangkat" and "KENAIKAN PANGKAT." are the same), and each word of a query matches a word of the text
 * that starts with it ("pangk" finds "pangkat", "SK" finds "SK-nya"). The folded text is stored with the item, with a
 * space before every word, so a prefix match is a plain {@code LIKE '% word%'} that every database runs.
 */
public final class Fold {
    /** At most this many words of a query are used. */
    public static final int MAX_WORDS = 8;

    private Fold() {
    }

    /** Lower case, no accents, every run of characters other than letters and digits one space, stripped. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder b = new StringBuilder(n.length());
        boolean space = true;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                b.appendCodePoint(Character.toLowerCase(cp));
                space = false;
            } else if (cp == '\'' || cp == '\u2019') {
                continue; // "Jum'at" is "jumat"
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        return b.toString().strip().toLowerCase(Locale.ROOT);
    }

    /** What is stored for matching: the folded text with a leading and a trailing space. */
    public static String index(String... parts) {
        StringBuilder b = new StringBuilder(" ");
        for (String p : parts) {
            String f = fold(p);
            if (!f.isEmpty()) {
                b.append(f).append(' ');
            }
        }
        return b.toString();
    }

    /** The distinct folded words of a query, at most {@link #MAX_WORDS}, in order. */
    public static List<String> words(String query) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : fold(query).split(" ")) {
            if (!w.isEmpty() && words.size() < MAX_WORDS) {
                words.add(w);
            }
        }
        return new ArrayList<>(words);
    }

    /** Whether every word of the query starts a word of {@code indexed} (an {@link #index} string). */
    public static boolean matches(String indexed, List<String> words) {
        for (String w : words) {
            if (!indexed.contains(" " + w)) {
                return false;
            }
        }
        return !words.isEmpty();
    }

    /** A {@code LIKE} pattern for one folded word: {@code % word%}, with the LIKE wildcards escaped by {@code \}. */
    public static String likePrefix(String word) {
        return "% " + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
