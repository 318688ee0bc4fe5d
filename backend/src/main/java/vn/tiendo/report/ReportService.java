package vn.tiendo.report;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.tiendo.assignment.Assignment;
import vn.tiendo.assignment.AssignmentRepository;
import vn.tiendo.assignment.AssignmentStatus;
import vn.tiendo.audit.AuditEntity;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.common.ApiException;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.Caller;
import vn.tiendo.common.DomainEvent;
import vn.tiendo.common.Oversight;
import vn.tiendo.common.PageResult;
import vn.tiendo.common.Paging;
import vn.tiendo.common.Text;
import vn.tiendo.deadline.DeadlineRules;
import vn.tiendo.member.RosterFigures;
import vn.tiendo.organization.Organization;
import vn.tiendo.organization.OrganizationRepository;
import vn.tiendo.plan.Plan;
import vn.tiendo.plan.PlanRepository;
import vn.tiendo.plan.PlanStatus;
import vn.tiendo.user.AppUser;
import vn.tiendo.user.UserRepository;

/** Filing completion reports (each submission a new version) and their review by the propaganda department. */
@ApplicationScoped
public class ReportService {
    @Inject
    ReportRepository reports;

    @Inject
    RosterFigures rosterFigures;

    @Inject
    AssignmentRepository assignments;

    @Inject
    PlanRepository plans;

    @Inject
    OrganizationRepository orgs;

    @Inject
    UserRepository users;

    @Inject
    Caller caller;

    @Inject
    Oversight oversight;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    jakarta.enterprise.event.Event<DomainEvent> events;

    /** Files a new version and answers it (built from what the transaction already holds). */
    @Transactional
    public ReportDto submit(long assignmentId, ReportInput in) {
        // the row lock serialises concurrent submissions for one assignment
        Assignment a = assignments
                .findByIdOptional(assignmentId, LockModeType.PESSIMISTIC_WRITE)
                .filter(x -> caller.canRead(x.orgPath))
                .orElseThrow(() -> ApiException.notFound("nhiệm vụ " + assignmentId));
        if (!caller.canReportFor(a.orgPath)) {
            throw ApiException.forbidden("Chỉ bí thư / người báo cáo của chính tổ chức được nộp báo cáo");
        }
        Plan plan = plans.findById(a.planId);
        if (plan.status != PlanStatus.PUBLISHED) {
            throw ApiException.conflict("Kế hoạch đã kết thúc; không nhận báo cáo");
        }
        if (a.status == AssignmentStatus.EXEMPT) {
            throw ApiException.conflict("Nhiệm vụ đã được miễn; không cần báo cáo");
        }
        if (a.status == AssignmentStatus.MERGED) {
            throw ApiException.conflict("Tổ chức đã sáp nhập; báo cáo cho nhiệm vụ của tổ chức kế thừa");
        }
        if (a.status == AssignmentStatus.REPORTED) {
            throw ApiException.conflict("Đã có báo cáo đang chờ duyệt; chỉ nộp lại sau khi báo cáo bị trả lại");
        }
        if (a.status == AssignmentStatus.ACCEPTED) {
            throw ApiException.conflict("Báo cáo đã được chấp nhận");
        }
        if (in.heldOn().isAfter(clock.today())) {
            throw ApiException.unprocessable("heldOn", "ngày tổ chức không được ở tương lai");
        }
        Organization org = orgs.findById(a.orgId);
        // with a roster, the figures come from the attendance and the write-ups (shown in the form, not retyped)
        var roster = rosterFigures.forAssignment(a);
        if (roster.isEmpty() && in.attendees() == null) {
            throw ApiException.badRequest("attendees", "không được để trống (tổ chức chưa có danh sách đảng viên)");
        }
        int attendees = roster.map(RosterFigures.Figures::attendees).orElseGet(in::attendees);
        int expected = roster.map(RosterFigures.Figures::expected)
                .orElseGet(() -> in.expected() != null ? in.expected() : org.memberCount);
        int absent = roster.map(RosterFigures.Figures::absentWithReason)
                .orElseGet(() -> in.absentWithReason() == null ? 0 : in.absentWithReason());
        if (attendees > expected) {
            throw ApiException.unprocessable(
                    "attendees", "số dự (" + attendees + ") vượt số phải dự (" + expected + ")");
        }
        if (absent > expected - attendees) {
            throw ApiException.unprocessable(
                    "absentWithReason",
                    "số vắng có lý do (" + absent + ") vượt số vắng (" + (expected - attendees) + ")");
        }
        Report r = new Report();
        r.assignmentId = a.id;
        r.version = reports.nextVersion(a.id);
        r.heldOn = in.heldOn();
        r.attendees = attendees;
        r.expected = expected;
        r.absentWithReason = absent;
        r.writeUps =
                roster.map(RosterFigures.Figures::writeUps).orElseGet(() -> in.writeUps() == null ? 0 : in.writeUps());
        r.actionProgrammeAdopted = Boolean.TRUE.equals(in.actionProgrammeAdopted());
        r.actionProgrammeRef = Text.trimToNull(in.actionProgrammeRef());
        r.propagandaForms = in.propagandaForms() == null
                ? new String[0]
                : in.propagandaForms().stream().map(String::strip).distinct().toArray(String[]::new);
        r.notes = Text.trimToNull(in.notes());
        r.submittedBy = caller.userId();
        r.apiKeyId = caller.apiKeyId();
        r.filedForOrgId = r.apiKeyId == null ? null : a.orgId;
        r.submittedAt = clock.now();
        r.state = ReportState.SUBMITTED;
        reports.persist(r);
        reports.flush();
        events.fire(new DomainEvent(DomainEvent.REPORT_SUBMITTED, "report", r.id, a.orgPath, eventData(r, a, org)));
        audit.record(AuditEntity.REPORT, r.id, "SUBMIT", a.orgId, null, r);
        // The assignment changes last: its UPDATE (flushed at commit) fires the progress_count trigger, which locks the
        // counts of every ancestor up to the root, shared by all concurrent submissions. Updated last, those rows stay
        // locked for the commit only, not for the outbox, audit and answer work (make bench-profile showed 85 % of the
        // waiting in the outbox's flush when the assignment was updated first).
        a.complete(r.id, r.submittedAt);
        a.updatedAt = r.submittedAt;
        return toDto(r, a, plan, org);
    }

