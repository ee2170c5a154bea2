package id.serasan.personnel.internal.employee;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasan.personnel.api.EmployeeInput;
import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.FunctionalLevel;
import id.serasan.personnel.api.Gender;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.internal.PersonnelTime;
import id.serasan.platform.api.FieldError;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EmployeeValidatorTest {
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), PersonnelTime.ZONE);
    static final String NIP = "198502102010012002"; // born 1985-02-10, CPNS January 2010, female, number 002
    final EmployeeValidator validator = new EmployeeValidator(TODAY);

    /** A valid PNS body; {@code with} changes it. */
    static Body body() {
        return new Body();
    }

    static final class Body {
        String nip = NIP;
        String frontTitle;
        String name = "Eka Pegawai";
        String backTitle;
        String birthPlace = "Muara Enim";
        LocalDate birthDate = LocalDate.of(1985, 2, 10);
        Gender gender = Gender.FEMALE;
        String religion;
        String maritalStatus;
        String address;
        String phone;
        String email;
        EmploymentType type = EmploymentType.PNS;
        LocalDate cpnsDate = LocalDate.of(2010, 1, 1);
        LocalDate pnsDate;
        String unitCode = "BKPSDM";
        String supervisorNip;
        String rank;
        PositionType positionType;
        FunctionalLevel positionLevel;
        String positionName;

        EmployeeInput input() {
            return new EmployeeInput(nip, frontTitle, name, backTitle, birthPlace, birthDate, gender, religion,
                    maritalStatus, address, phone, email, type, null, cpnsDate, pnsDate, unitCode, supervisorNip, rank,
                    null, positionType, positionLevel, positionName, null, null);
        }
    }

    static FieldError e(String field, String message) {
        return new FieldError(field, message);
    }

    @Test
    void aCompletePnsRecordHasNoErrors() {
        Body b = body();
        b.frontTitle = "Dr.";
        b.backTitle = "S.E., M.Si.";
        b.religion = "islam";
        b.maritalStatus = "kawin";
        b.address = "Jl. Pramuka No. 7";
        b.phone = "+62 812-3456-7890";
        b.email = "eka@muaraenimkab.go.id";
        b.pnsDate = LocalDate.of(2011, 3, 1);
        b.supervisorNip = "197001152000031001";
        b.rank = "III/a";
        b.positionType = PositionType.FUNGSIONAL;
        b.positionLevel = FunctionalLevel.AHLI_MUDA;
        b.positionName = "Analis Kepegawaian Ahli Muda";
        assertThat(validator.validateNew(b.input())).isEmpty();
    }

    @Test
    void anEmptyBodyNamesEveryRequiredField() {
        EmployeeInput empty = new EmployeeInput(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
        String required = "wajib diisi / is required";
        assertThat(validator.validateNew(empty)).containsExactly(e("nip", required), e("name", required),
                e("birthPlace", required), e("birthDate", required), e("gender", required),
                e("employmentType", required), e("cpnsDate", required), e("unitCode", required));
        assertThat(validator.validateChange(NIP, empty)).as("the NIP is the record's on a change")
                .doesNotContain(e("nip", required)).hasSize(7);
    }

    @Test
    void aNipMustMatchBirthDateCpnsMonthAndGender() {
        Body b = body();
        b.birthDate = LocalDate.of(1985, 2, 11);
        b.cpnsDate = LocalDate.of(2011, 1, 1);
        b.gender = Gender.MALE;
        assertThat(validator.validateNew(b.input())).containsExactly(
                e("birthDate", "tidak sama dengan NIP (1985-02-10) / does not match the NIP (1985-02-10)"),
                e("cpnsDate", "bulan TMT CPNS tidak sama dengan NIP (2010-01) / the TMT CPNS month does not match the "
                        + "NIP (2010-01)"),
                e("gender", "tidak sama dengan NIP (FEMALE) / does not match the NIP (FEMALE)"));
        Body malformed = body();
        malformed.nip = "1985021020100120";
        assertThat(validator.validateNew(malformed.input())).containsExactly(e("nip", "NIP harus 18 angka / a NIP has 18 digits"));
        Body cpns = body();
        cpns.type = EmploymentType.CPNS;
        cpns.birthDate = null;
        cpns.nip = "12345";
        assertThat(validator.validateNew(cpns.input())).as("without a birth date only the length is checked")
                .containsExactly(e("birthDate", "wajib diisi / is required"),
                        e("nip", "NIP terdiri dari 18 angka / a NIP has 18 digits"));
    }

    @Test
    void aPppkNumberIsEighteenDigitsButNotAPnsNip() {
        Body b = body();
        b.type = EmploymentType.PPPK;
        b.nip = "202401011000000042"; // no PNS birth date or TMT encoded
        b.rank = "IX";
        assertThat(validator.validateNew(b.input())).isEmpty();
        b.nip = "20240101100000004";
        assertThat(validator.validateNew(b.input())).containsExactly(
                e("nip", "nomor PPPK terdiri dari 18 angka / a PPPK number has 18 digits"));
    }

    @Test
    void lengthsAndFormatsAreChecked() {
        Body b = body();
        b.name = "N".repeat(121);
        b.frontTitle = "F".repeat(41);
        b.backTitle = "B".repeat(61);
        b.birthPlace = "P".repeat(81);
        b.address = "A".repeat(301);
        b.email = "bukan-surel";
        b.phone = "12345";
        b.religion = "JEDI";
        b.maritalStatus = "MENIKAH";
        assertThat(validator.validateNew(b.input())).containsExactly(
                e("name", "paling banyak 120 karakter / at most 120 characters"),
                e("frontTitle", "paling banyak 40 karakter / at most 40 characters"),
                e("backTitle", "paling banyak 60 karakter / at most 60 characters"),
                e("birthPlace", "paling banyak 80 karakter / at most 80 characters"),
                e("address", "paling banyak 300 karakter / at most 300 characters"),
                e("email", "alamat surel tidak valid / invalid e-mail address"),
                e("phone", "nomor telepon 6-20 angka / phone number of 6-20 digits"),
                e("religion", "salah satu dari / one of [BUDDHA, HINDU, ISLAM, KATOLIK, KONGHUCU, KRISTEN, LAINNYA]"),
                e("maritalStatus", "salah satu dari / one of [BELUM_KAWIN, CERAI_HIDUP, CERAI_MATI, KAWIN]"));
        Body longMail = body();
        longMail.email = "a".repeat(64) + "@" + "b".repeat(60) + ".go.id";
        assertThat(validator.validateNew(longMail.input())).containsExactly(
                e("email", "paling banyak 120 karakter / at most 120 characters"));
    }

    @Test
    void datesMustBePlausible() {
        Body young = body();
        young.nip = "201201012030012001";
        young.birthDate = LocalDate.of(2012, 1, 1); // 14 on 2026-12-02
        young.cpnsDate = LocalDate.of(2030, 1, 1);
        assertThat(validator.validateNew(young.input())).containsExactly(
                e("birthDate", "tanggal lahir tidak masuk akal / implausible birth date"));
        Body early = body();
        early.cpnsDate = LocalDate.of(2000, 1, 1); // at 14
        early.nip = "198502102000012002";
        assertThat(validator.validateNew(early.input())).containsExactly(
                e("cpnsDate", "TMT sebelum usia 15 tahun / TMT before the age of 15"));
        Body pns = body();
        pns.pnsDate = LocalDate.of(2009, 12, 31);
        assertThat(validator.validateNew(pns.input())).containsExactly(
                e("pnsDate", "sebelum TMT CPNS / before the TMT CPNS"));
        Body cpns = body();
        cpns.type = EmploymentType.CPNS;
        cpns.pnsDate = LocalDate.of(2011, 1, 1);
        assertThat(validator.validateNew(cpns.input())).containsExactly(
                e("pnsDate", "CPNS belum punya TMT PNS / a CPNS has no TMT PNS yet"));
    }

    @Test
    void theNipCannotChangeAndNobodySupervisesThemselves() {
        Body b = body();
        b.nip = "198703222012021001";
        assertThat(validator.validateChange(NIP, b.input())).containsExactly(
                e("nip", "NIP tidak dapat diubah / the NIP cannot change"));
        Body self = body();
        self.supervisorNip = NIP;
        assertThat(validator.validateNew(self.input())).containsExactly(
                e("supervisorNip", "bukan diri sendiri / not the employee themself"));
        Body shortSupervisor = body();
        shortSupervisor.supervisorNip = "1970";
        assertThat(validator.validateNew(shortSupervisor.input())).containsExactly(
                e("supervisorNip", "NIP terdiri dari 18 angka / a NIP has 18 digits"));
    }

    @Test
    void theFirstRankAndPositionAreCheckedOnCreateOnly() {
        Body b = body();
        b.rank = "V/a";
        b.positionType = PositionType.FUNGSIONAL;
        assertThat(validator.validateNew(b.input())).containsExactly(
                e("rank", "golongan I/a-IV/e / rank I/a-IV/e"),
                e("positionName", "wajib diisi / is required"),
                e("positionLevel", "jenjang hanya dan wajib untuk jabatan fungsional / a level is required for, and "
                        + "only for, functional positions"));
        assertThat(validator.validateChange(NIP, b.input())).isEmpty();
        Body pppk = body();
        pppk.type = EmploymentType.PPPK;
        pppk.nip = "202401011000000042";
        pppk.rank = "III/a";
        pppk.positionType = PositionType.PELAKSANA;
        pppk.positionLevel = FunctionalLevel.AHLI_PERTAMA;
        pppk.positionName = "P".repeat(201);
        assertThat(validator.validateNew(pppk.input())).containsExactly(
                e("rank", "golongan PPPK I-XVII / PPPK grade I-XVII"),
                e("positionName", "paling banyak 200 karakter / at most 200 characters"),
                e("positionLevel", "jenjang hanya dan wajib untuk jabatan fungsional / a level is required for, and "
                        + "only for, functional positions"));
    }
}
