package id.serasan.platform.internal.audit;

import id.serasan.platform.api.Page;
import id.serasan.platform.api.audit.AuditQuery;
import id.serasan.platform.api.audit.AuditRecord;
import id.serasan.platform.api.audit.AuditService;
import id.serasan.platform.internal.db.Database;
import id.serasan.platform.internal.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The audit trail in table SERASAN_AUDIT. */
@Component(service = {AuditService.class, JdbcAuditService.class})
public class JdbcAuditService implements AuditService {
    static final int MAX_JSON = 32_000;

    private final Database db;

    @Activate
    public JdbcAuditService(@Reference Database db) {
        this.db = db;
    }

    /** Writes one row with the states already as JSON text. */
    private static void insert(Connection c, String actor, String action, String entityType, String entityId,
                               String before, String after) throws SQLException {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO SERASAN_AUDIT "
                + "(AT_MS, ACTOR, ACTION, ENTITY_TYPE, ENTITY_ID, BEFORE_JSON, AFTER_JSON) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, System.currentTimeMillis());
            ps.setString(2, cut(actor, 64));
            ps.setString(3, cut(action, 100));
            ps.setString(4, cut(entityType, 100));
            ps.setString(5, cut(entityId, 100));
            ps.setString(6, cut(before, MAX_JSON));
            ps.setString(7, cut(after, MAX_JSON));
            ps.executeUpdate();
        }
    }

    @Override
    public void record(Connection c, String actor, String action, String entityType, String entityId, Object before,
                       Object after) throws SQLException {
        insert(c, actor, action, entityType, entityId, json(before), json(after));
    }

    @Override
    public void record(String actor, String action, String entityType, String entityId, Object before, Object after) {
        String b = json(before);
        String a = json(after);
        db.tx(c -> {
            insert(c, actor, action, entityType, entityId, b, a);
            return null;
        });
    }

    /**
     * The state as the platform's JSON; a state too large for the trail is stored as a valid JSON note of its size
     * and digest instead of a cut-off text.
     */
    static String json(Object state) {
        String text = Json.write(state);
        if (text == null || text.length() <= MAX_JSON) {
            return text;
        }
        return Json.write(java.util.Map.of("truncated", true, "length", text.length(), "sha256", sha256(text)));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Page<AuditRecord> find(AuditQuery q, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        filter(where, args, "ACTOR", q.actor());
        filter(where, args, "ACTION", q.action());
        filter(where, args, "ENTITY_TYPE", q.entityType());
        filter(where, args, "ENTITY_ID", q.entityId());
        if (q.from() != null) {
            where.append(" AND AT_MS >= ?");
            args.add(q.from().toEpochMilli());
        }
        if (q.to() != null) {
            where.append(" AND AT_MS < ?");
            args.add(q.to().toEpochMilli());
        }
        return db.read(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM SERASAN_AUDIT" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<AuditRecord> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ID, AT_MS, ACTOR, ACTION, ENTITY_TYPE, ENTITY_ID, "
                    + "BEFORE_JSON, AFTER_JSON FROM SERASAN_AUDIT" + where
                    + " ORDER BY ID DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                List<Object> all = new ArrayList<>(args);
                all.add((long) page * size);
                all.add(size);
                bind(ps, all);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new AuditRecord(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                    }
                }
            }
            return new Page<>(items, page, size, total);
        });
    }

    /** Column names are constants of this class, never input; values are bound. */
    private static void filter(StringBuilder where, List<Object> args, String column, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(column).append(" = ?");
            args.add(value);
        }
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof Long l) {
                ps.setLong(i + 1, l);
            } else if (a instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else {
                ps.setString(i + 1, (String) a);
            }
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
