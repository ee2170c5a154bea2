package id.serasan.personnel.internal.rest;

import static id.serasan.personnel.internal.rest.PersonnelServices.ID;
import static id.serasan.personnel.internal.rest.PersonnelServices.body;
import static id.serasan.personnel.internal.rest.PersonnelServices.entry;
import static id.serasan.personnel.internal.rest.PersonnelServices.viewer;

import id.serasan.personnel.api.PositionEntry;
import id.serasan.personnel.api.RankEntry;
import id.serasan.personnel.api.TransferEntry;
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
 * An employee's career histories, which keep the record's current rank, position and unit: every account may read
 * (within its sight), HR and unit operators add, only HR deletes a wrong rank or position entry.
 */
public final class CareerResources {
    private CareerResources() {
    }

    /** {@code employees/{nip}/ranks}. */
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    public static final class Ranks {
        private final PersonnelServices s;
        private final String nip;

        Ranks(PersonnelServices s, String nip) {
            this.s = s;
            this.nip = nip;
        }

        @GET
        @Summary("Riwayat golongan / Rank history")
        public List<RankEntry> list(@Context SecurityContext sc) {
            return s.careers().ranks(viewer(sc), nip);
        }

        @GET
        @Path(ID)
        @Summary("Satu entri riwayat golongan / One rank entry")
        public RankEntry one(@PathParam("id") long id, @Context SecurityContext sc) {
            return entry(list(sc), RankEntry::id, id);
        }

        @POST
        @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
        @Summary("Tambah riwayat golongan / Add a rank entry")
        @Returns(status = 201, type = RankEntry.class, location = true)
        public Response add(RankEntry body, @Context SecurityContext sc) {
            RankEntry r = s.careers().addRank(viewer(sc), nip, body(body));
            return s.created(r, "employees", nip, "ranks", String.valueOf(r.id()));
        }

        @DELETE
        @Path(ID)
        @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
        @Summary("Hapus riwayat golongan yang salah / Delete a wrong rank entry")
        @Returns(status = 204, description = "Dihapus / Deleted")
        public Response delete(@PathParam("id") long id, @Context SecurityContext sc) {
            s.careers().deleteRank(viewer(sc), nip, id);
            return Response.noContent().build();
        }
    }

    /** {@code employees/{nip}/positions}. */
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    public static final class Positions {
        private final PersonnelServices s;
        private final String nip;

        Positions(PersonnelServices s, String nip) {
            this.s = s;
            this.nip = nip;
        }

        @GET
        @Summary("Riwayat jabatan / Position history")
        public List<PositionEntry> list(@Context SecurityContext sc) {
            return s.careers().positions(viewer(sc), nip);
        }

        @GET
        @Path(ID)
        @Summary("Satu entri riwayat jabatan / One position entry")
        public PositionEntry one(@PathParam("id") long id, @Context SecurityContext sc) {
            return entry(list(sc), PositionEntry::id, id);
        }

        @POST
        @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
        @Summary("Tambah riwayat jabatan / Add a position entry")
        @Returns(status = 201, type = PositionEntry.class, location = true)
        public Response add(PositionEntry body, @Context SecurityContext sc) {
            PositionEntry p = s.careers().addPosition(viewer(sc), nip, body(body));
            return s.created(p, "employees", nip, "positions", String.valueOf(p.id()));
        }

        @DELETE
        @Path(ID)
        @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
        @Summary("Hapus riwayat jabatan yang salah / Delete a wrong position entry")
        @Returns(status = 204, description = "Dihapus / Deleted")
        public Response delete(@PathParam("id") long id, @Context SecurityContext sc) {
            s.careers().deletePosition(viewer(sc), nip, id);
            return Response.noContent().build();
        }
    }

    /** {@code employees/{nip}/transfers}: a transfer moves the employee; it is not deleted, a new one corrects it. */
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
    public static final class Transfers {
        private final PersonnelServices s;
        private final String nip;

        Transfers(PersonnelServices s, String nip) {
            this.s = s;
            this.nip = nip;
        }

        @GET
        @Summary("Riwayat mutasi / Transfer history")
        public List<TransferEntry> list(@Context SecurityContext sc) {
            return s.careers().transfers(viewer(sc), nip);
        }

        @GET
        @Path(ID)
        @Summary("Satu entri riwayat mutasi / One transfer entry")
        public TransferEntry one(@PathParam("id") long id, @Context SecurityContext sc) {
            return entry(list(sc), TransferEntry::id, id);
        }

        @POST
        @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR})
        @Summary("Mutasi dengan SK / Transfer under a decree")
        @Returns(status = 201, type = TransferEntry.class, location = true)
        public Response add(TransferEntry body, @Context SecurityContext sc) {
            TransferEntry t = s.careers().transfer(viewer(sc), nip, body(body));
            return s.created(t, "employees", nip, "transfers", String.valueOf(t.id()));
        }
    }
}
