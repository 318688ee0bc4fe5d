package vn.tiendo.member;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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
    WriteUpRepository writeUps;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    Caller caller;

    /** A write-up file's bytes. */
    public record Download(String fileName, String contentType, byte[] content) {}

    @Inject
    RosterFigures rosterFigures;

    @Inject
    vn.tiendo.assignment.AssignmentRepository assignments;

    /** Figures only, no names: readable by whoever reads the assignment (a VIEWER too). */
    public RosterFigures.Figures figures(long assignmentId) {
        Assignment a = assignments
                .findByIdOptional(assignmentId)
                .filter(x -> caller.canRead(x.orgPath))
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
        List<FieldError> errors = members.entryMemberErrors(
                in.entries().stream().map(WriteUpInput.Entry::memberId).toList(), a.orgPath);
        for (int i = 0; i < in.entries().size(); i++) {
            WriteUpInput.Entry e = in.entries().get(i);
            if (e.submittedOn().isAfter(clock.today())) {
                errors.add(new FieldError("entries[" + i + "].submittedOn", "ngày nộp không được ở tương lai"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(
                    errors.size() + " dòng bài thu hoạch không hợp lệ; không có thay đổi nào được lưu", errors);
        }
        writeUps.replace(a.id, in.entries());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put(
                "memberIds",
                in.entries().stream().map(WriteUpInput.Entry::memberId).sorted().toList());
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
            throw new ApiException(
                    413,
                    "Nội dung quá lớn",
                    "Tệp bài thu hoạch vượt quá 10 MB",
                    List.of(new FieldError("file", "tối đa 10 MB")));
        }
        if (in.size() == 0) {
            throw ApiException.unprocessable("file", "tệp rỗng");
        }
        FileKind kind;
        byte[] content;
        try {
            kind = FileKind.of(in.file())
                    .orElseThrow(() -> new ApiException(
                            415,
                            "Kiểu tệp không được hỗ trợ",
                            "Chỉ nhận PDF, JPEG, PNG, DOCX, XLSX (nhận biết theo nội dung tệp)",
                            List.of(new FieldError("file", "không phải PDF, JPEG, PNG, DOCX hay XLSX"))));
            content = Files.readAllBytes(in.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = fileName(in.fileName(), kind);
        boolean stored = writeUps.storeFile(
                a.id,
                memberId,
                new WriteUpRepository.NewFile(
                        name, kind.contentType, content, Sha256.hex(content), caller.userId(), clock.now()));
        if (!stored) {
            throw ApiException.notFound("bài thu hoạch của đảng viên " + memberId);
        }
        audit.record(
                AuditEntity.ASSIGNMENT,
                a.id,
                "WRITE_UP_FILE",
                a.orgId,
                null,
                Map.of("memberId", memberId, "fileName", name));
        return dto(a);
    }

    public Download download(long assignmentId, long memberId) {
        Assignment a = roster.requireReadable(assignmentId);
        return writeUps.file(a.id, memberId)
                .map(f -> new Download(f.fileName(), f.contentType(), f.content()))
                .orElseThrow(() -> ApiException.notFound("tệp bài thu hoạch của đảng viên " + memberId));
    }

    private static String fileName(String given, FileKind kind) {
        String base =
                given == null ? "" : given.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (base.isEmpty()) {
            base = "thu-hoach";
        }
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    private WriteUpsDto dto(Assignment a) {
        List<WriteUpsDto.Entry> entries = writeUps.entries(a.id);
        return new WriteUpsDto(a.id, entries, roster.candidates(a), roster.canRecord(a));
    }
}
