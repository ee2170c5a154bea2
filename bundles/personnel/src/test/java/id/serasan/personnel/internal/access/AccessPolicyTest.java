package id.serasan.personnel.internal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.serasan.personnel.api.EmployeeStatus;
import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.Gender;
import id.serasan.personnel.internal.access.AccessPolicy.Scope;
import id.serasan.personnel.internal.store.EmployeeRow;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.security.Role;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The matrix of the module README ("Who sees what"), on unit MTX (path /1/) with sub-unit MTX.1 (/1/2/) and MTY (/3/). */
class AccessPolicyTest {
    static final String SUP = "197001152000031001"; // supervisor, MTX
    static final String EMP1 = "198502102010012002"; // MTX.1, reports to SUP
    static final String EMP2 = "198703222012021001"; // MTX
    static final String EMP3 = "199004052015032001"; // MTY
    static final String OPX = "198811112014011002"; // unit operator of MTX

    final Map<String, EmployeeRow> rows = new HashMap<>();
    final AccessPolicy policy = new AccessPolicy(nip -> Optional.ofNullable(rows.get(nip)));

    AccessPolicyTest() {
        add(SUP, null, "MTX", "/1/");
        add(EMP1, SUP, "MTX.1", "/1/2/");
        add(EMP2, null, "MTX", "/1/");
        add(EMP3, null, "MTY", "/3/");
        add(OPX, null, "MTX", "/1/");
    }

    void add(String nip, String supervisor, String unitCode, String unitPath) {
        rows.put(nip, new EmployeeRow(rows.size() + 1, nip, "N" + nip, null, null, "Muara Enim", LocalDate.of(1985, 1, 1),
                Gender.MALE, null, null, null, null, null, EmploymentType.PNS, EmployeeStatus.ACTIVE,
                LocalDate.of(2010, 1, 1), null, supervisor, "III/a", 9, LocalDate.of(2010, 1, 1), null, null, null, null,
                null, 0, 0, 1, unitCode, "Unit " + unitCode, unitPath));
    }

    static Viewer viewer(Role role, String nip) {
        return new Viewer("u", Set.of(role), nip);
    }

    static int status(Runnable r) {
        try {
            r.run();
            return 200;
        } catch (ProblemException e) {
            return e.status();
        }
    }

    @Test
    void scopesFollowRolesAndTheViewersOwnRecord() {
        assertThat(policy.scope(viewer(Role.ADMIN, null))).isEqualTo(Scope.ALL);
        assertThat(policy.scope(viewer(Role.HR_OPERATOR, EMP3))).isEqualTo(Scope.ALL);
        assertThat(policy.scope(viewer(Role.UNIT_OPERATOR, OPX))).isEqualTo(new Scope(false, "/1/", null, OPX));
        assertThat(policy.scope(viewer(Role.SUPERVISOR, SUP))).isEqualTo(new Scope(false, null, SUP, SUP));
        assertThat(policy.scope(viewer(Role.EMPLOYEE, EMP1))).isEqualTo(new Scope(false, null, null, EMP1));
        assertThat(policy.scope(viewer(Role.UNIT_OPERATOR, null))).as("an unlinked account sees nothing")
                .isEqualTo(new Scope(false, null, null, null));
        assertThat(policy.scope(viewer(Role.UNIT_OPERATOR, "199999999999999999")))
                .as("a unit operator whose NIP is not registered runs no unit")
                .isEqualTo(new Scope(false, null, null, "199999999999999999"));
        assertThat(policy.scope(new Viewer("x", Set.of(Role.UNIT_OPERATOR, Role.SUPERVISOR), SUP)))
                .isEqualTo(new Scope(false, "/1/", SUP, SUP));
    }

    @Test
    void eachRoleSeesExactlyItsOwnRecords() {
        // GET status of EMP1 / EMP2 / SUP / EMP3 / OPX, as PersonnelIT asserts over HTTP
        Map<Viewer, List<Integer>> expected = Map.of(
                viewer(Role.EMPLOYEE, EMP1), List.of(200, 404, 404, 404, 404),
                viewer(Role.SUPERVISOR, SUP), List.of(200, 404, 200, 404, 404),
                viewer(Role.UNIT_OPERATOR, OPX), List.of(200, 200, 200, 404, 200),
                viewer(Role.HR_OPERATOR, null), List.of(200, 200, 200, 200, 200),
                viewer(Role.ADMIN, null), List.of(200, 200, 200, 200, 200));
        List<String> nips = List.of(EMP1, EMP2, SUP, EMP3, OPX);
        expected.forEach((v, want) -> assertThat(nips.stream().map(n -> status(() -> policy.visible(v, n))).toList())
                .as(v.roles().toString()).isEqualTo(want));
        assertThat(status(() -> policy.visible(viewer(Role.ADMIN, null), "199999999999999999"))).isEqualTo(404);
    }

