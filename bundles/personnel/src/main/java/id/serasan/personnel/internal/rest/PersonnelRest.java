package id.serasan.personnel.internal.rest;

import id.serasan.platform.api.openapi.Returns;
import id.serasan.platform.api.openapi.Summary;
import id.serasan.platform.api.PublicUrls;
import id.serasan.personnel.api.EducationEntry;
import id.serasan.personnel.api.Employee;
import id.serasan.personnel.api.EmployeeInput;
import id.serasan.personnel.api.EmployeeStatus;
import id.serasan.personnel.api.EmployeeSummary;
import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.FamilyMember;
import id.serasan.personnel.api.NewUnit;
import id.serasan.personnel.api.PositionEntry;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.api.RankEntry;
import id.serasan.personnel.api.TrainingEntry;
import id.serasan.personnel.api.TransferEntry;
import id.serasan.personnel.api.Unit;
import id.serasan.personnel.internal.access.Viewer;
import id.serasan.personnel.internal.career.CareerService;
import id.serasan.personnel.internal.correction.CorrectionService;
import id.serasan.personnel.internal.document.DocumentService;
import id.serasan.personnel.internal.employee.EmployeeService;
import id.serasan.personnel.internal.history.HistoryService;
import id.serasan.personnel.internal.schedule.DukAndSchedules;
import id.serasan.personnel.internal.schedule.DukAndSchedules.DukLine;
import id.serasan.personnel.internal.schedule.DukAndSchedules.ScheduleItem;
import id.serasan.personnel.internal.schedule.DukAndSchedules.ScheduleKind;
import id.serasan.personnel.internal.search.EmployeeQuery;
import id.serasan.personnel.internal.search.EmployeeSearch;
import id.serasan.personnel.internal.store.CorrectionRepository.Correction;
import id.serasan.personnel.internal.store.DocumentRepository;
import id.serasan.personnel.internal.unit.UnitService;
import id.serasan.personnel.internal.io.EmployeeExport;
import id.serasan.personnel.internal.io.EmployeeImport;
import id.serasan.personnel.internal.io.HistoryImport;
import id.serasan.personnel.internal.io.ImportReport;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.Page;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.RestModule;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.RolesAllowed;
import id.serasan.platform.api.security.SerasanPrincipal;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/personnel}: units, employees, histories, DUK, schedules, import and export. Every endpoint names
 * its roles; which records a caller sees or edits within them is decided per object by the services (AccessPolicy).
 */
