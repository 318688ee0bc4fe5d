package vn.tiendo.member;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;

/** An assignment's write-ups (table {@code write_up}) and their files ({@code write_up_file}). */
@ApplicationScoped
public class WriteUpRepository {
    @Inject
    Session session;

    /** A stored write-up file. */
    public record StoredFile(String fileName, String contentType, byte[] content) {}

    /** A file to keep with a member's write-up. */
    public record NewFile(
            String fileName, String contentType, byte[] content, String sha256, long uploadedBy, Instant uploadedAt) {}

    /** Makes the assignment's write-ups exactly these entries: others deleted, these upserted (unchanged rows left alone). */
    public void replace(long assignmentId, List<WriteUpInput.Entry> entries) {
        session.doWork(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("DELETE FROM write_up WHERE assignment_id = ? AND member_id <> ALL (?)")) {
                ps.setLong(1, assignmentId);
                ps.setArray(
                        2,
                        c.createArrayOf(
                                "bigint",
                                entries.stream()
                                        .map(WriteUpInput.Entry::memberId)
                                        .toArray()));
                ps.executeUpdate();
            }
            if (entries.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    INSERT INTO write_up AS w (assignment_id, member_id, submitted_on, grade)
                    SELECT ?, x.member_id, x.submitted_on, x.grade FROM unnest(?::bigint[], ?::date[], ?::varchar[]) AS x(member_id, submitted_on, grade)
                    ON CONFLICT (assignment_id, member_id) DO UPDATE SET submitted_on = EXCLUDED.submitted_on, grade = EXCLUDED.grade
                    WHERE (w.submitted_on, w.grade) IS DISTINCT FROM (EXCLUDED.submitted_on, EXCLUDED.grade)""")) {
                ps.setLong(1, assignmentId);
                ps.setArray(
                        2,
                        c.createArrayOf(
                                "bigint",
                                entries.stream()
                                        .map(WriteUpInput.Entry::memberId)
                                        .toArray()));
                ps.setArray(
                        3,
                        c.createArrayOf(
                                "date",
                                entries.stream()
                                        .map(e -> Date.valueOf(e.submittedOn()))
                                        .toArray()));
                ps.setArray(
                        4,
                        c.createArrayOf(
                                "varchar",
                                entries.stream()
                                        .map(e -> e.grade() == null
                                                ? null
                                                : e.grade().name())
                                        .toArray()));
                ps.executeUpdate();
            }
        });
    }

    /** Keeps (or replaces) the file of a member's write-up; false when the member has no write-up for the assignment. */
    public boolean storeFile(long assignmentId, long memberId, NewFile f) {
        int rows = session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    INSERT INTO write_up_file (assignment_id, member_id, file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
                    SELECT w.assignment_id, w.member_id, ?, ?, ?, ?, ?, ?, ? FROM write_up w WHERE w.assignment_id = ? AND w.member_id = ?
                    ON CONFLICT (assignment_id, member_id) DO UPDATE SET file_name = EXCLUDED.file_name, content_type = EXCLUDED.content_type,
                        size_bytes = EXCLUDED.size_bytes, sha256 = EXCLUDED.sha256, content = EXCLUDED.content,
                        uploaded_by = EXCLUDED.uploaded_by, uploaded_at = EXCLUDED.uploaded_at""")) {
                ps.setString(1, f.fileName());
                ps.setString(2, f.contentType());
                ps.setInt(3, f.content().length);
                ps.setString(4, f.sha256());
                ps.setBytes(5, f.content());
                ps.setLong(6, f.uploadedBy());
                ps.setTimestamp(7, Timestamp.from(f.uploadedAt()));
                ps.setLong(8, assignmentId);
                ps.setLong(9, memberId);
                return ps.executeUpdate();
            }
        });
        return rows > 0;
    }

    public Optional<StoredFile> file(long assignmentId, long memberId) {
        return session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT file_name, content_type, content FROM write_up_file WHERE assignment_id = ? AND member_id = ?")) {
                ps.setLong(1, assignmentId);
                ps.setLong(2, memberId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                            : Optional.empty();
                }
            }
        });
    }

    /** The assignment's write-ups with each member's name, organisation and file name, in tree order then by name. */
    public List<WriteUpsDto.Entry> entries(long assignmentId) {
        return session.doReturningWork(c -> {
            List<WriteUpsDto.Entry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    SELECT m.id, m.code, m.full_name, o.name, w.submitted_on, w.grade, f.file_name
                    FROM write_up w JOIN member m ON m.id = w.member_id JOIN organization o ON o.id = m.org_id
                    LEFT JOIN write_up_file f ON f.assignment_id = w.assignment_id AND f.member_id = w.member_id
                    WHERE w.assignment_id = ? ORDER BY o.path, m.full_name, m.id""")) {
                ps.setLong(1, assignmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String grade = rs.getString(6);
                        out.add(new WriteUpsDto.Entry(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getDate(5).toLocalDate(),
                                grade == null ? null : WriteUpGrade.valueOf(grade),
                                rs.getString(7)));
                    }
                }
            }
            return out;
        });
    }
}
