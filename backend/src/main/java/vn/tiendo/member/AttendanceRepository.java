package vn.tiendo.member;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;

import vn.tiendo.common.Text;

/** A session's attendance rows (table {@code attendance}); the coverage triggers count from them. */
@ApplicationScoped
public class AttendanceRepository {
    @Inject
    Session session;

    /** Makes the session's attendance exactly these entries: others deleted, these upserted (unchanged rows left alone). */
    public void replace(long sessionId, List<AttendanceInput.Entry> entries) {
        session.doWork(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("DELETE FROM attendance WHERE session_id = ? AND member_id <> ALL (?)")) {
                ps.setLong(1, sessionId);
                ps.setArray(
                        2,
                        c.createArrayOf(
                                "bigint",
                                entries.stream()
                                        .map(AttendanceInput.Entry::memberId)
                                        .toArray()));
                ps.executeUpdate();
            }
            if (entries.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    INSERT INTO attendance AS at (session_id, member_id, status, reason)
                    SELECT ?, x.member_id, x.status, x.reason FROM unnest(?::bigint[], ?::varchar[], ?::varchar[]) AS x(member_id, status, reason)
                    ON CONFLICT (session_id, member_id) DO UPDATE SET status = EXCLUDED.status, reason = EXCLUDED.reason
                    WHERE (at.status, at.reason) IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.reason)""")) {
                ps.setLong(1, sessionId);
                ps.setArray(
                        2,
                        c.createArrayOf(
                                "bigint",
                                entries.stream()
                                        .map(AttendanceInput.Entry::memberId)
                                        .toArray()));
                ps.setArray(
                        3,
                        c.createArrayOf(
                                "varchar",
                                entries.stream().map(e -> e.status().name()).toArray()));
                ps.setArray(
                        4,
                        c.createArrayOf(
                                "varchar",
                                entries.stream()
                                        .map(e -> Text.trimToNull(e.reason()))
                                        .toArray()));
                ps.executeUpdate();
            }
        });
    }

    /** The session's attendance with each member's name and organisation, in tree order then by name. */
    public List<AttendanceDto.Entry> entries(long sessionId) {
        return session.doReturningWork(c -> {
            List<AttendanceDto.Entry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    SELECT m.id, m.code, m.full_name, o.name, at.status, at.reason
                    FROM attendance at JOIN member m ON m.id = at.member_id JOIN organization o ON o.id = m.org_id
                    WHERE at.session_id = ? ORDER BY o.path, m.full_name, m.id""")) {
                ps.setLong(1, sessionId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AttendanceDto.Entry(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                AttendanceStatus.valueOf(rs.getString(5)),
                                rs.getString(6)));
                    }
                }
            }
            return out;
        });
    }
}