    @Transactional
    public Report review(long reportId, ReviewInput in) {
        Report r = requireReadable(reportId);
        Assignment a = assignments.findById(r.assignmentId, LockModeType.PESSIMISTIC_WRITE);
        oversight.require(Oversight.Act.REVIEW, a.orgPath);
        if (in.decision() == ReviewInput.Decision.RETURN && Text.trimToNull(in.comment()) == null) {
            throw ApiException.badRequest("comment", "bắt buộc khi trả lại báo cáo");
        }
        if (r.state != ReportState.SUBMITTED || !r.id.equals(a.currentReportId) || !a.status.reviewable()) {
            throw ApiException.conflict("Báo cáo này đã được duyệt hoặc không còn là phiên bản hiện hành");
        }
        if (plans.findById(a.planId).status != PlanStatus.PUBLISHED) {
            throw ApiException.conflict("Kế hoạch đã kết thúc");
        }
        if (a.status == AssignmentStatus.MERGED) {
            throw ApiException.conflict("Tổ chức đã sáp nhập; báo cáo được giữ trong lịch sử của tổ chức kế thừa");
        }
        var before = audit.before(r);
        r.reviewComment = Text.trimToNull(in.comment());
        r.reviewedBy = caller.userId();
        r.reviewedAt = clock.now();
        boolean accept = in.decision() == ReviewInput.Decision.ACCEPT;
        r.state = accept ? ReportState.ACCEPTED : ReportState.RETURNED;
        Map<String, Object> data = new HashMap<>(eventData(r, a, orgs.findById(a.orgId)));
        data.put("decision", in.decision().name());
        if (r.reviewComment != null) {
            data.put("comment", r.reviewComment);
        }
        events.fire(new DomainEvent(DomainEvent.REPORT_REVIEWED, "report", r.id, a.orgPath, data));
        audit.record(AuditEntity.REPORT, r.id, accept ? "ACCEPT" : "RETURN", a.orgId, before, r);
        // the assignment last, as in submit: its UPDATE (at commit) locks the ancestors' progress counts
        if (accept) {
            a.status = AssignmentStatus.ACCEPTED;
        } else {
            a.reopen();
        }
        a.updatedAt = r.reviewedAt;
        return r;
    }

    private static Map<String, Object> eventData(Report r, Assignment a, Organization org) {
        Map<String, Object> d = new HashMap<>();
        d.put("reportId", r.id);
        d.put("version", r.version);
        d.put("state", r.state.name());
        d.put("assignmentId", a.id);
        d.put("planId", a.planId);
        d.put("tierId", a.tierId);
        d.put("orgId", org.id);
        d.put("orgCode", org.code);
        d.put("attendees", r.attendees);
        d.put("expected", r.expected);
        d.put("submittedAt", r.submittedAt.toString());
        d.put("onTime", DeadlineRules.onTime(r.submittedAt, a.deadline));
        return d;
    }

