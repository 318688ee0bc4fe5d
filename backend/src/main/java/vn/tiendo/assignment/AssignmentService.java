package vn.tiendo.assignment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.tiendo.audit.AuditEntity;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.common.ApiException;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.Caller;
import vn.tiendo.common.Oversight;
import vn.tiendo.common.PageResult;
import vn.tiendo.common.Paging;
import vn.tiendo.deadline.DeadlineBounds;
import vn.tiendo.deadline.DeadlineRules;
import vn.tiendo.organization.Organization;
import vn.tiendo.organization.OrganizationDeactivated;
import vn.tiendo.organization.OrganizationService;
import vn.tiendo.organization.OrganizationsPlaced;
import vn.tiendo.plan.Plan;
import vn.tiendo.plan.PlanRepository;
import vn.tiendo.plan.PlanService;
import vn.tiendo.plan.PlanStatus;

/** Reading assignments within scope; exemption and deadline extension by the level above ({@link Oversight}). */
@ApplicationScoped
public class AssignmentService {
    @Inject
    vn.tiendo.plan.ClosedPlanTree closedTree;

    @Inject
    AssignmentRepository assignments;

    @Inject
    PlanService plans;

    @Inject
    PlanRepository planRepository;

    @Inject
    OrganizationService organizations;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    Oversight oversight;

    @Inject
    DeadlineBounds bounds;

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public PageResult<AssignmentDto> forPlan(
            long planId, Long orgId, Long tierId, AssignmentStatus status, Boolean overdue, Paging paging) {
        plans.requireReadable(planId);
        String prefix = caller.readPrefix();
        boolean exact = caller.readsOwnOrgOnly();
        if (orgId != null) {
            Organization o = organizations.requireReadable(orgId);
            prefix = closedTree.pathOf(planRepository.findById(planId), o);
        }
        var f = new AssignmentRepository.Filter(
                planId, prefix, exact, null, tierId, status, overdue, false, clock.today());
        return page(f, paging);
    }

    /** An organisation's own assignments (not its subtree's); open = still owed on a published plan. */
    public PageResult<AssignmentDto> forOrganization(long orgId, boolean open, Paging paging) {
        Organization o = organizations.requireReadable(orgId);
        var f = new AssignmentRepository.Filter(null, o.path, true, o.id, null, null, null, open, clock.today());
        return page(f, paging);
    }

    private PageResult<AssignmentDto> page(AssignmentRepository.Filter f, Paging paging) {
        Map<Long, Optional<LocalDate>> maxByTier = new java.util.HashMap<>();
        List<AssignmentDto> items = assignments.rows(f, paging).stream()
                .map(r -> toDto(r, maxByTier))
                .toList();
        return new PageResult<>(items, paging.page(), paging.size(), assignments.count(f));
    }

    public Assignment requireReadable(long id) {
        return assignments
                .findByIdOptional(id)
                .filter(a -> caller.canRead(a.orgPath))
                .orElseThrow(() -> ApiException.notFound("nhiệm vụ " + id));
    }

    public AssignmentDto get(long id) {
        requireReadable(id);
        return toDto(assignments.row(id));
    }

    @Transactional
    public void exempt(long id, String reason, String ifMatch) {
        Assignment a = requireOverseen(id, Oversight.Act.EXEMPT);
        vn.tiendo.common.ETags.check(ifMatch, a.version);
        requireOpenPlan(a);
        if (!a.status.exemptable()) {
            throw ApiException.conflict(
                    switch (a.status) {
                        case EXEMPT -> "Nhiệm vụ đã được miễn trước đó";
                        case REPORTED -> "Nhiệm vụ đã có báo cáo đang chờ duyệt; hãy trả lại báo cáo trước khi miễn";
                        default -> "Báo cáo của nhiệm vụ đã được chấp nhận; không thể miễn";
                    });
        }
        var before = audit.before(a);
        a.status = AssignmentStatus.EXEMPT;
        a.exemptReason = reason.strip();
        a.completedAt = null;
        a.onTime = null;
        a.updatedAt = clock.now();
        assignments.flush(); // a row moved since it was read fails here (version) as 409, not at commit
        audit.record(AuditEntity.ASSIGNMENT, a.id, "EXEMPT", a.orgId, before, a);
    }

