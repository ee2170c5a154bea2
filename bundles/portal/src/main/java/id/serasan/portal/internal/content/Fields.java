package id.serasan.portal.internal.content;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The extra fields each kind of item carries, with their labels. */
public final class Fields {
    /** The service standard (standar pelayanan, PermenPANRB 15/2014), in the order it is shown. */
    public static final List<String> SERVICE = List.of("requirements", "procedure", "timeLimit", "fee", "product",
            "complaints", "legalBasis");
    /** A download: its document number (e.g. a regulation's) and year. */
    public static final List<String> DOWNLOAD = List.of("number", "year");

    static final Map<String, String[]> LABELS = Map.of(
            "requirements", new String[] {"Persyaratan", "Requirements"},
            "procedure", new String[] {"Prosedur", "Procedure"},
            "timeLimit", new String[] {"Jangka waktu penyelesaian", "Time to complete"},
            "fee", new String[] {"Biaya/tarif", "Fee"},
            "product", new String[] {"Produk layanan", "What you receive"},
            "complaints", new String[] {"Pengaduan, saran dan masukan", "Complaints and suggestions"},
            "legalBasis", new String[] {"Dasar hukum", "Legal basis"},
            "number", new String[] {"Nomor", "Number"},
            "year", new String[] {"Tahun", "Year"});

    private Fields() {
    }

    /** The base names a kind accepts (each stored as {@code name.id} and {@code name.en}). */
    public static List<String> of(Kind kind) {
        return switch (kind) {
            case SERVICE -> SERVICE;
            case DOWNLOAD -> DOWNLOAD;
            default -> List.of();
        };
    }

    /** Whether {@code key} ({@code name.id} or {@code name.en}) is a field of {@code kind}. */
    public static boolean accepts(Kind kind, String key) {
        int dot = key.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        String lang = key.substring(dot + 1);
        return Set.of("id", "en").contains(lang) && of(kind).contains(key.substring(0, dot));
    }

    public static String label(String name, String lang) {
        String[] l = LABELS.get(name);
        return l == null ? name : "en".equals(lang) ? l[1] : l[0];
    }
}
