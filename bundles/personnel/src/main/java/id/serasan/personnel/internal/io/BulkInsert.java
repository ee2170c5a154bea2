package id.serasan.personnel.internal.io;

import id.serasan.personnel.internal.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Bulk insert of rows in groups of up to {@value #ROWS}: by default with multi-row
 * {@code INSERT ... VALUES (...), (...)} statements, one statement execution per group (Derby runs a JDBC batch one
 * statement at a time); or as JDBC batches of one-row statements. Which is the default is measured, see the
 * module README. Works on Derby and PostgreSQL.
 */
final class BulkInsert implements AutoCloseable {
    static final int ROWS = 100;

    /** How rows reach the database. */
    enum Mode {
        /** One {@code INSERT ... VALUES (...), (...)} per group. */
        MULTI_ROW,
        /** One JDBC batch of one-row inserts per group. */
        BATCH
    }

    /** The mode the imports use. */
    static final Mode DEFAULT = Mode.MULTI_ROW;

    private final Connection c;
    private final String head;
    private final String tuple;
    private final Mode mode;
    private final List<Object[]> pending = new ArrayList<>(ROWS);
    private PreparedStatement full;
    private int written;

    /** {@code head}: {@code INSERT INTO T (A, B)}; {@code tuple}: {@code (?, ?)}, or with constants {@code (?, 0, ?)}. */
    BulkInsert(Connection c, String head, String tuple) {
        this(c, head, tuple, DEFAULT);
    }

    BulkInsert(Connection c, String head, String tuple, Mode mode) {
        this.c = c;
        this.head = head;
        this.tuple = tuple;
        this.mode = mode;
    }

    void add(Object... values) throws SQLException {
        pending.add(values);
        if (pending.size() == ROWS) {
            if (full == null) {
                full = c.prepareStatement(sql(mode == Mode.MULTI_ROW ? ROWS : 1));
            }
            flush(full);
        }
    }

    private String sql(int rows) {
        return head + " VALUES " + String.join(", ", Collections.nCopies(rows, tuple));
    }

    private void flush(PreparedStatement ps) throws SQLException {
        if (mode == Mode.BATCH) {
            for (Object[] row : pending) {
                Sql.bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        } else {
            int width = pending.get(0).length;
            Object[] all = new Object[pending.size() * width];
            for (int i = 0; i < pending.size(); i++) {
                System.arraycopy(pending.get(i), 0, all, i * width, width);
            }
            Sql.bind(ps, all);
            ps.executeUpdate();
        }
        written += pending.size();
        pending.clear();
    }

    /** Writes the rows still pending; returns how many rows were written in all. */
    int finish() throws SQLException {
        if (!pending.isEmpty()) {
            if (mode == Mode.BATCH && full != null) {
                flush(full);
            } else {
                try (PreparedStatement ps = c.prepareStatement(sql(mode == Mode.MULTI_ROW ? pending.size() : 1))) {
                    flush(ps);
                }
            }
        }
        return written;
    }

    @Override
    public void close() throws SQLException {
        if (full != null) {
            full.close();
        }
    }
}
