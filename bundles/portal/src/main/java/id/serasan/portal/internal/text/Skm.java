package id.serasan.portal.internal.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The community satisfaction index (Indeks Kepuasan Masyarakat) of PermenPANRB 14/2017: nine elements, each
 * answered on a scale of 1 (not good) to 4 (very good); each element's average (NRR) weighs 1/9; the index is the
 * weighted sum, converted to 25–100 by multiplying by 25, and graded A (88.31–100, very good), B (76.61–88.30,
 * good), C (65.00–76.60, not good enough) or D (25.00–64.99, poor).
 */
public final class Skm {
    /** The nine elements (unsur) U1–U9, in the regulation's order. */
    public static final List<Element> ELEMENTS = List.of(
            new Element("U1", "Persyaratan", "Requirements"),
            new Element("U2", "Sistem, mekanisme dan prosedur", "System, mechanism and procedure"),
            new Element("U3", "Waktu penyelesaian", "Time to complete"),
            new Element("U4", "Biaya/tarif", "Cost/fee"),
            new Element("U5", "Produk spesifikasi jenis pelayanan", "The product of the service"),
            new Element("U6", "Kompetensi pelaksana", "Competence of the staff"),
            new Element("U7", "Perilaku pelaksana", "Behaviour of the staff"),
            new Element("U8", "Penanganan pengaduan, saran dan masukan", "Handling of complaints and suggestions"),
            new Element("U9", "Sarana dan prasarana", "Facilities"));

    /** One element of the survey. */
    public record Element(String code, String id, String en) {
    }

    /** The result of a set of answers. */
    public record Result(long respondents, List<BigDecimal> elementAverages, BigDecimal index, String grade,
                         String gradeId, String gradeEn) {
    }

    private Skm() {
    }

    /** Whether {@code scores} is one complete answer: nine scores, each 1–4. */
    public static boolean valid(int[] scores) {
        if (scores == null || scores.length != ELEMENTS.size()) {
            return false;
        }
        for (int s : scores) {
            if (s < 1 || s > 4) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of {@code respondents} answers whose scores per element add up to {@code sums}. Element averages are
     * kept to 3 decimals as the regulation's worksheet does; the converted index to 2.
     */
    public static Result result(long respondents, long[] sums) {
        if (sums.length != ELEMENTS.size()) {
            throw new IllegalArgumentException("nine sums");
        }
        if (respondents <= 0) {
            return new Result(0, List.of(), null, null, null, null);
        }
        BigDecimal n = BigDecimal.valueOf(respondents);
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal[] averages = new BigDecimal[sums.length];
        for (int i = 0; i < sums.length; i++) {
            BigDecimal nrr = BigDecimal.valueOf(sums[i]).divide(n, 3, RoundingMode.HALF_UP);
            averages[i] = nrr;
            weighted = weighted.add(BigDecimal.valueOf(sums[i]).divide(n, 10, RoundingMode.HALF_UP));
        }
        BigDecimal index = weighted.divide(BigDecimal.valueOf(sums.length), 10, RoundingMode.HALF_UP)
                .multiply(BigDecimal.valueOf(25)).setScale(2, RoundingMode.HALF_UP);
        String grade = grade(index);
        return new Result(respondents, List.of(averages), index, grade, gradeId(grade), gradeEn(grade));
    }

    /** The grade of a converted index (25–100). */
    public static String grade(BigDecimal index) {
        if (index.compareTo(new BigDecimal("88.31")) >= 0) {
            return "A";
        }
        if (index.compareTo(new BigDecimal("76.61")) >= 0) {
            return "B";
        }
        if (index.compareTo(new BigDecimal("65.00")) >= 0) {
            return "C";
        }
        return "D";
    }

    static String gradeId(String grade) {
        return switch (grade) {
            case "A" -> "Sangat baik";
            case "B" -> "Baik";
            case "C" -> "Kurang baik";
            default -> "Tidak baik";
        };
    }

    static String gradeEn(String grade) {
        return switch (grade) {
            case "A" -> "Very good";
            case "B" -> "Good";
            case "C" -> "Not good enough";
            default -> "Poor";
        };
    }
}
