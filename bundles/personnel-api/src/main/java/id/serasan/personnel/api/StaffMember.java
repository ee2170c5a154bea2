package id.serasan.personnel.api;

/**
 * An active employee as other modules list a unit's staff (attendance recaps, performance teams): who, in which
 * unit, under whom.
 *
 * @param nip           the NIP
 * @param name          the name with titles
 * @param unitCode      the unit's code
 * @param unitName      the unit's name
 * @param supervisorNip the direct supervisor's NIP, or null
 * @since 1.3
 */
public record StaffMember(String nip, String name, String unitCode, String unitName, String supervisorNip) {
}
