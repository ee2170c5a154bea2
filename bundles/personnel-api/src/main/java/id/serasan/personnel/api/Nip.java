package id.serasan.personnel.api;

import id.serasan.platform.api.FieldError;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A PNS NIP (Perka BKN 22/2007): 18 digits — birth date {@code YYYYMMDD}, TMT CPNS {@code YYYYMM}, gender
 * (1 male, 2 female), and a 3-digit sequence. PPPK numbers are also 18 digits but built differently; do not
 * parse them with this class (see {@link EmploymentType#hasPnsNip()}).
 *
 * @param value      the 18 digits
 * @param birthDate  digits 1-8
 * @param cpnsMonth  digits 9-14 (TMT CPNS, month precision)
 * @param gender     digit 15
 * @param sequence   digits 16-18, at least 1
 */
public record Nip(String value, LocalDate birthDate, YearMonth cpnsMonth, Gender gender, int sequence) {
    public Nip {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Reads a PNS NIP; spaces (as in {@code 19860926 201505 1 001}) are ignored.
     *
     * @throws IllegalArgumentException with the reason, Bahasa Indonesia first
     */
    public static Nip parse(String text) {
        String v = text == null ? "" : text.replace(" ", "");
        if (!v.matches("\\d{18}")) {
            throw new IllegalArgumentException("NIP harus 18 angka / a NIP has 18 digits");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
                    Integer.parseInt(v.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("tanggal lahir dalam NIP tidak valid / the birth date in the NIP is not a date");
        }
        YearMonth cpns;
        try {
            cpns = YearMonth.of(Integer.parseInt(v.substring(8, 12)), Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("TMT CPNS dalam NIP tidak valid / the TMT CPNS in the NIP is not a month");
        }
        Gender g = Gender.ofNipDigit(v.charAt(14));
        if (g == null) {
            throw new IllegalArgumentException("digit ke-15 NIP harus 1 atau 2 / digit 15 of a NIP is 1 or 2");
        }
        int seq = Integer.parseInt(v.substring(15));
        if (seq == 0) {
            throw new IllegalArgumentException("nomor urut NIP mulai dari 001 / the NIP sequence starts at 001");
        }
        if (!cpns.isAfter(YearMonth.from(birth))) {
            throw new IllegalArgumentException("TMT CPNS harus setelah tanggal lahir / TMT CPNS must be after the birth date");
        }
        return new Nip(v, birth, cpns, g, seq);
    }

    /**
     * Checks a PNS NIP against the record it belongs to; every mismatch is one field error (empty when the NIP
     * is consistent). The CPNS date is compared by month, the precision the NIP carries.
     */
    public static List<FieldError> check(String nip, LocalDate birthDate, LocalDate cpnsDate, Gender gender) {
        List<FieldError> errors = new ArrayList<>();
        Nip n;
        try {
            n = parse(nip);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("nip", e.getMessage()));
            return errors;
        }
        if (birthDate != null && !birthDate.equals(n.birthDate())) {
            errors.add(new FieldError("birthDate", "tidak sama dengan NIP (" + n.birthDate() + ") / does not match the NIP ("
                    + n.birthDate() + ")"));
        }
        if (cpnsDate != null && !YearMonth.from(cpnsDate).equals(n.cpnsMonth())) {
            errors.add(new FieldError("cpnsDate", "bulan TMT CPNS tidak sama dengan NIP (" + n.cpnsMonth()
                    + ") / the TMT CPNS month does not match the NIP (" + n.cpnsMonth() + ")"));
        }
        if (gender != null && gender != n.gender()) {
            errors.add(new FieldError("gender", "tidak sama dengan NIP (" + n.gender() + ") / does not match the NIP ("
                    + n.gender() + ")"));
        }
        return errors;
    }

    /** The NIP grouped as it is printed on decrees: {@code 19860926 201505 1 001}. */
    public String formatted() {
        return value.substring(0, 8) + " " + value.substring(8, 14) + " " + value.charAt(14) + " " + value.substring(15);
    }
}
