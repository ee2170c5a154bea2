package id.serasan.personnel.internal.event;

import id.serasan.personnel.api.EmployeeStatus;
import id.serasan.personnel.api.PersonnelEvents;
import id.serasan.personnel.internal.PersonnelTime;
import id.serasan.platform.api.event.EventTopics;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Posts the personnel events ({@link PersonnelEvents}) on EventAdmin, asynchronously; callers post after their
 * transaction committed. Every event carries the NIP, the unit code and the platform's actor, entity id (the NIP) and
 * time. Without EventAdmin nothing is posted.
 */
@Component(service = EmployeeEvents.class)
public class EmployeeEvents {
    private final Clock clock = PersonnelTime.clock();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin eventAdmin;

    public void created(String actor, String nip, String unitCode) {
        post(PersonnelEvents.EMPLOYEE_CREATED, actor, nip, unitCode, Map.of());
    }

    public void transferred(String actor, String nip, String unitCode, String fromUnitCode) {
        post(PersonnelEvents.EMPLOYEE_TRANSFERRED, actor, nip, unitCode, Map.of(PersonnelEvents.FROM_UNIT_CODE,
                fromUnitCode));
    }

    public void left(String actor, String nip, String unitCode, EmployeeStatus status) {
        post(PersonnelEvents.EMPLOYEE_LEFT, actor, nip, unitCode, Map.of(PersonnelEvents.STATUS, status.name()));
    }

    public void rankChanged(String actor, String nip, String unitCode, String rank) {
        post(PersonnelEvents.RANK_CHANGED, actor, nip, unitCode, Map.of(PersonnelEvents.RANK, rank));
    }

    /** The current position changed; a missing type or name is sent as "". */
    public void positionChanged(String actor, String nip, String unitCode, String positionType, String positionName) {
        post(PersonnelEvents.POSITION_CHANGED, actor, nip, unitCode, Map.of(
                PersonnelEvents.POSITION_TYPE, positionType == null ? "" : positionType,
                PersonnelEvents.POSITION_NAME, positionName == null ? "" : positionName));
    }

    private void post(String topic, String actor, String nip, String unitCode, Map<String, ?> extra) {
        EventAdmin ea = eventAdmin;
        if (ea == null) {
            return;
        }
        Map<String, Object> props = new LinkedHashMap<>(extra);
        props.put(EventTopics.ACTOR, actor);
        props.put(EventTopics.ENTITY_ID, nip);
        props.put(EventTopics.AT, Instant.now(clock).toString());
        props.put(PersonnelEvents.NIP, nip);
        props.put(PersonnelEvents.UNIT_CODE, unitCode);
        ea.postEvent(new Event(topic, props));
    }
}