    /**
     * Moves the deadline later, with a reason: never on an accepted or exempt assignment (409), never past the
     * deadline that binds it in the parent plan ({@link DeadlineBounds}, 422).
     */
    @Transactional
    public void extend(long id, ExtendInput in, String ifMatch) {
        Assignment a = requireOverseen(id, Oversight.Act.EXTEND);
        vn.tiendo.common.ETags.check(ifMatch, a.version);
        requireOpenPlan(a);
        if (!a.status.extendable()) {
            throw ApiException.conflict(
                    a.status == AssignmentStatus.ACCEPTED
                            ? "Báo cáo của nhiệm vụ đã được chấp nhận; không thể gia hạn"
                            : "Nhiệm vụ đã được miễn; không thể gia hạn");
        }
        if (!in.deadline().isAfter(a.deadline)) {
            throw ApiException.unprocessable("deadline", "hạn mới phải sau hạn hiện tại " + a.deadline.format(VN_DATE));
        }
        var max = bounds.forAssignmentOf(a.tierId);
        if (max.isPresent() && in.deadline().isAfter(max.get())) {
            throw ApiException.unprocessable(
                    "deadline",
                    "hạn mới " + in.deadline().format(VN_DATE) + " muộn hơn hạn "
                            + max.get().format(VN_DATE) + " mà kế hoạch cấp trên giao cho cấp ban hành");
        }
        var before = audit.before(a);
        a.extendTo(in.deadline(), in.reason().strip());
        a.updatedAt = clock.now();
        assignments.flush();
        audit.record(AuditEntity.ASSIGNMENT, a.id, "EXTEND", a.orgId, before, a);
    }

    private Assignment requireOverseen(long id, Oversight.Act act) {
        Assignment a = requireReadable(id);
        oversight.require(act, a.orgPath);
        return a;
    }

    private void requireOpenPlan(Assignment a) {
        if (a.status == AssignmentStatus.MERGED) {
            throw ApiException.conflict("Tổ chức đã sáp nhập; nhiệm vụ được giữ trong lịch sử");
        }
        Plan p = planRepository.findById(a.planId);
        if (p.status != PlanStatus.PUBLISHED) {
            throw ApiException.conflict("Kế hoạch đã kết thúc; không thể thay đổi nhiệm vụ");
        }
    }

    /** An organisation that stops operating owes nothing more on open plans: its open assignments become exempt. */
    void onDeactivated(@Observes OrganizationDeactivated ev) {
        assignments.exemptOpenOnPublishedPlans(ev.orgId(), "Tổ chức ngừng hoạt động", clock.now());
    }

    /** Reason given to the assignments closed when their organisation leaves the plan issuer's subtree. */
    public static final String MOVED_OUT = "Chuyển ra ngoài phạm vi kế hoạch";

    /**
     * An organisation moved out of a plan issuer's subtree owes that plan nothing more: its open assignments of the
     * plan (and its subtree's) become EXEMPT with a reason, counted out of every denominator like any exemption.
     */
    void onMoved(@Observes OrganizationsPlaced placed) {
        if (placed.movedSubtreePrefixes().isEmpty()) {
            return;
        }
        assignments.flush();
        assignments.exemptOutsideTheirIssuer(placed.movedSubtreePrefixes(), MOVED_OUT, clock.now());
    }

    public AssignmentDto toDto(AssignmentRepository.Row r) {
        return toDto(r, new java.util.HashMap<>());
    }

    /** The answer with what the caller may do to it; maxDeadline looked up once per tier of a page. */
    private AssignmentDto toDto(AssignmentRepository.Row r, Map<Long, Optional<LocalDate>> maxByTier) {
        Assignment a = r.a();
        var today = clock.today();
        var report = r.reportId() == null
                ? null
                : new AssignmentDto.CurrentReport(r.reportId(), r.reportVersion(), r.reportState(), r.reviewComment());
        boolean live = PlanStatus.PUBLISHED.name().equals(r.planStatus());
        boolean oversees = oversight.oversees(a.orgPath);
        boolean canExtend = live && oversees && a.status.extendable();
        LocalDate maxDeadline = canExtend
                ? maxByTier
                        .computeIfAbsent(a.tierId, t -> bounds.forAssignmentOf(a.tierId))
                        .orElse(null)
                : null;
        return new AssignmentDto(
                a.id,
                a.planId,
                r.planNumber(),
                r.planTitle(),
                r.planStatus(),
                a.tierId,
                r.tierName(),
                a.orgId,
                r.orgCode(),
                r.orgName(),
                r.orgLevelCode(),
                r.secretaryName(),
                r.phone(),
                r.email(),
                a.deadline,
                a.originalDeadline,
                a.status,
                DeadlineRules.overdue(a.status.open(), a.deadline, today),
                DeadlineRules.daysLeft(a.deadline, today),
                a.completedAt,
                a.onTime,
                a.exemptReason,
                a.extensionReason,
                a.version,
                report,
                live && caller.canReportFor(a.orgPath) && a.status.fileable(),
                live && oversees && a.status.reviewable(),
                canExtend,
                live && oversees && a.status.exemptable(),
                maxDeadline);
    }
}
