package id.serasan.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database a test runs against, chosen by the failsafe execution (system property {@code serasan.itest.db}):
 * {@code derby} (the distribution's default, nothing to do) or {@code postgresql}, where every test class (and every
 * process-level boot) gets a database of its own, created here before Karaf starts and dropped afterwards.
 *
 * <p>PostgreSQL is reached as {@code serasan.itest.db.url} (the server, e.g. {@code jdbc:postgresql://127.0.0.1:5432/}),
 * {@code serasan.itest.db.user} and {@code serasan.itest.db.password}; the user needs CREATEDB. Runs in the test
 * driver's JVM, never inside Karaf.
 */
public final class TestDatabase {
    /** Databases this JVM created; names start with this and carry their creation time (epoch seconds). */
    static final String PREFIX = "serasan_it_";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final List<TestDatabase> CREATED = new ArrayList<>();
    private static boolean hookInstalled;

    private final String kind;
    private final String name;

    private TestDatabase(String kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    /** The kind this run uses: {@code derby} or {@code postgresql}. */
    public static String kind() {
        String k = System.getProperty("serasan.itest.db", "derby").trim().toLowerCase(Locale.ROOT);
        if (!k.equals("derby") && !k.equals("postgresql")) {
            throw new IllegalStateException("serasan.itest.db must be derby or postgresql, was " + k);
        }
        return k;
    }

    public static boolean postgresql() {
        return kind().equals("postgresql");
    }

    /**
     * A fresh, empty database for {@code owner} (on Derby: the distribution's own embedded database, which is new in
     * every unpacked distribution). On PostgreSQL the database is dropped when this JVM ends, unless {@link #drop()}
     * was called earlier.
     */
    public static synchronized TestDatabase fresh(String owner) {
        if (!postgresql()) {
            return new TestDatabase("derby", null);
        }
        String name = PREFIX + (System.currentTimeMillis() / 1000) + "_" + COUNTER.incrementAndGet() + "_"
                + owner.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        name = name.substring(0, Math.min(name.length(), 63));
        dropLeftovers();
        admin("CREATE DATABASE " + name + " ENCODING 'UTF8'");
        TestDatabase db = new TestDatabase("postgresql", name);
        CREATED.add(db);
        if (!hookInstalled) {
            hookInstalled = true;
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropAll, "drop-test-databases"));
        }
        return db;
    }

    public boolean isPostgresql() {
        return kind.equals("postgresql");
    }

    /** The database name (PostgreSQL) or null (Derby). */
    public String name() {
        return name;
    }

    /** The JDBC URL Karaf uses. */
    public String url() {
        return serverUrl() + name;
    }

    /**
     * The content of {@code etc/org.ops4j.datasource-serasan.cfg} for this database, as docs/operations.md tells an
     * operator to write it; null on Derby (the shipped file stays).
     */
    public String datasourceConfig() {
        if (!isPostgresql()) {
            return null;
        }
        return "# Written by the integration tests: PostgreSQL database " + name + "\n"
                + "osgi.jdbc.driver.name = PostgreSQL JDBC Driver\n"
                + "dataSourceName = serasan\n"
                + "url = " + url() + "\n"
                + "user = " + user() + "\n"
                + "password = " + password() + "\n"
                + "pool = dbcp2\n"
                + "xa = false\n"
                + "jdbc.pool.maxTotal = 16\n"
                + "jdbc.pool.maxIdle = 8\n"
                + "jdbc.pool.testOnBorrow = true\n";
    }

    /** Writes the datasource configuration into an unpacked distribution (no-op on Derby). */
    public void configure(Path karafHome) throws IOException {
        String cfg = datasourceConfig();
        if (cfg != null) {
            Files.writeString(karafHome.resolve("etc/org.ops4j.datasource-serasan.cfg"), cfg, StandardCharsets.UTF_8);
        }
    }

    /** Writes the datasource configuration to a file of its own (for Pax Exam's replaceConfigurationFile). */
    public Path writeConfig(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("org.ops4j.datasource-serasan-" + name + ".cfg");
        Files.writeString(file, datasourceConfig(), StandardCharsets.UTF_8);
        return file;
    }

    /** Drops the database now (PostgreSQL), even if a node still holds connections to it. */
    public synchronized void drop() {
        if (isPostgresql() && CREATED.remove(this)) {
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static synchronized void dropAll() {
        for (TestDatabase db : new ArrayList<>(CREATED)) {
            try {
                db.drop();
            } catch (RuntimeException e) {
                System.err.println("could not drop test database " + db.name + ": " + e);
            }
        }
    }

    /** Drops test databases older than 12 hours (left by a killed run); never touches other databases. */
    private static void dropLeftovers() {
        long cutoff = System.currentTimeMillis() / 1000 - 12 * 3600;
        List<String> old = new ArrayList<>();
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (rs.next()) {
                String n = rs.getString(1);
                String[] parts = n.substring(PREFIX.length()).split("_");
                if (parts.length > 0 && parts[0].matches("\\d{9,11}") && Long.parseLong(parts[0]) < cutoff) {
                    old.add(n);
                }
            }
        } catch (SQLException e) {
            throw unreachable(e);
        }
        for (String n : old) {
            admin("DROP DATABASE IF EXISTS " + n + " WITH (FORCE)");
        }
    }

    private static void admin(String sql) {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(serverUrl() + "postgres", user(), password());
    }

    private static IllegalStateException unreachable(SQLException e) {
        return new IllegalStateException("PostgreSQL at " + serverUrl() + " as " + user() + " failed (" + e.getMessage()
                + "). Start it and create the test role (see .ci/run), or run the Derby suite alone: "
                + "mvn -B clean install -Dserasan.db=derby", e);
    }

    static String serverUrl() {
        String u = System.getProperty("serasan.itest.db.url", "jdbc:postgresql://127.0.0.1:5432/");
        return u.endsWith("/") ? u : u + "/";
    }

    static String user() {
        return System.getProperty("serasan.itest.db.user", "serasan_it");
    }

    static String password() {
        return System.getProperty("serasan.itest.db.password", "serasan_it");
    }
}
