package id.serasan.platform.internal.db;

import id.serasan.platform.api.RestModule;
import id.serasan.platform.api.persistence.MigrationException;
import id.serasan.platform.api.persistence.SchemaMigrations;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies each module's versioned SQL scripts and records them in SERASAN_SCHEMA_HISTORY.
 *
 * <p>Only one migration runs at a time on a database, whichever node runs it: each takes the single row of
 * {@code SERASAN_SCHEMA_LOCK} with an {@code UPDATE} in a transaction of its own connection (an exclusive row lock,
 * like {@code SELECT ... FOR UPDATE}, on Derby and PostgreSQL alike) and holds it until it has read the history
 * and applied its scripts. A second node starting on the same database waits, then finds the scripts applied.
 */
@Component(service = SchemaMigrations.class)
public class Migrator implements SchemaMigrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    static final String LOCK_TABLE = "SERASAN_SCHEMA_LOCK";
    private static final long LOCK_WAIT_MS = 15 * 60_000L;
    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+?)(?:\\.(derby|postgresql))?\\.sql");

    private final DataSource dataSource;

    @Activate
    public Migrator(@Reference(target = "(osgi.jndi.service.name=serasan)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One script to apply. */
    public record Script(int version, String description, String sql) {
    }

    @Override
    public List<Integer> migrate(String module, Bundle bundle) {
        Enumeration<URL> urls = bundle.findEntries("db/migration/" + module, "V*.sql", false);
        List<URL> list = urls == null ? List.of() : Collections.list(urls);
        try {
            Map<Integer, Script> generic = new TreeMap<>();
            Map<String, Map<Integer, Script>> specific = new HashMap<>();
            for (URL url : list) {
                String file = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
                Matcher m = SCRIPT.matcher(file);
                if (!m.matches()) {
                    throw new MigrationException("badly named migration script " + file + " in " + module);
                }
                Script s = new Script(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), read(url));
                Map<Integer, Script> target = m.group(3) == null ? generic
                        : specific.computeIfAbsent(m.group(3), k -> new TreeMap<>());
                if (target.put(s.version(), s) != null) {
                    throw new MigrationException("two scripts for version " + s.version() + " of " + module);
                }
            }
            return migrate(module, generic, specific);
        } catch (IOException e) {
            throw new MigrationException("cannot read migration scripts of " + module, e);
        }
    }

    /** Applies scripts: {@code generic} by version, overridden per database product by {@code specific}. */
    public List<Integer> migrate(String module, Map<Integer, Script> generic, Map<String, Map<Integer, Script>> specific) {
        if (!RestModule.isValidName(module)) {
            throw new MigrationException("invalid module name " + module);
        }
        try (Connection lock = dataSource.getConnection(); Connection c = dataSource.getConnection()) {
            boolean auto = lock.getAutoCommit();
            ensureLockTable(lock);
            lock.setAutoCommit(false);
            try {
                acquire(lock, module);
                return migrateLocked(c, module, generic, specific);
            } finally {
                lock.commit(); // releases the lock (and records who held it last)
                lock.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new MigrationException("migration of " + module + " failed: " + e.getMessage(), e);
        }
    }

    private List<Integer> migrateLocked(Connection c, String module, Map<Integer, Script> generic,
                                        Map<String, Map<Integer, Script>> specific) throws SQLException {
        String product = product(c);
        Map<Integer, Script> scripts = new TreeMap<>(generic);
        scripts.putAll(specific.getOrDefault(product, Map.of()));
        ensureHistoryTable(c);
        Map<Integer, String> applied = applied(c, module);
        List<Integer> done = new ArrayList<>();
        int expected = 1;
        for (Script s : scripts.values()) {
            if (s.version() != expected++) {
                throw new MigrationException(module + ": migration versions must run 1, 2, 3... without gaps; found V" + s.version());
            }
            String sum = checksum(s.sql());
            String old = applied.get(s.version());
            if (old != null) {
                if (!old.equals(sum)) {
                    throw new MigrationException(module + " V" + s.version() + " was changed after it was applied (checksum "
                            + old + " recorded, " + sum + " now)");
                }
                continue;
            }
            apply(c, module, s, sum);
            done.add(s.version());
            LOG.info("Schema of {} migrated to V{} ({})", module, s.version(), s.description());
        }
        return done;
    }

    /** Creates the lock table and its one row unless they exist (another node may create them at the same moment). */
    static void ensureLockTable(Connection c) throws SQLException {
        if (!tableExists(c, LOCK_TABLE)) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE " + LOCK_TABLE + " (ID INTEGER NOT NULL PRIMARY KEY, LOCKED_AT BIGINT NOT NULL, "
                        + "LOCKED_BY VARCHAR(200))");
            } catch (SQLException e) {
                if (!tableExists(c, LOCK_TABLE)) {
                    throw e;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + LOCK_TABLE + " (ID, LOCKED_AT) VALUES (1, 0)")) {
            ps.executeUpdate();
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    /**
     * Takes the lock row in the connection's open transaction, waiting (in rounds of the database's lock timeout)
     * while another migration holds it.
     */
    static void acquire(Connection lock, String module) throws SQLException {
        long deadline = System.currentTimeMillis() + LOCK_WAIT_MS;
        String me = java.lang.management.ManagementFactory.getRuntimeMXBean().getName() + " " + module;
        boolean told = false;
        while (true) {
            try (PreparedStatement ps = lock.prepareStatement("UPDATE " + LOCK_TABLE
                    + " SET LOCKED_AT = ?, LOCKED_BY = ? WHERE ID = 1")) {
                ps.setLong(1, System.currentTimeMillis());
                ps.setString(2, me.length() > 200 ? me.substring(0, 200) : me);
                if (ps.executeUpdate() != 1) {
                    throw new MigrationException("the row of " + LOCK_TABLE + " is missing");
                }
                return;
            } catch (SQLException e) {
                String state = e.getSQLState();
                boolean busy = state != null && (state.startsWith("40XL") || state.equals("55P03") || state.equals("40001"));
                if (!busy || System.currentTimeMillis() > deadline) {
                    throw e;
                }
                lock.rollback();
                if (!told) {
                    LOG.info("Waiting for another node's schema migration to finish before migrating {}", module);
                    told = true;
                }
            }
        }
    }

    private static boolean tableExists(Connection c, String upper) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        for (String name : new String[] {upper, upper.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rs = md.getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public int currentVersion(String module) {
        try (Connection c = dataSource.getConnection()) {
            ensureHistoryTable(c);
            return applied(c, module).keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        } catch (SQLException e) {
            throw new MigrationException("cannot read the schema history", e);
        }
    }

    static String product(Connection c) throws SQLException {
        String name = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (name.contains("derby")) {
            return "derby";
        }
        if (name.contains("postgres")) {
            return "postgresql";
        }
        return name.replaceAll("[^a-z0-9]", "");
    }

    private static void apply(Connection c, String module, Script s, String sum) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String stmt : statements(s.sql())) {
                st.execute(stmt);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO SERASAN_SCHEMA_HISTORY (MODULE, VERSION, DESCRIPTION, CHECKSUM, APPLIED_AT) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, module);
                ps.setInt(2, s.version());
                ps.setString(3, s.description());
                ps.setString(4, sum);
                ps.setLong(5, System.currentTimeMillis());
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new MigrationException(module + " V" + s.version() + " failed and was rolled back: " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Splits a script into statements at semicolons that end a line; drops comment lines. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("--")) {
                continue;
            }
            if (t.endsWith(";")) {
                cur.append(t, 0, t.length() - 1);
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(t).append('\n');
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }

    private static void ensureHistoryTable(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        for (String name : new String[] {"SERASAN_SCHEMA_HISTORY", "serasan_schema_history"}) {
            try (ResultSet rs = md.getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE SERASAN_SCHEMA_HISTORY (MODULE VARCHAR(40) NOT NULL, VERSION INTEGER NOT NULL, "
                    + "DESCRIPTION VARCHAR(200) NOT NULL, CHECKSUM VARCHAR(64) NOT NULL, APPLIED_AT BIGINT NOT NULL, "
                    + "PRIMARY KEY (MODULE, VERSION))");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            // Another node may have created it at the same moment.
            try (ResultSet rs = md.getTables(null, null, "SERASAN_SCHEMA_HISTORY", null)) {
                if (!rs.next()) {
                    try (ResultSet rs2 = md.getTables(null, null, "serasan_schema_history", null)) {
                        if (!rs2.next()) {
                            throw e;
                        }
                    }
                }
            }
        }
    }

    private static Map<Integer, String> applied(Connection c, String module) throws SQLException {
        Map<Integer, String> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT VERSION, CHECKSUM FROM SERASAN_SCHEMA_HISTORY WHERE MODULE = ?")) {
            ps.setString(1, module);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String checksum(String sql) {
        try {
            String normalised = String.join("\n", statements(sql));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
