package vn.tiendo.member;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import vn.tiendo.assignment.Assignment;
import vn.tiendo.audit.AuditEntity;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.common.ApiException;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.Caller;
import vn.tiendo.common.FieldError;
import vn.tiendo.common.Sha256;
import vn.tiendo.evidence.AttachmentService;
import vn.tiendo.evidence.FileKind;

/** Write-ups per member per assignment (bài thu hoạch), graded or not, with a photo or file like report evidence. */
@ApplicationScoped
public class WriteUpService {
    @Inject
    AssigneeRoster roster;
    @Inject
    MemberRepository members;
    @Inject
    Session session;
    @Inject
    AuditLog audit;
    @Inject
    AppClock clock;
    @Inject
    Caller caller;

    /** A write-up file's bytes. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    @Inject
    RosterFigures rosterFigures;
    @Inject
    vn.tiendo.assignment.AssignmentRepository assignments;

    /** Figures only, no names: readable by whoever reads the assignment (a VIEWER too). */
    public RosterFigures.Figures figures(long assignmentId) {
        Assignment a = assignments.findByIdOptional(assignmentId).filter(x -> caller.canRead(x.orgPath))
                .orElseThrow(() -> ApiException.notFound("nhiệm vụ " + assignmentId));
        return rosterFigures.count(a);
    }

    public WriteUpsDto get(long assignmentId) {
        Assignment a = roster.requireReadable(assignmentId);
        return dto(a);
    }

