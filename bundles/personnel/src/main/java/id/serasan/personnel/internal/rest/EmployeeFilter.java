package id.serasan.personnel.internal.rest;

import id.serasan.personnel.api.EmployeeStatus;
import id.serasan.personnel.api.EmploymentType;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.internal.search.EmployeeQuery;
import id.serasan.platform.api.openapi.Field;
import javax.ws.rs.QueryParam;

/**
 * The filters of an employee search and export, as one bean parameter. Enum values that are not one of the names
 * are refused by the platform's parameter converter (400 naming the parameter).
 */
public class EmployeeFilter {
    @QueryParam("q")
    @Field(maxLength = 100, description = "nama atau awal NIP / a name or the start of a NIP")
    public String q;

    @QueryParam("unit")
    @Field(description = "kode unit, termasuk sub-unit / a unit's code, its sub-units included")
    public String unit;

    @QueryParam("rank")
    @Field(description = "golongan, mis. III/a / a golongan such as III/a")
    public String rank;

    @QueryParam("positionType")
    public PositionType positionType;

    @QueryParam("status")
    public EmployeeStatus status;

    @QueryParam("employmentType")
    public EmploymentType employmentType;

    @QueryParam("sort")
    @Field(description = "name, nip, rank atau/or birthDate; awali - untuk menurun / a leading - for descending")
    public String sort;

    EmployeeQuery query() {
        return new EmployeeQuery(q, unit, rank, positionType, status, employmentType, sort);
    }
}