@Component(service = RestModule.class,
        property = {RestModule.MODULE_PROPERTY + "=personnel", RestModule.TITLE_PROPERTY + "=Kepegawaian / Personnel"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonnelRest implements RestModule {
    static final String NIP = "{nip: \\d{18}}";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final UnitService units;
    private final EmployeeSearch search;
    private final EmployeeService personnel;
    private final CareerService careers;
    private final DukAndSchedules schedules;
    private final EmployeeExport exporter;
    private final HistoryService histories;
    private final EmployeeImport importer;
    private final HistoryImport historyImporter;
    private final DocumentService documents;
    private final CorrectionService corrections;
    private final PublicUrls urls;

    @Activate
    public PersonnelRest(@Reference UnitService units, @Reference EmployeeSearch search,
                         @Reference EmployeeService personnel, @Reference CareerService careers,
                         @Reference DukAndSchedules schedules, @Reference EmployeeExport exporter,
                         @Reference HistoryService histories,
                         @Reference EmployeeImport importer, @Reference HistoryImport historyImporter,
                         @Reference DocumentService documents, @Reference CorrectionService corrections,
                         @Reference PublicUrls urls) {
        this.units = units;
        this.search = search;
        this.careers = careers;
        this.schedules = schedules;
        this.exporter = exporter;
        this.historyImporter = historyImporter;
        this.personnel = personnel;
        this.histories = histories;
        this.importer = importer;
        this.documents = documents;
        this.corrections = corrections;
        this.urls = urls;
    }

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

    // ---------------------------------------------------------------- units

    @GET
    @Path("units")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    @Summary("Daftar unit (OPD) dengan jumlah pegawai / Units with head counts")
    public List<Unit> units() {
        return units.units();
    }

    @GET
    @Path("units/{code}")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    @Summary("Satu unit / One unit")
    public Unit unit(@PathParam("code") String code) {
        return units.unit(code).orElseThrow(() -> ProblemException.notFound("Unit " + code + " tidak ada / not found"));
    }

    @POST
    @Path("units")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
    @Summary("Tambah unit / Create a unit")
    @Returns(status = 201, type = Unit.class, location = true)
    public Response createUnit(NewUnit body, @Context SecurityContext sc) {
        Unit u = units.create(sc.getUserPrincipal().getName(), body(body));
        return created(u, "units", u.code());
    }

    @PUT
    @Path("units/{code}")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
    @Summary("Ubah nama atau lokasi unit / Rename a unit or move its office")
    public Unit updateUnit(@PathParam("code") String code, NewUnit body, @Context SecurityContext sc) {
        return units.update(sc.getUserPrincipal().getName(), code, body(body));
    }

    // ---------------------------------------------------------------- employees

    static EmployeeQuery query(String q, String unit, String rank, String positionType, String status, String employmentType,
                       String sort) {
        return new EmployeeQuery(q, unit, rank, parse(PositionType.class, "positionType", positionType),
                parse(EmployeeStatus.class, "status", status), parse(EmploymentType.class, "employmentType",
                employmentType), sort);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(List.of(new FieldError(field,
                    "salah satu dari / one of " + java.util.Arrays.toString(type.getEnumConstants()))));
        }
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(List.of(new FieldError(field, "tanggal YYYY-MM-DD / a YYYY-MM-DD date")));
        }
    }

    @GET
    @Path("employees")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    @Summary("Cari pegawai (nama atau NIP, unit, golongan, jabatan) / Search employees")
    public Page<EmployeeSummary> search(@QueryParam("q") String q, @QueryParam("unit") String unit,
                                        @QueryParam("rank") String rank, @QueryParam("positionType") String positionType,
                                        @QueryParam("status") String status,
                                        @QueryParam("employmentType") String employmentType,
                                        @QueryParam("sort") String sort, @QueryParam("page") Integer page,
                                        @QueryParam("size") Integer size, @Context SecurityContext sc) {
        return search.search(viewer(sc), query(q, unit, rank, positionType, status, employmentType, sort),
                Page.clampPage(page), Page.clampSize(size));
    }

    @GET
    @Path("employees/export")
    @Produces({"text/csv", XLSX})
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR})
    @Summary("Ekspor hasil pencarian ke CSV atau XLSX / Export a search as CSV or XLSX")
    @Returns(status = 200, type = byte[].class, mediaType = "text/csv", description = "CSV atau XLSX / CSV or XLSX")
    public Response export(@QueryParam("format") String format, @QueryParam("q") String q,
                           @QueryParam("unit") String unit, @QueryParam("rank") String rank,
                           @QueryParam("positionType") String positionType, @QueryParam("status") String status,
                           @QueryParam("employmentType") String employmentType, @QueryParam("sort") String sort,
                           @Context SecurityContext sc) {
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        if (format != null && !xlsx && !"csv".equalsIgnoreCase(format)) {
            throw ProblemException.invalid(List.of(new FieldError("format", "csv atau/or xlsx")));
        }
        Viewer v = viewer(sc);
        EmployeeQuery query = query(q, unit, rank, positionType, status, employmentType, sort);
        List<String[]> rows = exporter.rows(v, query);
        StreamingOutput out = xlsx ? os -> EmployeeExport.writeXlsx(rows, os) : os -> EmployeeExport.writeCsv(rows, os);
        String name = "pegawai-" + LocalDate.now() + (xlsx ? ".xlsx" : ".csv");
        return Response.ok(out, xlsx ? XLSX : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @POST
    @Path("employees")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
    @Summary("Tambah pegawai / Create an employee")
    @Returns(status = 201, type = Employee.class, location = true)
    public Response create(EmployeeInput body, @Context SecurityContext sc) {
        Employee e = personnel.create(viewer(sc), body(body));
        return created(e, "employees", e.nip());
    }

    @GET
    @Path("me")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    @Summary("Data saya / My record")
    public Employee me(@Context SecurityContext sc) {
        Viewer v = viewer(sc);
        if (v.nip() == null) {
            throw ProblemException.notFound("Akun ini belum ditautkan ke NIP / This account is not linked to a NIP");
        }
        return personnel.get(v, v.nip());
    }

    @GET
    @Path("employees/" + NIP)
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    @Summary("Data pegawai dengan nilai turunan / An employee with derived values")
    public Employee get(@PathParam("nip") String nip, @Context SecurityContext sc) {
        return personnel.get(viewer(sc), nip);
    }

    @PUT
    @Path("employees/" + NIP)
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
    @Summary("Ubah data pegawai (dengan versi) / Change an employee (with the version)")
    public Employee update(@PathParam("nip") String nip, EmployeeInput body, @Context SecurityContext sc) {
        return personnel.update(viewer(sc), nip, body(body));
    }

    // ---------------------------------------------------------------- histories

    @GET
    @Path("employees/" + NIP + "/ranks")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    @Summary("Riwayat golongan / Rank history")
    public List<RankEntry> ranks(@PathParam("nip") String nip, @Context SecurityContext sc) {
        return careers.ranks(viewer(sc), nip);
    }

    @POST
    @Path("employees/" + NIP + "/ranks")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
    @Summary("Tambah riwayat golongan / Add a rank entry")
    @Returns(status = 201, type = RankEntry.class, location = true)
    public Response addRank(@PathParam("nip") String nip, RankEntry body, @Context SecurityContext sc) {
        RankEntry r = careers.addRank(viewer(sc), nip, body(body));
        return created(r, "employees", nip, "ranks", String.valueOf(r.id()));
    }

    @DELETE
    @Path("employees/" + NIP + "/ranks/{id: \\d+}")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
    @Summary("Hapus riwayat golongan yang salah / Delete a wrong rank entry")
    @Returns(status = 204, description = "Dihapus / Deleted")
    public Response deleteRank(@PathParam("nip") String nip, @PathParam("id") long id, @Context SecurityContext sc) {
        careers.deleteRank(viewer(sc), nip, id);
        return Response.noContent().build();
    }

    @GET
    @Path("employees/" + NIP + "/positions")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    @Summary("Riwayat jabatan / Position history")
    public List<PositionEntry> positions(@PathParam("nip") String nip, @Context SecurityContext sc) {
        return careers.positions(viewer(sc), nip);
    }

    @POST
    @Path("employees/" + NIP + "/positions")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
    @Summary("Tambah riwayat jabatan / Add a position entry")
    @Returns(status = 201, type = PositionEntry.class, location = true)
    public Response addPosition(@PathParam("nip") String nip, PositionEntry body, @Context SecurityContext sc) {
        PositionEntry p = careers.addPosition(viewer(sc), nip, body(body));
        return created(p, "employees", nip, "positions", String.valueOf(p.id()));
    }

    @DELETE
    @Path("employees/" + NIP + "/positions/{id: \\d+}")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
    @Summary("Hapus riwayat jabatan yang salah / Delete a wrong position entry")
    @Returns(status = 204, description = "Dihapus / Deleted")
    public Response deletePosition(@PathParam("nip") String nip, @PathParam("id") long id, @Context SecurityContext sc) {
        careers.deletePosition(viewer(sc), nip, id);
        return Response.noContent().build();
    }

    @GET
    @Path("employees/" + NIP + "/transfers")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    @Summary("Riwayat mutasi / Transfer history")
    public List<TransferEntry> transfers(@PathParam("nip") String nip, @Context SecurityContext sc) {
        return careers.transfers(viewer(sc), nip);
    }

    @POST
    @Path("employees/" + NIP + "/transfers")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
    @Summary("Mutasi dengan SK / Transfer under a decree")
    @Returns(status = 201, type = TransferEntry.class, location = true, description = "Dicatat; Location: riwayat mutasi / Recorded; Location: the transfer history")
    public Response transfer(@PathParam("nip") String nip, TransferEntry body, @Context SecurityContext sc) {
        TransferEntry t = careers.transfer(viewer(sc), nip, body(body));
        return created(t, "employees", nip, "transfers");
    }

    @GET
    @Path("employees/" + NIP + "/education")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    @Summary("Riwayat pendidikan / Education history")
    public List<EducationEntry> education(@PathParam("nip") String nip, @Context SecurityContext sc) {
        return histories.education(viewer(sc), nip);
    }

    @POST
    @Path("employees/" + NIP + "/education")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
    @Summary("Tambah riwayat pendidikan / Add an education entry")
    @Returns(status = 201, type = EducationEntry.class, location = true)
    public Response addEducation(@PathParam("nip") String nip, EducationEntry body, @Context SecurityContext sc) {
        EducationEntry e = histories.addEducation(viewer(sc), nip, body(body));
        return created(e, "employees", nip, "education", String.valueOf(e.id()));
    }

    @GET
    @Path("employees/" + NIP + "/trainings")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    @Summary("Riwayat diklat / Training history")
    public List<TrainingEntry> trainings(@PathParam("nip") String nip, @Context SecurityContext sc) {
        return histories.trainings(viewer(sc), nip);
    }

    @POST
    @Path("employees/" + NIP + "/trainings")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
    @Summary("Tambah riwayat diklat / Add a training entry")
    @Returns(status = 201, type = TrainingEntry.class, location = true)
    public Response addTraining(@PathParam("nip") String nip, TrainingEntry body, @Context SecurityContext sc) {
        TrainingEntry t = histories.addTraining(viewer(sc), nip, body(body));
        return created(t, "employees", nip, "trainings", String.valueOf(t.id()));
    }

    @GET
    @Path("employees/" + NIP + "/family")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    @Summary("Data keluarga / Family members")
    public List<FamilyMember> family(@PathParam("nip") String nip, @Context SecurityContext sc) {
        return histories.family(viewer(sc), nip);
    }

    @POST
    @Path("employees/" + NIP + "/family")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
    @Summary("Tambah anggota keluarga / Add a family member")
    @Returns(status = 201, type = FamilyMember.class, location = true)
    public Response addFamily(@PathParam("nip") String nip, FamilyMember body, @Context SecurityContext sc) {
        FamilyMember f = histories.addFamily(viewer(sc), nip, body(body));
        return created(f, "employees", nip, "family", String.valueOf(f.id()));
    }

    @DELETE
    @Path("employees/" + NIP + "/{kind: education|trainings|family}/{id: \\d+}")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
    @Summary("Hapus riwayat pendidikan, diklat atau keluarga yang salah / Delete a wrong education, training or family entry")
    @Returns(status = 204, description = "Dihapus / Deleted")
    public Response deleteEntry(@PathParam("nip") String nip, @PathParam("kind") String kind, @PathParam("id") long id,
                                @Context SecurityContext sc) {
        histories.delete(viewer(sc), nip, HistoryService.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), id);
        return Response.noContent().build();
    }

    // ---------------------------------------------------------------- documents

    @GET
    @Path("employees/" + NIP + "/documents")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    @Summary("Dokumen pegawai / An employee's documents")
    public List<DocumentRepository.Document> documents(@PathParam("nip") String nip, @Context SecurityContext sc) {
        return documents.list(viewer(sc), nip);
    }

    @POST
    @Path("employees/" + NIP + "/documents")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    @Summary("Unggah dokumen (PDF, JPEG, PNG) / Upload a document")
    @Returns(status = 201, type = DocumentRepository.Document.class, location = true)
    public Response upload(@PathParam("nip") String nip, @QueryParam("kind") String kind,
                           @QueryParam("filename") String filename, @Context javax.ws.rs.core.HttpHeaders headers,
                           InputStream body, @Context SecurityContext sc) {
        DocumentRepository.Document d = documents.upload(viewer(sc), nip, kind, filename,
                headers.getHeaderString(javax.ws.rs.core.HttpHeaders.CONTENT_TYPE), body);
        return created(d, "employees", nip, "documents", String.valueOf(d.id()));
    }

    @GET
    @Path("employees/" + NIP + "/documents/{id: \\d+}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    @Summary("Unduh dokumen / Download a document")
    @Returns(status = 200, type = byte[].class, mediaType = "application/pdf", description = "Isi dokumen (PDF, JPEG atau PNG) / The document (PDF, JPEG or PNG)")
    public Response download(@PathParam("nip") String nip, @PathParam("id") long id, @Context SecurityContext sc) {
        DocumentRepository.Content c = documents.get(viewer(sc), nip, id);
        return Response.ok(c.bytes(), c.document().contentType())
                .header("Content-Disposition", contentDisposition(c.document().filename()))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-store")
                .tag(c.document().sha256()).build();
    }

    @DELETE
    @Path("employees/" + NIP + "/documents/{id: \\d+}")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
    @Summary("Hapus dokumen / Delete a document")
    @Returns(status = 204, description = "Dihapus / Deleted")
    public Response deleteDocument(@PathParam("nip") String nip, @PathParam("id") long id, @Context SecurityContext sc) {
        documents.delete(viewer(sc), nip, id);
        return Response.noContent().build();
    }

    /** RFC 6266: an ASCII fallback name and the exact name in UTF-8. */
    static String contentDisposition(String filename) {
        String ascii = filename.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        String utf8 = java.net.URLEncoder.encode(filename, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }

    // ---------------------------------------------------------------- self-service corrections

    @GET
    @Path("employees/" + NIP + "/corrections")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    @Summary("Usulan perbaikan data seorang pegawai / An employee's correction proposals")
    public List<Correction> correctionsOf(@PathParam("nip") String nip, @Context SecurityContext sc) {
        return corrections.ofEmployee(viewer(sc), nip);
    }

    @POST
    @Path("employees/" + NIP + "/corrections")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    @Summary("Usulkan perbaikan data / Propose a correction")
    @Returns(status = 201, type = Correction.class, location = true, description = "Diusulkan; Location: usulan pegawai ini / Proposed; Location: this employee's corrections")
    public Response propose(@PathParam("nip") String nip, CorrectionService.Proposal body, @Context SecurityContext sc) {
        Correction k = corrections.propose(viewer(sc), nip, body(body));
        return created(k, "employees", nip, "corrections");
    }

    @GET
    @Path("corrections")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
    @Summary("Daftar kerja usulan perbaikan / The corrections work list")
    public Page<Correction> corrections(@QueryParam("status") String status,
                                                          @QueryParam("page") Integer page,
                                                          @QueryParam("size") Integer size) {
        return corrections.list(status, Page.clampPage(page), Page.clampSize(size));
    }

    /** The body of approve/reject. */
    public record Decision(String reason) {
    }

    @POST
    @Path("corrections/{id: \\d+}/approve")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
    @Summary("Setujui usulan (data berubah sekarang) / Approve a correction (the record changes now)")
    public Correction approve(@PathParam("id") long id, Decision body, @Context SecurityContext sc) {
        return corrections.decide(viewer(sc), id, true, body == null ? null : body.reason());
    }

    @POST
    @Path("corrections/{id: \\d+}/reject")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
    @Summary("Tolak usulan dengan alasan / Reject a correction with a reason")
    public Correction reject(@PathParam("id") long id, Decision body, @Context SecurityContext sc) {
        return corrections.decide(viewer(sc), id, false, body == null ? null : body.reason());
    }

    // ---------------------------------------------------------------- DUK and schedules

    @GET
    @Path("duk")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR})
    @Summary("DUK unit atau kabupaten / DUK of a unit or the regency")
    public Page<DukLine> duk(@QueryParam("unit") String unit, @QueryParam("page") Integer page,
                             @QueryParam("size") Integer size, @Context SecurityContext sc) {
        return schedules.duk(viewer(sc), unit, Page.clampPage(page), Page.clampSize(size));
    }

    @GET
    @Path("schedules/{kind: promotions|salary-steps|retirements}")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR})
    @Summary("Jadwal kenaikan pangkat, KGB atau pensiun / Promotion, salary-step or retirement schedule")
    public Page<ScheduleItem> schedule(@PathParam("kind") String kind, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("unit") String unit,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                       @Context SecurityContext sc) {
        ScheduleKind k = switch (kind) {
            case "promotions" -> ScheduleKind.PROMOTIONS;
            case "salary-steps" -> ScheduleKind.SALARY_STEPS;
            default -> ScheduleKind.RETIREMENTS;
        };
        return schedules.schedule(viewer(sc), k, date("from", from), date("to", to), unit, Page.clampPage(page),
                Page.clampSize(size));
    }

    // ---------------------------------------------------------------- import

    @POST
    @Path("imports")
    @Consumes({"text/csv", XLSX})
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
    @Summary("Impor pegawai atau riwayat dari CSV/XLSX (uji dulu) / Import employees or histories (dry run first)")
    @Returns(status = 200, type = ImportReport.class, description = "Uji coba: setiap kesalahan baris, tidak ada yang ditulis / Dry run: every row error, nothing written")
    @Returns(status = 201, type = ImportReport.class, description = "Diimpor semua baris / Every row imported")
    public Response importEmployees(InputStream body, @QueryParam("dryRun") Boolean dryRun,
                                    @QueryParam("format") String format, @QueryParam("kind") String kind,
                                    @Context javax.ws.rs.core.HttpHeaders headers, @Context SecurityContext sc) {
        MediaType type = headers.getMediaType();
        boolean xlsx = "xlsx".equalsIgnoreCase(format)
                || (type != null && XLSX.equals(type.getType() + "/" + type.getSubtype()));
        boolean dry = dryRun == null || dryRun;
        if (kind != null && !kind.equals("employees") && !kind.equals("histories")) {
            throw ProblemException.invalid(List.of(new FieldError("kind", "employees atau/or histories")));
        }
        ImportReport report = "histories".equals(kind) ? historyImporter.importHistories(viewer(sc), body, xlsx, dry)
                : importer.importEmployees(viewer(sc), body, xlsx, dry);
        return Response.status(report.applied() ? 201 : 200).entity(report).build();
    }
}
