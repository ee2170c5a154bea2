package id.serasan.portal.internal.text;

import java.util.regex.Pattern;

/** The readable last segment of an item's address: {@code /berita/pelantikan-pejabat-administrator-2026}. */
public final class Slugs {
    /** At most this long. */
    public static final int MAX = 80;
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {
    }

    /** A slug from a title: folded words joined with hyphens, cut at a word to {@link #MAX}. */
    public static String of(String title) {
        String s = Fold.fold(title).replace(' ', '-');
        if (s.length() > MAX) {
            int cut = s.lastIndexOf('-', MAX);
            s = cut > 0 ? s.substring(0, cut) : s.substring(0, MAX);
        }
        return s.isEmpty() ? "tanpa-judul" : s;
    }

    /** Whether {@code slug} is one we could have made: lower-case letters and digits in hyphen-separated words. */
    public static boolean valid(String slug) {
        return slug != null && slug.length() <= MAX && VALID.matcher(slug).matches();
    }
}
