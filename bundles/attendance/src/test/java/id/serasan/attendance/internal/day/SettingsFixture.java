package id.serasan.attendance.internal.day;

import id.serasan.attendance.internal.config.AttendanceConfig;
import id.serasan.attendance.internal.config.Settings;
import java.lang.reflect.Proxy;

/** The shipped settings (every configuration default). */
final class SettingsFixture {
    private SettingsFixture() {
    }

    static Settings defaults() {
        return Settings.of((AttendanceConfig) Proxy.newProxyInstance(AttendanceConfig.class.getClassLoader(),
                new Class<?>[] {AttendanceConfig.class}, (p, m, a) -> m.getDefaultValue()));
    }
}
