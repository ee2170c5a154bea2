package id.serasan.personnel.internal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.serasan.personnel.api.EmployeeStatus;
import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.internal.access.AccessPolicy.Scope;
import id.serasan.personnel.internal.store.EmployeeRepository.Criteria;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import org.junit.jupiter.api.Test;

class EmployeeQueryTest {
    static final String HINT = " --DERBY-PROPERTIES index=IX_PERSONNEL_EMPLOYEE_NAME\n";

    static EmployeeQuery q(String q, String sort) {
        return new EmployeeQuery(q, null, null, null, null, null, sort);
    }

    @Test
    void aNamePrefixIsARangeOnTheNameKeyAndNamesTheNameIndex() {
        EmployeeQuery query = q("  siti   nur ", null);
        Criteria c = query.criteria(null, Scope.ALL, query.pageOrder());
        assertThat(c.where()).isEqualTo(" AND e.NAME_KEY >= ? AND e.NAME_KEY < ?");
        assertThat(c.params()).containsExactly("SITI NUR", "SITI NUR\uffff");
        assertThat(c.indexHint()).isEqualTo(HINT);
        assertThat(c.orderBy()).isEqualTo("e.NAME_KEY, e.NIP");
    }

    @Test
    void aNipPrefixIsARangeOnTheNipInNipOrderWithoutHint() {
        EmployeeQuery query = q(" 19850210 ", null);
        Criteria c = query.criteria(null, Scope.ALL, query.pageOrder());
        assertThat(c.where()).isEqualTo(" AND e.NIP >= ? AND e.NIP < ?");
        assertThat(c.params()).containsExactly("19850210", "19850210:");
        assertThat(c.indexHint()).isEmpty();
        assertThat(c.orderBy()).as("a page of a NIP prefix without a sort: NIP order").isEqualTo("e.NIP");
        assertThat(query.fullOrder()).as("an export keeps the default sort").isEqualTo("e.NAME_KEY, e.NIP");
        assertThat(q("19850210", "-birthDate").pageOrder()).isEqualTo("e.BIRTH_DATE DESC, e.NIP");
        assertThat(q("1".repeat(19), null).criteria(null, Scope.ALL, "e.NIP").where())
                .as("more than 18 digits is a name").isEqualTo(" AND e.NAME_KEY >= ? AND e.NAME_KEY < ?");
    }

    @Test
    void everyFilterAddsOneConditionInOrder() {
        EmployeeQuery query = new EmployeeQuery(null, "DISDIK", "iii/A", PositionType.FUNGSIONAL, EmployeeStatus.ACTIVE,
                EmploymentType.PPPK, "rank");
        Criteria c = query.criteria("/3/17/", Scope.ALL, query.fullOrder());
        assertThat(c.where()).isEqualTo(" AND e.UNIT_PATH LIKE ? AND e.RANK_CODE = ? AND e.POSITION_TYPE = ?"
                + " AND e.STATUS = ? AND e.EMPLOYMENT_TYPE = ?");
        assertThat(c.params()).containsExactly("/3/17/%", "III/a", "FUNGSIONAL", "ACTIVE", "PPPK");
        assertThat(c.indexHint()).isEmpty();
        assertThat(c.orderBy()).isEqualTo("e.RANK_ORDER DESC, e.RANK_TMT, e.NIP");
        assertThat(new EmployeeQuery(null, null, " ix ", null, null, null, null).criteria(null, Scope.ALL, "e.NIP")
                .params()).as("a PPPK grade is matched in upper case").containsExactly("IX");
        assertThat(new EmployeeQuery(" ", " ", " ", null, null, null, null).criteria(null, Scope.ALL, "e.NIP").where())
                .as("blank filters are no filters").isEmpty();
    }

