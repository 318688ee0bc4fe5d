package vn.tiendo.assignment;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.tiendo.audit.AuditEntity;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.common.ApiException;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.Caller;
import vn.tiendo.common.PageResult;
import vn.tiendo.common.Paging;
import vn.tiendo.organization.Organization;
import vn.tiendo.organization.OrganizationDeactivated;
import vn.tiendo.organization.OrganizationService;
import vn.tiendo.plan.Plan;
import vn.tiendo.plan.PlanRepository;
import vn.tiendo.plan.PlanService;
import vn.tiendo.plan.PlanStatus;

/** Reading assignments within scope; exemption and deadline extension by the propaganda department. */
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

    public PageResult<AssignmentDto> forPlan(long planId, Long orgId, Long tierId, AssignmentStatus status, Boolean overdue, Paging paging) {
        plans.requireReadable(planId);
        String prefix = caller.readPrefix();
        boolean exact = caller.readsOwnOrgOnly();
        if (orgId != null) {
            Organization o = organizations.requireReadable(orgId);
            prefix = closedTree.pathOf(planRepository.findById(planId), o);
        }
        var f = new AssignmentRepository.Filter(planId, prefix, exact, null, tierId, status, overdue, false, clock.today());
        return page(f, paging);
    }

    /** An organisation's own assignments (not its subtree's); open = still owed on a published plan. */
    public PageResult<AssignmentDto> forOrganization(long orgId, boolean open, Paging paging) {
        Organization o = organizations.requireReadable(orgId);
        var f = new AssignmentRepository.Filter(null, o.path, true, o.id, null, null, null, open, clock.today());
        return page(f, paging);
    }

    private PageResult<AssignmentDto> page(AssignmentRepository.Filter f, Paging paging) {
        List<AssignmentDto> items = assignments.rows(f, paging).stream().map(this::toDto).toList();
        return new PageResult<>(items, paging.page(), paging.size(), assignments.count(f));
    }

    public Assignment requireReadable(long id) {
        return assignments.findByIdOptional(id).filter(a -> caller.canRead(a.orgPath))
                .orElseThrow(() -> ApiException.notFound("nhiệm vụ " + id));
    }

    public AssignmentDto get(long id) {
        requireReadable(id);
        return toDto(assignments.row(id));
    }

    @Transactional
    public void exempt(long id, String reason, String ifMatch) {
        Assignment a = requireManageable(id);
        vn.tiendo.common.ETags.check(ifMatch, a.version);
        requireOpenPlan(a);
        if (a.status == AssignmentStatus.EXEMPT) {
            throw ApiException.conflict("Nhiệm vụ đã được miễn trước đó");
        }
        if (a.status == AssignmentStatus.ACCEPTED) {
            throw ApiException.conflict("Báo cáo của nhiệm vụ đã được chấp nhận; không thể miễn");
        }
        var before = audit.before(a);
        a.status = AssignmentStatus.EXEMPT;
        a.exemptReason = reason.strip();
        a.completedAt = null;
        a.onTime = null;
        a.updatedAt = clock.now();
        audit.record(AuditEntity.ASSIGNMENT, a.id, "EXEMPT", a.orgId, before, a);
    }

    @Transactional
    public void extend(long id, ExtendInput in, String ifMatch) {
        Assignment a = requireManageable(id);
        vn.tiendo.common.ETags.check(ifMatch, a.version);
        requireOpenPlan(a);
        if (!in.deadline().isAfter(a.deadline)) {
            throw ApiException.unprocessable("deadline", "hạn mới phải sau hạn hiện tại " + a.deadline.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
        var before = audit.before(a);
        a.extendTo(in.deadline(), in.reason().strip());
        a.updatedAt = clock.now();
        audit.record(AuditEntity.ASSIGNMENT, a.id, "EXTEND", a.orgId, before, a);
    }

    private Assignment requireManageable(long id) {
        Assignment a = requireReadable(id);
        if (!caller.canManage(a.orgPath)) {
            throw ApiException.forbidden("Chỉ ban tuyên giáo và dân vận được miễn hoặc gia hạn nhiệm vụ");
        }
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
        assignments.getEntityManager().createQuery("""
                update Assignment a set a.status = :exempt, a.exemptReason = :reason, a.version = a.version + 1, a.updatedAt = :now
                where a.orgId = :org and a.status in :open
                  and a.planId in (select p.id from Plan p where p.status = vn.tiendo.plan.PlanStatus.PUBLISHED)""")
                .setParameter("exempt", AssignmentStatus.EXEMPT).setParameter("reason", "Tổ chức ngừng hoạt động")
                .setParameter("now", clock.now()).setParameter("org", ev.orgId())
                .setParameter("open", List.of(AssignmentStatus.PENDING, AssignmentStatus.SCHEDULED, AssignmentStatus.HELD,
                        AssignmentStatus.RETURNED))
                .executeUpdate();
    }

    public AssignmentDto toDto(AssignmentRepository.Row r) {
        Assignment a = r.a();
        var today = clock.today();
        var report = r.reportId() == null ? null
                : new AssignmentDto.CurrentReport(r.reportId(), r.reportVersion(), r.reportState(), r.reviewComment());
        return new AssignmentDto(a.id, a.planId, r.planNumber(), r.planTitle(), r.planStatus(), a.tierId, r.tierName(), a.orgId,
                r.orgCode(), r.orgName(), r.orgLevelCode(), r.secretaryName(), r.phone(), r.email(), a.deadline, a.originalDeadline,
                a.status, DeadlineRules.overdue(a.status, a.deadline, today), DeadlineRules.daysLeft(a.deadline, today),
                a.completedAt, a.onTime, a.exemptReason, a.extensionReason, a.version, report);
    }
}