    public Report requireReadable(long id) {
        Report r = reports.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("báo cáo " + id));
        Assignment a = assignments.findById(r.assignmentId);
        if (!caller.canRead(a.orgPath)) {
            throw ApiException.notFound("báo cáo " + id);
        }
        return r;
    }

    public List<ReportDto> history(long assignmentId) {
        Assignment a = assignments
                .findByIdOptional(assignmentId)
                .filter(x -> caller.canRead(x.orgPath))
                .orElseThrow(() -> ApiException.notFound("nhiệm vụ " + assignmentId));
        return reports.history(a.id).stream().map(ReportService::toDto).toList();
    }

    /**
     * The reports of the organisations merged into this assignment's organisation while the plan was open, read-only:
     * readable by whoever reads the successor's assignment, wherever the sources sat in the tree.
     */
    public List<PredecessorReportDto> predecessorHistory(long assignmentId) {
        Assignment a = assignments
                .findByIdOptional(assignmentId)
                .filter(x -> caller.canRead(x.orgPath))
                .orElseThrow(() -> ApiException.notFound("nhiệm vụ " + assignmentId));
        List<ReportRepository.Row> rows = reports.predecessorHistory(a.id);
        Map<Long, String> codes = reports.orgCodes(
                rows.stream().map(ReportRepository.Row::orgId).distinct().toList());
        return rows.stream()
                .map(row -> new PredecessorReportDto(
                        row.r().assignmentId, row.orgId(), codes.get(row.orgId()), row.orgName(), toDto(row)))
                .toList();
    }

    public PageResult<ReportDto> list(ReportState state, Long planId, ReportRepository.Decider decider, Paging paging) {
        String prefix = caller.readPrefix();
        boolean exact = caller.readsOwnOrgOnly();
        if (decider != null) {
            if (!caller.canManage(prefix)) {
                throw ApiException.forbidden("Hàng chờ duyệt dành cho cán bộ tổng hợp của cấp trên");
            }
            List<ReportDto> items = reports.decidedBy(decider, prefix, state, planId, paging).stream()
                    .map(ReportService::toDto)
                    .toList();
            return new PageResult<>(
                    items, paging.page(), paging.size(), reports.countDecidedBy(decider, prefix, state, planId));
        }
        List<ReportDto> items = reports.inScope(prefix, exact, state, planId, paging).stream()
                .map(ReportService::toDto)
                .toList();
        return new PageResult<>(
                items, paging.page(), paging.size(), reports.countInScope(prefix, exact, state, planId));
    }

    public ReportDto toDto(Report r) {
        return toDto(reports.row(r.id));
    }

    /** The answer from what the transaction already holds (a new report: no query, no flush of the assignment). */
    private ReportDto toDto(Report r, Assignment a, Plan p, Organization o) {
        String tierName = p.tiers.stream()
                .filter(t -> t.id.equals(a.tierId))
                .map(t -> t.name)
                .findFirst()
                .orElse(null);
        AppUser by = users.findById(r.submittedBy);
        AppUser reviewer = r.reviewedBy == null ? null : users.findById(r.reviewedBy);
        return toDto(new ReportRepository.Row(
                r,
                p.id,
                p.number,
                p.title,
                tierName,
                o.id,
                o.name,
                a.deadline,
                a.currentReportId,
                by == null ? null : by.fullName,
                reviewer == null ? null : reviewer.fullName));
    }

    private static ReportDto toDto(ReportRepository.Row row) {
        Report r = row.r();
        return new ReportDto(
                r.id,
                r.assignmentId,
                row.planId(),
                row.planNumber(),
                row.planTitle(),
                row.tierName(),
                row.orgId(),
                row.orgName(),
                row.deadline(),
                r.version,
                r.heldOn,
                r.attendees,
                r.expected,
                r.absentWithReason,
                r.writeUps,
                r.actionProgrammeAdopted,
                r.actionProgrammeRef,
                Arrays.asList(r.propagandaForms),
                r.notes,
                r.submittedBy,
                row.submittedByName(),
                r.apiKeyId,
                r.filedForOrgId,
                r.submittedAt,
                DeadlineRules.onTime(r.submittedAt, row.deadline()),
                r.state,
                r.reviewComment,
                r.reviewedBy,
                row.reviewedByName(),
                r.reviewedAt,
                r.id.equals(row.currentReportId()));
    }
}
