package vn.tiendo.member;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.Session;

import vn.tiendo.assignment.Assignment;
import vn.tiendo.common.Text;

/**
 * The report follows the roster: where the assignee's subtree has active members, its report's attendees,
 * expected, absences with reason and write-ups are counted from the attendance and write-ups of this assignment,
 * not typed. Where it has none, the typed figures stand (adoption is gradual).
 */
@ApplicationScoped
public class RosterFigures {
    @Inject
    Session session;

    @Schema(name = "RosterFigures")
    public record Figures(
            @Schema(description = "Tổ chức có danh sách đảng viên: số liệu báo cáo lấy từ điểm danh")
                    boolean fromRoster,
            int attendees,
            int expected,
            int absentWithReason,
            int writeUps) {}

    public Optional<Figures> forAssignment(Assignment a) {
        Figures f = count(a);
        return f.fromRoster() ? Optional.of(f) : Optional.empty();
    }

    public Figures count(Assignment a) {
        return session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    WITH roster AS (
                        SELECT m.id, m.exempt_reason IS NULL AS expected FROM member m JOIN organization o ON o.id = m.org_id
                        WHERE m.active AND o.path LIKE ? ESCAPE '\\'
                    ), marks AS (
                        SELECT at.member_id, bool_or(at.status = 'PRESENT') AS present, bool_or(at.status = 'ABSENT_EXCUSED') AS excused
                        FROM attendance at JOIN session se ON se.id = at.session_id WHERE se.assignment_id = ? GROUP BY at.member_id
                    )
                    SELECT count(*),
                           count(*) FILTER (WHERE r.expected),
                           count(*) FILTER (WHERE r.expected AND k.present),
                           count(*) FILTER (WHERE r.expected AND k.excused AND NOT k.present),
                           count(*) FILTER (WHERE r.expected AND EXISTS (SELECT 1 FROM write_up w WHERE w.assignment_id = ? AND w.member_id = r.id))
                    FROM roster r LEFT JOIN marks k ON k.member_id = r.id""")) {
                ps.setString(1, Text.likeLiteral(a.orgPath) + "%");
                ps.setLong(2, a.id);
                ps.setLong(3, a.id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Figures(rs.getLong(1) > 0, rs.getInt(3), rs.getInt(2), rs.getInt(4), rs.getInt(5));
                }
            }
        });
    }
}
