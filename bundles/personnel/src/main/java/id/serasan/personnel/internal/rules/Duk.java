package id.serasan.personnel.internal.rules;

import id.serasan.personnel.api.FunctionalLevel;
import id.serasan.personnel.api.PositionType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;

/**
 * DUK ordering (Daftar Urut Kepangkatan, PP 15/1979): higher rank first; within one rank, longer in it (earlier
 * TMT) first; then higher position, longer service (earlier TMT CPNS), more leadership training (latihan jabatan),
 * higher education, older; the NIP last so the order is total and repeatable.
 */
public final class Duk {
    /** Position weight: lower is higher in the DUK. Fixed by the position structure, not by a regulation's numbers. */
    private static final Map<PositionType, Integer> TYPE_WEIGHT = Map.of(
            PositionType.JPT_UTAMA, 1, PositionType.JPT_MADYA, 2, PositionType.JPT_PRATAMA, 3,
            PositionType.ADMINISTRATOR, 4, PositionType.PENGAWAS, 5, PositionType.PELAKSANA, 7);
    private static final Map<FunctionalLevel, Integer> LEVEL_WEIGHT = Map.of(
            FunctionalLevel.AHLI_UTAMA, 2, FunctionalLevel.AHLI_MADYA, 3, FunctionalLevel.AHLI_MUDA, 4,
            FunctionalLevel.AHLI_PERTAMA, 5, FunctionalLevel.PENYELIA, 5, FunctionalLevel.MAHIR, 6,
            FunctionalLevel.TERAMPIL, 6, FunctionalLevel.PEMULA, 7);

    /** Education levels in ascending order; D4 and S1 are equal. */
    private static final Map<String, Integer> EDUCATION = Map.of("SD", 1, "SMP", 2, "SMA", 3, "D1", 4, "D2", 5,
            "D3", 6, "D4", 7, "S1", 7, "S2", 8, "S3", 9);

    /** One employee's DUK inputs. */
    public record Entry(String nip, int rankOrder, LocalDate rankTmt, PositionType positionType,
                        FunctionalLevel positionLevel, LocalDate cpnsDate, int structuralTrainings,
                        int educationOrder, LocalDate birthDate) {
    }

    public static final Comparator<Entry> ORDER = Comparator
            .comparingInt(Entry::rankOrder).reversed()
            .thenComparing(Entry::rankTmt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(e -> positionWeight(e.positionType(), e.positionLevel()))
            .thenComparing(Entry::cpnsDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Comparator.comparingInt(Entry::structuralTrainings).reversed())
            .thenComparing(Comparator.comparingInt(Entry::educationOrder).reversed())
            .thenComparing(Entry::birthDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Entry::nip);

    private Duk() {
    }

    public static int positionWeight(PositionType type, FunctionalLevel level) {
        if (type == null) {
            return 9;
        }
        if (type == PositionType.FUNGSIONAL) {
            return level == null ? 7 : LEVEL_WEIGHT.get(level);
        }
        return TYPE_WEIGHT.get(type);
    }

    /** The order of an education level (SD 1 ... S3 9), 0 when unknown. */
    public static int educationOrder(String level) {
        return level == null ? 0 : EDUCATION.getOrDefault(level.trim().toUpperCase(java.util.Locale.ROOT), 0);
    }

    public static boolean isEducationLevel(String level) {
        return educationOrder(level) > 0;
    }
}
