package id.serasan.personnel.internal.rest;

import static id.serasan.personnel.internal.rest.PersonnelServices.ID;
import static id.serasan.personnel.internal.rest.PersonnelServices.body;
import static id.serasan.personnel.internal.rest.PersonnelServices.entry;
import static id.serasan.personnel.internal.rest.PersonnelServices.viewer;

import id.serasan.personnel.api.EducationEntry;
import id.serasan.personnel.api.FamilyMember;
import id.serasan.personnel.api.TrainingEntry;
import id.serasan.personnel.internal.history.HistoryService;
import id.serasan.platform.api.openapi.Returns;
import id.serasan.platform.api.openapi.Summary;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.RolesAllowed;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

/**
 * An employee's education, training and family: every account may read (within its sight); HR and unit operators
 * add and delete wrong entries.
 */
public final class HistoryResources {
    private HistoryResources() {
    }

    /** What the three lists share: the employee and deleting an entry. */
    abstract static class Entries {
        final PersonnelServices s;
        final String nip;
        private final HistoryService.Kind kind;

        Entries(PersonnelServices s, String nip, HistoryService.Kind kind) {
            this.s = s;
            this.nip = nip;
            this.kind = kind;
        }

        Response deleteEntry(long id, SecurityContext sc) {
            s.histories().delete(viewer(sc), nip, kind, id);
            return Response.noContent().build();
        }
    }

    /** {@code employees/{nip}/education}. */
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    public static final class Education extends Entries {
        Education(PersonnelServices s, String nip) {
            super(s, nip, HistoryService.Kind.EDUCATION);
        }

        @GET
        @Summary("Riwayat pendidikan / Education history")
        public List<EducationEntry> list(@Context SecurityContext sc) {
            return s.histories().education(viewer(sc), nip);
        }

        @GET
        @Path(ID)
        @Summary("Satu entri riwayat pendidikan / One education entry")
        public EducationEntry one(@PathParam("id") long id, @Context SecurityContext sc) {
            return entry(list(sc), EducationEntry::id, id);
        }

        @POST
        @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
        @Summary("Tambah riwayat pendidikan / Add an education entry")
        @Returns(status = 201, type = EducationEntry.class, location = true)
        public Response add(EducationEntry body, @Context SecurityContext sc) {
            EducationEntry e = s.histories().addEducation(viewer(sc), nip, body(body));
            return s.created(e, "employees", nip, "education", String.valueOf(e.id()));
        }

        @DELETE
        @Path(ID)
        @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
        @Summary("Hapus riwayat pendidikan yang salah / Delete a wrong education entry")
        @Returns(status = 204, description = "Dihapus / Deleted")
        public Response delete(@PathParam("id") long id, @Context SecurityContext sc) {
            return deleteEntry(id, sc);
        }
    }

    /** {@code employees/{nip}/trainings}. */
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    public static final class Trainings extends Entries {
        Trainings(PersonnelServices s, String nip) {
            super(s, nip, HistoryService.Kind.TRAININGS);
        }

        @GET
        @Summary("Riwayat diklat / Training history")
        public List<TrainingEntry> list(@Context SecurityContext sc) {
            return s.histories().trainings(viewer(sc), nip);
        }

        @GET
        @Path(ID)
        @Summary("Satu entri riwayat diklat / One training entry")
        public TrainingEntry one(@PathParam("id") long id, @Context SecurityContext sc) {
            return entry(list(sc), TrainingEntry::id, id);
        }

        @POST
        @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
        @Summary("Tambah riwayat diklat / Add a training entry")
        @Returns(status = 201, type = TrainingEntry.class, location = true)
        public Response add(TrainingEntry body, @Context SecurityContext sc) {
            TrainingEntry t = s.histories().addTraining(viewer(sc), nip, body(body));
            return s.created(t, "employees", nip, "trainings", String.valueOf(t.id()));
        }

        @DELETE
        @Path(ID)
        @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
        @Summary("Hapus riwayat diklat yang salah / Delete a wrong training entry")
        @Returns(status = 204, description = "Dihapus / Deleted")
        public Response delete(@PathParam("id") long id, @Context SecurityContext sc) {
            return deleteEntry(id, sc);
        }
    }

    /** {@code employees/{nip}/family}. */
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    public static final class Family extends Entries {
        Family(PersonnelServices s, String nip) {
            super(s, nip, HistoryService.Kind.FAMILY);
        }

        @GET
        @Summary("Data keluarga / Family members")
        public List<FamilyMember> list(@Context SecurityContext sc) {
            return s.histories().family(viewer(sc), nip);
        }

        @GET
        @Path(ID)
        @Summary("Satu anggota keluarga / One family member")
        public FamilyMember one(@PathParam("id") long id, @Context SecurityContext sc) {
            return entry(list(sc), FamilyMember::id, id);
        }

        @POST
        @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
        @Summary("Tambah anggota keluarga / Add a family member")
        @Returns(status = 201, type = FamilyMember.class, location = true)
        public Response add(FamilyMember body, @Context SecurityContext sc) {
            FamilyMember f = s.histories().addFamily(viewer(sc), nip, body(body));
            return s.created(f, "employees", nip, "family", String.valueOf(f.id()));
        }

        @DELETE
        @Path(ID)
        @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
        @Summary("Hapus anggota keluarga yang salah / Delete a wrong family member")
        @Returns(status = 204, description = "Dihapus / Deleted")
        public Response delete(@PathParam("id") long id, @Context SecurityContext sc) {
            return deleteEntry(id, sc);
        }
    }
}
