package id.serasan.personnel.api;

/**
 * A unit of the regency's organisation (OPD tree: agency, division, sub-unit) with its office location, which
 * attendance uses for its geofence.
 *
 * @param code       the unit's code, unique
 * @param name       its name
 * @param parentCode the parent's code, null for a top-level agency
 * @param latitude   office latitude (WGS84 degrees)
 * @param longitude  office longitude (WGS84 degrees)
 * @param path       the codes from the root to this unit, separated by {@code /}
 * @param employees  active employees in this unit (not counting sub-units), or -1 when not counted
 */
public record Unit(String code, String name, String parentCode, Double latitude, Double longitude, String path,
                   long employees) {
}