    @Test
    void theScopeIsTheUnionOfUnitSubordinatesAndOwnRecord() {
        EmployeeQuery query = q(null, "nip");
        assertThat(query.criteria(null, Scope.ALL, "e.NIP").where()).isEmpty();
        Criteria operator = query.criteria(null, new Scope(false, "/3/", "198811112014011002", "198811112014011002"),
                "e.NIP");
        assertThat(operator.where()).isEqualTo(" AND (e.UNIT_PATH LIKE ? OR e.SUPERVISOR_NIP = ? OR e.NIP = ?)");
        assertThat(operator.params()).containsExactly("/3/%", "198811112014011002", "198811112014011002");
        Criteria employee = query.criteria(null, new Scope(false, null, null, "198502102010012002"), "e.NIP");
        assertThat(employee.where()).isEqualTo(" AND (e.NIP = ?)");
        assertThat(employee.params()).containsExactly("198502102010012002");
        Criteria unlinked = query.criteria(null, new Scope(false, null, null, null), "e.NIP");
        assertThat(unlinked.where()).isEqualTo(" AND 1 = 0");
        assertThat(unlinked.params()).isEmpty();
    }

    @Test
    void filtersComeBeforeTheScopeAndParametersFollowTheMarkers() {
        EmployeeQuery query = new EmployeeQuery("sit", "MTX", null, null, EmployeeStatus.ACTIVE, null, "-name");
        Criteria c = query.criteria("/5/", new Scope(false, null, "197001152000031001", "197001152000031001"),
                query.pageOrder());
        assertThat(c.where()).isEqualTo(" AND e.NAME_KEY >= ? AND e.NAME_KEY < ? AND e.UNIT_PATH LIKE ?"
                + " AND e.STATUS = ? AND (e.SUPERVISOR_NIP = ? OR e.NIP = ?)");
        assertThat(c.params()).containsExactly("SIT", "SIT\uffff", "/5/%", "ACTIVE", "197001152000031001",
                "197001152000031001");
        assertThat(c.orderBy()).isEqualTo("e.NAME_KEY DESC, e.NIP DESC");
        assertThat(c.where().chars().filter(ch -> ch == '?').count()).isEqualTo(c.params().size());
    }

    @Test
    void onlyWhitelistedSortsAreAccepted() {
        assertThat(EmployeeQuery.SORTS).containsOnlyKeys("name", "-name", "nip", "-nip", "rank", "-rank", "birthDate",
                "-birthDate");
        assertThat(q(null, null).fullOrder()).isEqualTo("e.NAME_KEY, e.NIP");
        assertThat(q(null, " nip ").fullOrder()).isEqualTo("e.NIP");
        assertThat(q(null, "-nip").fullOrder()).isEqualTo("e.NIP DESC");
        assertThat(q(null, "-rank").fullOrder()).isEqualTo("e.RANK_ORDER, e.RANK_TMT DESC, e.NIP");
        assertThat(q(null, "birthDate").fullOrder()).isEqualTo("e.BIRTH_DATE, e.NIP");
        for (String bad : new String[] {"salary", "NAME", "name; DROP TABLE PERSONNEL_EMPLOYEE"}) {
            assertThatThrownBy(() -> q(null, bad).pageOrder()).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.status()).isEqualTo(422);
                assertThat(e.errors()).containsExactly(new FieldError("sort", "salah satu dari / one of [-birthDate, "
                        + "-name, -nip, -rank, birthDate, name, nip, rank]"));
            });
        }
    }

    @Test
    void theActiveListsOfTheDukAndSchedulesAreInNipOrder() {
        EmployeeQuery duk = EmployeeQuery.active("BKPSDM", EmploymentType.PNS);
        Criteria c = duk.criteria("/2/", Scope.ALL, duk.fullOrder());
        assertThat(c.where()).isEqualTo(" AND e.UNIT_PATH LIKE ? AND e.STATUS = ? AND e.EMPLOYMENT_TYPE = ?");
        assertThat(c.params()).containsExactly("/2/%", "ACTIVE", "PNS");
        assertThat(c.orderBy()).isEqualTo("e.NIP");
        assertThat(EmployeeQuery.active(null, null).hasUnit()).isFalse();
    }
}
