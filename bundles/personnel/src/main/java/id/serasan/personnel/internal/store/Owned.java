package id.serasan.personnel.internal.store;

/** A history entry with the id of the employee it belongs to, for bulk writes. */
public record Owned<T>(long employeeId, T entry) {
}