    @Transactional
    public WriteUpsDto put(long assignmentId, WriteUpInput in) {
        Assignment a = roster.requireRecordable(assignmentId);
        List<FieldError> errors = members.entryMemberErrors(in.entries().stream().map(WriteUpInput.Entry::memberId).toList(), a.orgPath);
        for (int i = 0; i < in.entries().size(); i++) {
            WriteUpInput.Entry e = in.entries().get(i);
            if (e.submittedOn().isAfter(clock.today())) {
                errors.add(new FieldError("entries[" + i + "].submittedOn", "ngày nộp không được ở tương lai"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(errors.size() + " dòng bài thu hoạch không hợp lệ; không có thay đổi nào được lưu", errors);
        }
        session.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM write_up WHERE assignment_id = ? AND member_id <> ALL (?)")) {
                ps.setLong(1, a.id);
                ps.setArray(2, c.createArrayOf("bigint", in.entries().stream().map(WriteUpInput.Entry::memberId).toArray()));
                ps.executeUpdate();
            }
            if (in.entries().isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO write_up AS w (assignment_id, member_id, submitted_on, grade)
                    SELECT ?, x.member_id, x.submitted_on, x.grade FROM unnest(?::bigint[], ?::date[], ?::varchar[]) AS x(member_id, submitted_on, grade)
                    ON CONFLICT (assignment_id, member_id) DO UPDATE SET submitted_on = EXCLUDED.submitted_on, grade = EXCLUDED.grade
                    WHERE (w.submitted_on, w.grade) IS DISTINCT FROM (EXCLUDED.submitted_on, EXCLUDED.grade)""")) {
                ps.setLong(1, a.id);
                ps.setArray(2, c.createArrayOf("bigint", in.entries().stream().map(WriteUpInput.Entry::memberId).toArray()));
                ps.setArray(3, c.createArrayOf("date", in.entries().stream().map(e -> Date.valueOf(e.submittedOn())).toArray()));
                ps.setArray(4, c.createArrayOf("varchar", in.entries().stream().map(e -> e.grade() == null ? null : e.grade().name()).toArray()));
                ps.executeUpdate();
            }
        });
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("memberIds", in.entries().stream().map(WriteUpInput.Entry::memberId).sorted().toList());
        audit.record(AuditEntity.ASSIGNMENT, a.id, "WRITE_UPS", a.orgId, null, after);
        return dto(a);
    }

    @Transactional
    public WriteUpsDto upload(long assignmentId, long memberId, AttachmentService.Upload in) {
        Assignment a = roster.requireRecordable(assignmentId);
        if (in == null || in.file() == null) {
            throw ApiException.badRequest("file", "thiếu phần 'file' (multipart/form-data)");
        }
        if (in.size() > AttachmentService.MAX_BYTES) {
            throw new ApiException(413, "Nội dung quá lớn", "Tệp bài thu hoạch vượt quá 10 MB", List.of(new FieldError("file", "tối đa 10 MB")));
        }
        if (in.size() == 0) {
            throw ApiException.unprocessable("file", "tệp rỗng");
        }
        FileKind kind;
        byte[] content;
        try {
            kind = FileKind.of(in.file()).orElseThrow(() -> new ApiException(415, "Kiểu tệp không được hỗ trợ",
                    "Chỉ nhận PDF, JPEG, PNG, DOCX, XLSX (nhận biết theo nội dung tệp)",
                    List.of(new FieldError("file", "không phải PDF, JPEG, PNG, DOCX hay XLSX"))));
            content = Files.readAllBytes(in.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = fileName(in.fileName(), kind);
        int rows = session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO write_up_file (assignment_id, member_id, file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
                    SELECT w.assignment_id, w.member_id, ?, ?, ?, ?, ?, ?, ? FROM write_up w WHERE w.assignment_id = ? AND w.member_id = ?
                    ON CONFLICT (assignment_id, member_id) DO UPDATE SET file_name = EXCLUDED.file_name, content_type = EXCLUDED.content_type,
                        size_bytes = EXCLUDED.size_bytes, sha256 = EXCLUDED.sha256, content = EXCLUDED.content,
                        uploaded_by = EXCLUDED.uploaded_by, uploaded_at = EXCLUDED.uploaded_at""")) {
                ps.setString(1, name);
                ps.setString(2, kind.contentType);
                ps.setInt(3, content.length);
                ps.setString(4, Sha256.hex(content));
                ps.setBytes(5, content);
                ps.setLong(6, caller.userId());
                ps.setTimestamp(7, Timestamp.from(clock.now()));
                ps.setLong(8, a.id);
                ps.setLong(9, memberId);
                return ps.executeUpdate();
            }
        });
        if (rows == 0) {
            throw ApiException.notFound("bài thu hoạch của đảng viên " + memberId);
        }
        audit.record(AuditEntity.ASSIGNMENT, a.id, "WRITE_UP_FILE", a.orgId, null, Map.of("memberId", memberId, "fileName", name));
        return dto(a);
    }

    public Download download(long assignmentId, long memberId) {
        Assignment a = roster.requireReadable(assignmentId);
        return session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT file_name, content_type, content FROM write_up_file WHERE assignment_id = ? AND member_id = ?")) {
                ps.setLong(1, a.id);
                ps.setLong(2, memberId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw ApiException.notFound("tệp bài thu hoạch của đảng viên " + memberId);
                    }
                    return new Download(rs.getString(1), rs.getString(2), rs.getBytes(3));
                }
            }
        });
    }

    private static String fileName(String given, FileKind kind) {
        String base = given == null ? "" : given.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (base.isEmpty()) {
            base = "thu-hoach";
        }
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    private WriteUpsDto dto(Assignment a) {
        List<WriteUpsDto.Entry> entries = session.doReturningWork(c -> {
            List<WriteUpsDto.Entry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT m.id, m.code, m.full_name, o.name, w.submitted_on, w.grade, f.file_name
                    FROM write_up w JOIN member m ON m.id = w.member_id JOIN organization o ON o.id = m.org_id
                    LEFT JOIN write_up_file f ON f.assignment_id = w.assignment_id AND f.member_id = w.member_id
                    WHERE w.assignment_id = ? ORDER BY o.path, m.full_name, m.id""")) {
                ps.setLong(1, a.id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String grade = rs.getString(6);
                        out.add(new WriteUpsDto.Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getDate(5).toLocalDate(), grade == null ? null : WriteUpGrade.valueOf(grade), rs.getString(7)));
                    }
                }
            }
            return out;
        });
        return new WriteUpsDto(a.id, entries, roster.candidates(a), roster.canRecord(a));
    }

}
