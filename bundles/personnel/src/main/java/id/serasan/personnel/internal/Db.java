package id.serasan.personnel.internal;

import id.serasan.platform.api.persistence.Jdbc;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * Plain JDBC on the shared DataSource ({@link Jdbc} units of work, plus binding helpers). The personnel module's hot paths (search over 100,000+ employees, bulk
 * import) are measured in bench/; plain statements with batching keep both well inside their targets.
 */
public final class Db {
    private final DataSource dataSource;

    public Db(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T tx(Jdbc.Work<T> work) {
        return Jdbc.tx(dataSource, work);
    }

    /** Runs read-only {@code work} with auto-commit. */
    public <T> T read(Jdbc.Work<T> work) {
        return Jdbc.read(dataSource, work);
    }

    /** Binds {@code values} to {@code ps} in order; LocalDate, enums and nulls handled. */
    public static PreparedStatement bind(PreparedStatement ps, Object... values) throws SQLException {
        java.sql.ParameterMetaData md = null;
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            int at = i + 1;
            if (v == null) {
                if (md == null) {
                    md = ps.getParameterMetaData();
                }
                ps.setNull(at, nullType(md, at));
            } else {
                bind1(ps, at, v);
            }
        }
        return ps;
    }

    /** The SQL type of parameter {@code at}, so a null is bound with the column's type (PostgreSQL insists). */
    static int nullType(java.sql.ParameterMetaData md, int at) {
        try {
            return md.getParameterType(at);
        } catch (SQLException | RuntimeException e) {
            return Types.VARCHAR;
        }
    }

    public static void setNullable(PreparedStatement ps, int at, Object v, int sqlType) throws SQLException {
        if (v == null) {
            ps.setNull(at, sqlType);
        } else {
            bind1(ps, at, v);
        }
    }

    private static void bind1(PreparedStatement ps, int at, Object v) throws SQLException {
        if (v instanceof LocalDate d) {
            ps.setDate(at, Date.valueOf(d));
        } else if (v instanceof Enum<?> e) {
            ps.setString(at, e.name());
        } else if (v instanceof Integer n) {
            ps.setInt(at, n);
        } else if (v instanceof Long n) {
            ps.setLong(at, n);
        } else if (v instanceof Double n) {
            ps.setDouble(at, n);
        } else if (v instanceof Boolean b) {
            ps.setBoolean(at, b);
        } else {
            ps.setString(at, v.toString());
        }
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    public static Double dbl(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
