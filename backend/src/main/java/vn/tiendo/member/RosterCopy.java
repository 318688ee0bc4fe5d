package vn.tiendo.member;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * New members streamed into PostgreSQL with COPY while the import is still checking the lines after them, so the
 * database writes on one core while the JVM reads on the other. Opened on the first new member; a bad line later
 * cancels it (and the transaction is rolled back anyway), so a refused file still changes nothing.
 */
final class RosterCopy {
    private static final String SQL =
            """
            COPY member (code, full_name, org_id, status, exempt_reason, search_key, created_at, updated_at)
            FROM STDIN (FORMAT csv)""";
    private static final int CHUNK = 1 << 16;

    private final Connection connection;
    private final String timestamp;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 1024);
    private CopyIn copy;
    private boolean cancelled;

    RosterCopy(Connection connection, Instant now) {
        this.connection = connection;
        this.timestamp = now.toString();
    }

    void add(String code, String fullName, long orgId, MemberStatus status, String exemptReason) throws SQLException {
        if (cancelled) {
            return;
        }
        quote(code).append(',');
        quote(fullName)
                .append(',')
                .append(orgId)
                .append(',')
                .append(status.name())
                .append(',');
        if (exemptReason != null) {
            quote(exemptReason);
        }
        buffer.append(',');
        quote(MemberRepository.searchKey(code, fullName));
        buffer.append(',').append(timestamp).append(',').append(timestamp).append('\n');
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    /** Stops writing: a bad line was found, the file will be refused whole. */
    void cancel() throws SQLException {
        if (copy != null && copy.isActive()) {
            copy.cancelCopy();
        }
        cancelled = true;
        buffer.setLength(0);
    }

    /** Ends the COPY (the member triggers run now, once); the rows written. */
    long finish() throws SQLException {
        if (cancelled) {
            return 0;
        }
        flush();
        return copy == null ? 0 : copy.endCopy();
    }

    private void flush() throws SQLException {
        if (buffer.isEmpty()) {
            return;
        }
        if (copy == null) {
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(SQL);
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    private StringBuilder quote(String s) {
        buffer.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            buffer.append(ch);
            if (ch == '"') {
                buffer.append('"');
            }
        }
        return buffer.append('"');
    }
}
