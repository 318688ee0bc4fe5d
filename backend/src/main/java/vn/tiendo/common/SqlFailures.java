package vn.tiendo.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * Reads what the database said through the layers of wrapping (JTA, Hibernate, Agroal): a unique key broken by a race
 * the service's own check could not see (409), or a database that cannot be reached (503, Retry-After).
 */
public final class SqlFailures {
    private SqlFailures() {}

    /** The constraint of a unique violation (SQLState 23505), "" when unnamed; empty when it is something else. */
    public static Optional<String> uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException cv
                    && "23505".equals(cv.getSQLState())) {
                return Optional.of(cv.getConstraintName() == null ? "" : cv.getConstraintName());
            }
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return Optional.of(s.getMessage() == null ? "" : s.getMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * True when the database is out of reach: no connection (SQLState class 08), shutting down or starting (57P01-57P03),
     * the pool out of connections it cannot replace, or Hibernate's connection exception.
     */
    public static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException s) {
                String state = s.getSQLState();
                if (state != null
                        && (state.startsWith("08")
                                || state.equals("57P01")
                                || state.equals("57P02")
                                || state.equals("57P03"))) {
                    return true;
                }
                String m = s.getMessage();
                if (m != null && (m.contains("Acquisition timeout") || m.contains("This connection has been closed"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
