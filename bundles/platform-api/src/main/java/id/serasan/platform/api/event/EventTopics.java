package id.serasan.platform.api.event;

import id.serasan.platform.api.RestModule;

/**
 * Domain events go out on OSGi EventAdmin as {@code serasan/<module>/<Event>}, e.g.
 * {@code serasan/personnel/EmployeeTransferred}. Properties hold plain values (strings, numbers, ISO-8601
 * texts), never implementation types, so consumers need no compile-time coupling. Subscribe to a whole module
 * with {@code serasan/<module>/*}.
 */
public final class EventTopics {
    /** Property: who caused the event (username or {@code system}). */
    public static final String ACTOR = "actor";
    /** Property: the id of the object the event is about. */
    public static final String ENTITY_ID = "entityId";
    /** Property: when it happened, ISO-8601 instant. */
    public static final String AT = "at";

    private EventTopics() {
    }

    /** The topic of {@code event} (UpperCamelCase) from {@code module}. */
    public static String topic(String module, String event) {
        if (!RestModule.isValidName(module)) {
            throw new IllegalArgumentException("invalid module name: " + module);
        }
        if (event == null || !event.matches("[A-Z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("event names are UpperCamelCase: " + event);
        }
        return "serasan/" + module + "/" + event;
    }

    /** The wildcard topic for every event of {@code module}. */
    public static String allOf(String module) {
        if (!RestModule.isValidName(module)) {
            throw new IllegalArgumentException("invalid module name: " + module);
        }
        return "serasan/" + module + "/*";
    }
}
