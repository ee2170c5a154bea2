package id.serasan.personnel.internal.rest;

import id.serasan.personnel.api.NewUnit;
import id.serasan.personnel.api.Unit;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.api.openapi.Returns;
import id.serasan.platform.api.openapi.Summary;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.RolesAllowed;
import java.util.List;
import javax.ws.rs.Produces;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

/** {@code units}: the OPD tree. Every account reads it; HR creates and changes units. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.HR_OPERATOR, Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EMPLOYEE})
public final class UnitsResource {
    private final PersonnelServices s;

    UnitsResource(PersonnelServices s) {
        this.s = s;
    }

    @GET
    @Summary("Daftar unit (OPD) dengan jumlah pegawai / Units with head counts")
    public List<Unit> units() {
        return s.units().units();
    }

    @GET
    @Path("{code}")
    @Summary("Satu unit / One unit")
    public Unit unit(@PathParam("code") String code) {
        return s.units().unit(code).orElseThrow(() -> ProblemException.notFound("Unit " + code
                + " tidak ada / not found"));
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
    @Summary("Tambah unit / Create a unit")
    @Returns(status = 201, type = Unit.class, location = true)
    public Response create(NewUnit body, @Context SecurityContext sc) {
        Unit u = s.units().create(sc.getUserPrincipal().getName(), PersonnelServices.body(body));
        return s.created(u, "units", u.code());
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Role.ADMIN, Role.HR_OPERATOR})
    @Summary("Ubah nama atau lokasi unit / Rename a unit or move its office")
    public Unit update(@PathParam("code") String code, NewUnit body, @Context SecurityContext sc) {
        return s.units().update(sc.getUserPrincipal().getName(), code, PersonnelServices.body(body));
    }
}
