package id.serasan.personnel.internal.rules;

import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.Rank;

/** Rank codes: the 17 PNS golongan ({@code III/a}) and the 17 PPPK grades (Roman numerals {@code I}-{@code XVII}). */
public final class RankCodes {
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
        "XIII", "XIV", "XV", "XVI", "XVII"};

    private RankCodes() {
    }

    /** The canonical code of {@code text} for this employment type, or null when it is not one. */
    public static String canonical(EmploymentType type, String text) {
        if (text == null || type == null) {
            return null;
        }
        if (type == EmploymentType.PPPK) {
            String t = text.trim().toUpperCase(java.util.Locale.ROOT);
            for (String r : ROMAN) {
                if (r.equals(t)) {
                    return r;
                }
            }
            return null;
        }
        Rank r = Rank.parse(text);
        return r == null ? null : r.code();
    }

    /** The order (1-17) of a canonical code. */
    public static int order(EmploymentType type, String code) {
        if (type == EmploymentType.PPPK) {
            for (int i = 0; i < ROMAN.length; i++) {
                if (ROMAN[i].equals(code)) {
                    return i + 1;
                }
            }
            return 0;
        }
        Rank r = Rank.parse(code);
        return r == null ? 0 : r.ordinal() + 1;
    }

    public static String pangkat(EmploymentType type, String code) {
        if (type == EmploymentType.PPPK) {
            return null;
        }
        Rank r = Rank.parse(code);
        return r == null ? null : r.pangkat();
    }
}
