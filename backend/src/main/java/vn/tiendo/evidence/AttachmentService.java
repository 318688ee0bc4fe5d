package vn.tiendo.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.tiendo.assignment.Assignment;
import vn.tiendo.assignment.AssignmentRepository;
import vn.tiendo.audit.AuditEntity;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.common.ApiException;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.Caller;
import vn.tiendo.common.Sha256;
import vn.tiendo.plan.PlanRepository;
import vn.tiendo.plan.PlanStatus;
import vn.tiendo.report.Report;
import vn.tiendo.report.ReportRepository;
import vn.tiendo.report.ReportService;
import vn.tiendo.report.ReportState;

/**
 * Evidence on reports: filed with the current report while it awaits review, by whoever may report for the
 * organisation. It belongs to that version and is never deleted: a returned-then-resubmitted report lists the
 * evidence of its earlier versions too (carriedForward), so nothing is lost and nothing needs uploading twice.
 */
@ApplicationScoped
public class AttachmentService {
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_PER_REPORT = 5;

    @Inject
    AttachmentRepository attachments;

    @Inject
    ReportRepository reports;

    @Inject
    ReportService reportService;

    @Inject
    AssignmentRepository assignments;

    @Inject
    PlanRepository plans;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    AppClock clock;

    /** A file as it arrived: where it lies, its name and size. */
    public record Upload(Path file, String fileName, long size) {}

    /** The bytes to send back. */
    public record Download(Attachment attachment, byte[] content) {}

    @Transactional
    public AttachmentDto upload(long reportId, Upload in) {
        Report r = reportService.requireReadable(reportId);
        Assignment a = assignments.findById(r.assignmentId);
        if (!caller.canReportFor(a.orgPath)) {
            throw ApiException.forbidden("Chỉ người báo cáo của chính tổ chức được nộp minh chứng");
        }
        if (in == null || in.file() == null) {
            throw ApiException.badRequest("file", "thiếu phần 'file' (multipart/form-data)");
        }
        if (in.size() > MAX_BYTES) {
            throw new ApiException(
                    413,
                    "Nội dung quá lớn",
                    "Tệp minh chứng vượt quá 10 MB",
                    List.of(new vn.tiendo.common.FieldError("file", "tối đa 10 MB")));
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
                            List.of(new vn.tiendo.common.FieldError(
                                    "file", "không phải PDF, JPEG, PNG, DOCX hay XLSX"))));
            content = Files.readAllBytes(in.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // serialise uploads to one report so the per-report limit holds under concurrency
        reports.findById(reportId, LockModeType.PESSIMISTIC_WRITE);
        if (plans.findById(a.planId).status != PlanStatus.PUBLISHED) {
            throw ApiException.conflict("Kế hoạch đã kết thúc; không nhận thêm minh chứng");
        }
        if (r.state != ReportState.SUBMITTED || !r.id.equals(a.currentReportId)) {
            throw ApiException.conflict("Chỉ nộp minh chứng cho báo cáo hiện hành đang chờ duyệt");
        }
        if (attachments.countFor(reportId) >= MAX_PER_REPORT) {
            throw ApiException.unprocessable("file", "mỗi báo cáo tối đa " + MAX_PER_REPORT + " tệp minh chứng");
        }
        Attachment x = new Attachment();
        x.reportId = reportId;
        x.fileName = fileName(in.fileName(), kind);
        x.contentType = kind.contentType;
        x.sizeBytes = content.length;
        x.sha256 = Sha256.hex(content);
        x.uploadedBy = caller.userId();
        x.uploadedAt = clock.now();
        attachments.persist(x);
        AttachmentContent c = new AttachmentContent();
        c.attachmentId = x.id;
        c.content = content;
        attachments.getEntityManager().persist(c);
        audit.record(AuditEntity.ATTACHMENT, x.id, "UPLOAD", a.orgId, null, x);
        return list(reportId).stream().filter(d -> d.id() == x.id).findFirst().orElseThrow();
    }

    public List<AttachmentDto> list(long reportId) {
        Report r = reportService.requireReadable(reportId);
        return attachments.upTo(r.assignmentId, r.version).stream()
                .map(row -> new AttachmentDto(
                        row.attachment().id,
                        row.attachment().reportId,
                        row.reportVersion(),
                        row.attachment().fileName,
                        row.attachment().contentType,
                        row.attachment().sizeBytes,
                        row.attachment().sha256,
                        row.uploadedByName(),
                        row.attachment().uploadedAt,
                        !row.attachment().reportId.equals(r.id)))
                .toList();
    }

    @Transactional
    public Download download(long reportId, long attachmentId) {
        Report r = reportService.requireReadable(reportId);
        Attachment x = attachments
                .findByIdOptional(attachmentId)
                .filter(att -> {
                    Report owner = reports.findById(att.reportId);
                    return owner.assignmentId.equals(r.assignmentId) && owner.version <= r.version;
                })
                .orElseThrow(() -> ApiException.notFound("tệp minh chứng " + attachmentId));
        AttachmentContent c = attachments.getEntityManager().find(AttachmentContent.class, x.id);
        return new Download(x, c.content);
    }

    /** The client's name without any path, control characters or excess length; the extension follows the content. */
    static String fileName(String raw, FileKind kind) {
        String name = raw == null ? "" : raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty()) {
            name = "minh-chung";
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith("." + kind.extension) && !(kind == FileKind.JPEG && lower.endsWith(".jpeg"))) {
            name = name + "." + kind.extension;
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
