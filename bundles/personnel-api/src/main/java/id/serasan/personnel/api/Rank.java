package id.serasan.personnel.api;

/**
 * The 17 ranks of a PNS: golongan/ruang with their pangkat, in ascending order ({@link #ordinal()} is the order
 * used by the DUK).
 */
public enum Rank {
    I_A("I/a", "Juru Muda"),
    I_B("I/b", "Juru Muda Tingkat I"),
    I_C("I/c", "Juru"),
    I_D("I/d", "Juru Tingkat I"),
    II_A("II/a", "Pengatur Muda"),
    II_B("II/b", "Pengatur Muda Tingkat I"),
    II_C("II/c", "Pengatur"),
    II_D("II/d", "Pengatur Tingkat I"),
    III_A("III/a", "Penata Muda"),
    III_B("III/b", "Penata Muda Tingkat I"),
    III_C("III/c", "Penata"),
    III_D("III/d", "Penata Tingkat I"),
    IV_A("IV/a", "Pembina"),
    IV_B("IV/b", "Pembina Tingkat I"),
    IV_C("IV/c", "Pembina Utama Muda"),
    IV_D("IV/d", "Pembina Utama Madya"),
    IV_E("IV/e", "Pembina Utama");

    private final String code;
    private final String pangkat;

    Rank(String code, String pangkat) {
        this.code = code;
        this.pangkat = pangkat;
    }

    /** The golongan/ruang as written, e.g. {@code III/a}. */
    public String code() {
        return code;
    }

    /** The pangkat, e.g. {@code Penata Muda}. */
    public String pangkat() {
        return pangkat;
    }

    /** The golongan without the ruang: {@code I}, {@code II}, {@code III} or {@code IV}. */
    public String golongan() {
        return code.substring(0, code.indexOf('/'));
    }

    /** The next rank, or null at IV/e. */
    public Rank next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }

    /** The rank written as {@code III/a} (case-insensitive, spaces ignored) or {@code III_A}; null if none. */
    public static Rank parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replace(" ", "").trim();
        for (Rank r : values()) {
            if (r.code.equalsIgnoreCase(t) || r.name().equalsIgnoreCase(t)) {
                return r;
            }
        }
        return null;
    }
}
