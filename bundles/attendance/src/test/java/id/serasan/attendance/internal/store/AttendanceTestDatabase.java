package id.serasan.attendance.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.derby.jdbc.EmbeddedDataSource;

/** An embedded Derby database with the attendance schema (every version), as the platform's migrations would leave it. */
public final class AttendanceTestDatabase {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private AttendanceTestDatabase() {
    }

    /** A new in-memory database. */
    public static AttendanceDatabase create() {
        return create("memory:attendance-test-" + NEXT.incrementAndGet());
    }

    /** A new database named {@code name} (memory:x or a directory). */
    public static AttendanceDatabase create(String name) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(name);
        ds.setCreateDatabase("create");
        StringBuilder all = new StringBuilder();
        for (String file : new String[] {"V1__checkins_calendar_sites.sql", "V2__requests_appeals.sql",
            "V3__shifts_rosters.sql"}) {
            try (InputStream in = AttendanceTestDatabase.class.getResourceAsStream("/db/migration/attendance/" + file)) {
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String script = all.toString();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            StringBuilder sql = new StringBuilder();
            for (String line : script.split("\n")) {
                if (line.strip().startsWith("--")) {
                    continue;
                }
                sql.append(line).append('\n');
                if (line.strip().endsWith(";")) {
                    String s = sql.toString().strip();
                    st.execute(s.substring(0, s.length() - 1));
                    sql.setLength(0);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new AttendanceDatabase(ds);
    }
}
