package id.serasan.personnel.internal.io;

import id.serasan.personnel.internal.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Bulk insert with multi-row {@code INSERT ... VALUES (...), (...)} statements of up to {@value #ROWS} rows: far
 * fewer statement executions than one row per batch entry (Derby runs a batch one statement at a time).
 * Works on Derby and PostgreSQL.
 */
final class BulkInsert implements AutoCloseable {
    static final int ROWS = 100;
    private final Connection c;
    private final String head;
    private final String tuple;
    private final List<Object[]> pending = new ArrayList<>(ROWS);
    private PreparedStatement full;
    private int written;

    /** {@code head}: {@code INSERT INTO T (A, B)}; {@code tuple}: {@code (?, ?)}, or with constants {@code (?, 0, ?)}. */
    BulkInsert(Connection c, String head, String tuple) {
        this.c = c;
        this.head = head;
        this.tuple = tuple;
    }

    void add(Object... values) throws SQLException {
        pending.add(values);
        if (pending.size() == ROWS) {
            if (full == null) {
                full = c.prepareStatement(sql(ROWS));
            }
            flush(full);
        }
    }

    private String sql(int rows) {
        return head + " VALUES " + String.join(", ", Collections.nCopies(rows, tuple));
    }

    private void flush(PreparedStatement ps) throws SQLException {
        int width = pending.get(0).length;
        Object[] all = new Object[pending.size() * width];
        for (int i = 0; i < pending.size(); i++) {
            System.arraycopy(pending.get(i), 0, all, i * width, width);
        }
        Sql.bind(ps, all);
        ps.executeUpdate();
        written += pending.size();
        pending.clear();
    }

    /** Writes the rows still pending; returns how many rows were written in all. */
    int finish() throws SQLException {
        if (!pending.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(sql(pending.size()))) {
                flush(ps);
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