    @Test
    void onlyUnitOperatorsInTheirUnitAndHrEdit() {
        // PUT status of EMP1 / EMP2 / SUP / EMP3: 404 outside the scope, 403 visible but not editable
        Map<Viewer, List<Integer>> expected = Map.of(
                viewer(Role.EMPLOYEE, EMP1), List.of(403, 404, 404, 404),
                viewer(Role.SUPERVISOR, SUP), List.of(403, 404, 403, 404),
                viewer(Role.UNIT_OPERATOR, OPX), List.of(200, 200, 200, 404),
                viewer(Role.HR_OPERATOR, null), List.of(200, 200, 200, 200));
        List<String> nips = List.of(EMP1, EMP2, SUP, EMP3);
        expected.forEach((v, want) -> assertThat(nips.stream().map(n -> status(() -> policy.editable(v, n))).toList())
                .as(v.roles().toString()).isEqualTo(want));
        Scope operator = policy.scope(viewer(Role.UNIT_OPERATOR, OPX));
        assertThat(operator.edits("/1/2/")).isTrue();
        assertThat(operator.edits("/3/")).isFalse();
        assertThat(operator.edits(null)).isFalse();
        assertThat(Scope.ALL.edits("/3/")).isTrue();
        assertThat(new Scope(false, null, SUP, SUP).edits("/1/")).as("a supervisor edits nothing").isFalse();
    }

    @Test
    void refusalsDoNotTellWhetherTheRecordExists() {
        assertThatThrownBy(() -> policy.visible(viewer(Role.EMPLOYEE, EMP1), EMP3))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.detail()).isEqualTo("Pegawai " + EMP3
                        + " tidak ditemukan atau di luar wewenang Anda / Employee " + EMP3 + " not found or outside "
                        + "your access"));
        assertThatThrownBy(() -> policy.editable(viewer(Role.EMPLOYEE, EMP1), EMP1))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.detail()).isEqualTo(
                        "Anda tidak berwenang mengubah data pegawai " + EMP1 + " / You may not change the record of "
                                + "employee " + EMP1));
    }

    @Test
    void documentsAreUploadedByTheEmployeeOrAnEditorWithAnEditingRole() {
        assertThat(status(() -> policy.documentUploader(viewer(Role.EMPLOYEE, EMP1), EMP1))).isEqualTo(200);
        assertThat(status(() -> policy.documentUploader(viewer(Role.EMPLOYEE, EMP1), EMP2))).isEqualTo(404);
        assertThat(status(() -> policy.documentUploader(viewer(Role.SUPERVISOR, SUP), EMP1))).isEqualTo(403);
        assertThat(status(() -> policy.documentUploader(viewer(Role.UNIT_OPERATOR, OPX), EMP1))).isEqualTo(200);
        assertThat(status(() -> policy.documentUploader(viewer(Role.UNIT_OPERATOR, OPX), EMP3))).isEqualTo(404);
        assertThat(status(() -> policy.documentUploader(viewer(Role.HR_OPERATOR, null), EMP3))).isEqualTo(200);
    }

    @Test
    void correctionsAreProposedForOnesOwnRecordAndDecidedBySomeoneElse() {
        assertThat(status(() -> policy.correctionProposer(viewer(Role.EMPLOYEE, EMP1), EMP1))).isEqualTo(200);
        assertThat(status(() -> policy.correctionProposer(viewer(Role.EMPLOYEE, EMP1), EMP2))).isEqualTo(403);
        assertThat(status(() -> policy.correctionProposer(viewer(Role.HR_OPERATOR, null), EMP2)))
                .as("not even HR proposes for someone else").isEqualTo(403);
        assertThat(status(() -> policy.checkCorrectionDecider(viewer(Role.HR_OPERATOR, EMP3), EMP3))).isEqualTo(403);
        assertThat(status(() -> policy.checkCorrectionDecider(viewer(Role.HR_OPERATOR, EMP3), EMP1))).isEqualTo(200);
        assertThat(status(() -> policy.checkCorrectionDecider(viewer(Role.ADMIN, null), EMP1))).isEqualTo(200);
    }

    @Test
    void theScopeTestAgreesWithWhatIsVisible() {
        Scope operator = new Scope(false, "/1/", null, OPX);
        assertThat(operator.sees(EMP3, null, "/3/")).isFalse();
        assertThat(operator.sees(EMP1, SUP, "/1/2/")).isTrue();
        assertThat(operator.sees(EMP3, null, "/10/")).as("a path prefix, not a string prefix of the id").isFalse();
        Scope supervisor = new Scope(false, null, SUP, SUP);
        assertThat(supervisor.sees(EMP1, SUP, "/1/2/")).isTrue();
        assertThat(supervisor.sees(EMP2, null, "/1/")).isFalse();
        assertThat(supervisor.sees(SUP, null, "/1/")).isTrue();
    }
}
