package id.serasan.attendance.internal.config;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live settings: re-read whenever {@code etc/id.serasan.attendance.cfg} changes. A configuration that breaks
 * the national frame or a band rule is refused with an error in the log, and the last good settings stay in force.
 */
@Component(service = AttendanceSettings.class, configurationPid = AttendanceConfig.PID)
@Designate(ocd = AttendanceConfig.class)
public class AttendanceSettings {
    private static final Logger LOG = LoggerFactory.getLogger(AttendanceSettings.class);
    private volatile Settings current;

    @Activate
    public AttendanceSettings(AttendanceConfig config) {
        modified(config);
    }

    /** Fixed settings (tests). */
    public AttendanceSettings(Settings settings) {
        this.current = settings;
    }

    @Modified
    void modified(AttendanceConfig config) {
        try {
            current = Settings.of(config);
        } catch (RuntimeException e) {
            if (current == null) {
                throw e;
            }
            LOG.error("Konfigurasi presensi ditolak, yang lama tetap berlaku / Attendance configuration refused,"
                    + " the previous one stays: {}", e.getMessage());
        }
    }

    /** The settings in force. */
    public Settings get() {
        return current;
    }
}
