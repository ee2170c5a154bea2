package id.serasan.personnel.internal.employee;

import id.serasan.personnel.api.EmployeeInput;
import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.Nip;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.internal.rules.RankCodes;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.Validation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The field errors of an employee record: required fields and lengths, e-mail, phone, religion and marital status,
 * plausible dates, the NIP against birth date, TMT CPNS and gender (PNS and CPNS; a PPPK number is 18 digits), and on
 * create the first rank and position. Pure: the same body on the same day gives the same errors. The same checks
 * serve the REST API, corrections and imports.
 */
public final class EmployeeValidator {
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    static final Pattern PHONE = Pattern.compile("\\+?[0-9 -]{6,20}");
    static final Pattern NIP18 = Pattern.compile("\\d{18}");
    static final Set<String> RELIGIONS = Set.of("ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA", "KONGHUCU", "LAINNYA");
    static final Set<String> MARITAL = Set.of("BELUM_KAWIN", "KAWIN", "CERAI_HIDUP", "CERAI_MATI");

    private final Clock clock;

    public EmployeeValidator(Clock clock) {
        this.clock = clock;
    }

    /** The errors of a new employee, with its first rank and position. */
    public List<FieldError> validateNew(EmployeeInput b) {
        return validate(b, null);
    }

    /** The errors of a full replacement of the record of {@code nip} (whose NIP cannot change). */
    public List<FieldError> validateChange(String nip, EmployeeInput b) {
        return validate(b, nip);
    }

    private List<FieldError> validate(EmployeeInput b, String existingNip) {
        boolean create = existingNip == null;
        Validation v = new Validation();
        if (create) {
            v.required("nip", b.nip());
        }
        v.required("name", b.name()).maxLength("name", b.name(), 120)
                .maxLength("frontTitle", b.frontTitle(), 40).maxLength("backTitle", b.backTitle(), 60)
                .required("birthPlace", b.birthPlace()).maxLength("birthPlace", b.birthPlace(), 80)
                .required("birthDate", b.birthDate()).required("gender", b.gender())
                .required("employmentType", b.employmentType()).required("cpnsDate", b.cpnsDate())
                .required("unitCode", b.unitCode())
                .maxLength("address", b.address(), 300)
                .matches("email", b.email(), EMAIL, "alamat surel tidak valid / invalid e-mail address")
                .maxLength("email", b.email(), 120)
                .matches("phone", b.phone(), PHONE, "nomor telepon 6-20 angka / phone number of 6-20 digits")
                .matches("supervisorNip", b.supervisorNip(), NIP18, "NIP terdiri dari 18 angka / a NIP has 18 digits");
        if (b.religion() != null && !b.religion().isBlank()) {
            v.check(RELIGIONS.contains(b.religion().trim().toUpperCase(Locale.ROOT)), "religion",
                    "salah satu dari / one of " + new TreeSet<>(RELIGIONS));
        }
        if (b.maritalStatus() != null && !b.maritalStatus().isBlank()) {
            v.check(MARITAL.contains(b.maritalStatus().trim().toUpperCase(Locale.ROOT)), "maritalStatus",
                    "salah satu dari / one of " + new TreeSet<>(MARITAL));
        }
        dates(v, b);
        String nip = create ? b.nip() : existingNip;
        if (!create && b.nip() != null && !b.nip().equals(existingNip)) {
            v.check(false, "nip", "NIP tidak dapat diubah / the NIP cannot change");
        }
        nip(v, nip, b);
        if (nip != null && nip.equals(b.supervisorNip())) {
            v.check(false, "supervisorNip", "bukan diri sendiri / not the employee themself");
        }
        if (create) {
            firstEntries(v, b);
        }
        return v.errors();
    }

    private void dates(Validation v, EmployeeInput b) {
        LocalDate today = LocalDate.now(clock);
        if (b.birthDate() != null) {
            v.check(b.birthDate().isBefore(today.minusYears(15)) && b.birthDate().isAfter(LocalDate.of(1920, 1, 1)),
                    "birthDate", "tanggal lahir tidak masuk akal / implausible birth date");
        }
        if (b.cpnsDate() != null && b.birthDate() != null) {
            v.check(b.cpnsDate().isAfter(b.birthDate().plusYears(15)), "cpnsDate",
                    "TMT sebelum usia 15 tahun / TMT before the age of 15");
        }
        if (b.pnsDate() != null && b.cpnsDate() != null) {
            v.check(!b.pnsDate().isBefore(b.cpnsDate()), "pnsDate", "sebelum TMT CPNS / before the TMT CPNS");
        }
        if (b.employmentType() == EmploymentType.CPNS && b.pnsDate() != null) {
            v.check(false, "pnsDate", "CPNS belum punya TMT PNS / a CPNS has no TMT PNS yet");
        }
    }

    /** A PNS/CPNS NIP must match birth date, TMT CPNS and gender (Perka BKN 22/2007); a PPPK number has 18 digits. */
    private static void nip(Validation v, String nip, EmployeeInput b) {
        if (nip == null || b.employmentType() == null) {
            return;
        }
        if (!b.employmentType().hasPnsNip()) {
            v.matches("nip", nip, NIP18, "nomor PPPK terdiri dari 18 angka / a PPPK number has 18 digits");
        } else if (b.birthDate() != null && b.cpnsDate() != null && b.gender() != null) {
            for (FieldError e : Nip.check(nip, b.birthDate(), b.cpnsDate(), b.gender())) {
                v.check(false, e.field(), e.message());
            }
        } else {
            v.matches("nip", nip, NIP18, "NIP terdiri dari 18 angka / a NIP has 18 digits");
        }
    }

    private static void firstEntries(Validation v, EmployeeInput b) {
        if (b.rank() != null && !b.rank().isBlank()) {
            v.check(RankCodes.canonical(b.employmentType(), b.rank()) != null, "rank",
                    b.employmentType() == EmploymentType.PPPK ? "golongan PPPK I-XVII / PPPK grade I-XVII"
                            : "golongan I/a-IV/e / rank I/a-IV/e");
        }
        if (b.positionType() != null) {
            v.required("positionName", b.positionName()).maxLength("positionName", b.positionName(), 200);
            v.check((b.positionType() == PositionType.FUNGSIONAL) == (b.positionLevel() != null), "positionLevel",
                    "jenjang hanya dan wajib untuk jabatan fungsional / a level is required for, and only for, "
                            + "functional positions");
        }
    }
}
