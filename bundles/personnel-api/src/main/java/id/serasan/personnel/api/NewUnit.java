package id.serasan.personnel.api;

/** A unit to create, or the new values of one ({@code code} is ignored on update). */
public record NewUnit(String code, String name, String parentCode, Double latitude, Double longitude) {
}
