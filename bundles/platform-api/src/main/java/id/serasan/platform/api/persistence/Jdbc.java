package id.serasan.platform.api.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Units of work on a DataSource for modules that use plain JDBC (the platform itself, and modules' measured hot
 * paths): one connection, one transaction, committed when the work returns and rolled back when it throws.
 */
public final class Jdbc {
    private Jdbc() {
    }

    /** Work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** How many times a unit of work runs at most when the database rolls it back for contention. */
    public static final int ATTEMPTS = 3;

    /**
     * Runs {@code work} in one transaction; an SQLException comes out as {@link DataAccessException}.
     *
     * <p>When the database itself rolls the transaction back for contention (SQL state class 40: a deadlock, a lock
     * wait timeout, a serialization failure — on embedded Derby also two inserts racing for an identity column's
     * next range of values), nothing of the work was stored, so it runs again, up to {@link #ATTEMPTS} times in all,
     * after a short random pause. The work must therefore keep its effects in the database (post events and the
     * like after {@code tx} returns), which every caller here does.
     */
    public static <T> T tx(DataSource dataSource, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(dataSource, work);
            } catch (DataAccessException e) {
                if (attempt >= ATTEMPTS || !rolledBackForContention(e.getCause())) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static <T> T once(DataSource dataSource, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** Whether the database rolled the transaction back because of other transactions (SQL state class 40). */
    static boolean rolledBackForContention(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException
                    || t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs read-only {@code work} with auto-commit. */
    public static <T> T read(DataSource dataSource, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /**
     * A database failure. Its text never reaches a client: the platform answers 503 when the database cannot be
     * reached (SQL state class 08) and 500 with a correlation id otherwise.
     */
    public static class DataAccessException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DataAccessException(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
