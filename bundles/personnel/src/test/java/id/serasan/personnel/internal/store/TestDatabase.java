package id.serasan.personnel.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * An embedded Derby database in memory with the module's migrations applied the way the platform applies them
 * (statements end with a semicolon at the end of a line; the generic script where a Derby variant is missing).
 */
public final class TestDatabase {
    private static final AtomicInteger NEXT = new AtomicInteger();
    static final List<String> SCRIPTS = List.of("V1__units_employees_histories.sql", "V2__documents_and_corrections.sql",
            "V3__rank_mkg.sql");

    private TestDatabase() {
    }

    /** A new, empty database with the personnel schema. */
    public static PersonnelDatabase create() {
        return create("memory:personnel-test-" + NEXT.incrementAndGet());
    }

    /** A new database named {@code name} (a Derby name: {@code memory:x}, a directory) with the personnel schema. */
    public static PersonnelDatabase create(String name) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(name);
        ds.setCreateDatabase("create");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            for (String script : SCRIPTS) {
                for (String sql : statements(read(script))) {
                    st.execute(sql);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new PersonnelDatabase(ds);
    }

    private static String read(String script) {
        try (InputStream in = TestDatabase.class.getResourceAsStream("/db/migration/personnel/" + script)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> statements(String script) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.trim().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.trim().endsWith(";")) {
                String s = current.toString().trim();
                out.add(s.substring(0, s.length() - 1));
                current.setLength(0);
            }
        }
        return out;
    }
}
