package id.serasan.personnel.internal.rest;

import id.serasan.personnel.internal.access.Viewer;
import id.serasan.personnel.internal.career.CareerService;
import id.serasan.personnel.internal.correction.CorrectionService;
import id.serasan.personnel.internal.document.DocumentService;
import id.serasan.personnel.internal.employee.EmployeeService;
import id.serasan.personnel.internal.history.HistoryService;
import id.serasan.personnel.internal.io.EmployeeExport;
import id.serasan.personnel.internal.io.EmployeeImport;
import id.serasan.personnel.internal.io.HistoryImport;
import id.serasan.personnel.internal.schedule.DukAndSchedules;
import id.serasan.personnel.internal.search.EmployeeSearch;
import id.serasan.personnel.internal.unit.UnitService;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.PublicUrls;
import id.serasan.platform.api.security.SerasanPrincipal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

/**
 * What the REST resources of personnel work with: the services of each aggregate, and the small helpers every
 * resource needs (the caller, a required body, a 201 with its address).
 */
record PersonnelServices(UnitService units, EmployeeSearch search, EmployeeService employees, CareerService careers,
                         DukAndSchedules schedules, EmployeeExport exporter, HistoryService histories,
                         EmployeeImport importer, HistoryImport historyImporter, DocumentService documents,
                         CorrectionService corrections, PublicUrls urls) {

    /** The path template of a NIP: 18 digits. */
    static final String NIP = "{nip: \\d{18}}";
    /** The path template of an entry's id. */
    static final String ID = "{id: \\d+}";

    /** 201 with the entity and its address, built from the configured public base URL (never the Host header). */
    Response created(Object entity, String... segments) {
        return Response.created(urls.api("personnel", segments)).entity(entity).build();
    }

    static Viewer viewer(SecurityContext sc) {
        return Viewer.of((SerasanPrincipal) sc.getUserPrincipal());
    }

    static <T> T body(T body) {
        if (body == null) {
            throw ProblemException.badRequest("Badan permintaan JSON wajib / A JSON request body is required");
        }
        return body;
    }

    /** The entry of {@code list} with {@code id}, or 404. */
    static <T> T entry(List<T> list, Function<T, Long> idOf, long id) {
        Optional<T> found = list.stream().filter(e -> Long.valueOf(id).equals(idOf.apply(e))).findFirst();
        return found.orElseThrow(() -> ProblemException.notFound("Entri " + id + " tidak ada / Entry " + id
                + " not found"));
    }
}
