package id.serasan.personnel.internal.store;

/** A unit's id and path (the ids from the root, {@code /3/17/}); employees' rows copy the path. */
public record UnitRef(long id, String path) {
}
