package vn.tiendo.followup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.tiendo.assignment.Assignment;
import vn.tiendo.assignment.AssignmentRepository;
import vn.tiendo.common.ApiException;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.Caller;
import vn.tiendo.common.FieldError;
import vn.tiendo.common.Paging;
import vn.tiendo.notification.ReminderService;
import vn.tiendo.notification.RemindersConfig;
import vn.tiendo.organization.OrganizationService;
import vn.tiendo.plan.Plan;
import vn.tiendo.plan.PlanService;
import vn.tiendo.plan.PlanStatus;

/** Theo dõi, đôn đốc: who in the subtree is late or nearly so, and reminding them now. */
@ApplicationScoped
public class ChaseService {
    static final int MAX_DUE_WITHIN = 366;

    @Inject
    LateRepository late;

    @Inject
    AssignmentRepository assignments;

    @Inject
    PlanService plans;

    @Inject
    OrganizationService organizations;

    @Inject
    ReminderService reminders;

    @Inject
    RemindersConfig config;

    @Inject
    Caller caller;

    @Inject
    AppClock clock;

    public LatePage list(long planId, Long orgId, Integer dueWithinDays, Paging paging) {
        LateRepository.Scope s = scope(planId, orgId, dueWithinDays);
        LateRepository.Counts counts = late.counts(s);
        return new LatePage(
                late.page(s, paging),
                paging.page(),
                paging.size(),
                counts.total(),
                counts.overdue(),
                counts.dueSoon(),
                s.dueWithinDays());
    }

    /** The list's scope: the plan the caller reads, the subtree of orgId (or the caller's own), the window ahead. */
    public LateRepository.Scope scope(long planId, Long orgId, Integer dueWithinDays) {
        Plan plan = plans.requireReadable(planId);
        int within = dueWithinDays == null ? config.dueSoonDays() : dueWithinDays;
        if (within < 0 || within > MAX_DUE_WITHIN) {
            throw ApiException.badRequest("dueWithinDays", "phải từ 0 đến " + MAX_DUE_WITHIN);
        }
        String path = orgId != null ? organizations.requireReadable(orgId).path : caller.readPrefix();
        return new LateRepository.Scope(plan.id, path, caller.readsOwnOrgOnly(), clock.today(), within);
    }

    /**
     * Reminds the selected assignments (each must be still open on this plan, within the caller's management), or
     * with none selected everything on the chase list of orgId. Recorded as MANUAL notices and audited.
     */
    @Transactional
    public RemindResult remind(long planId, Long orgId, Integer dueWithinDays, RemindInput in) {
        LateRepository.Scope s = scope(planId, orgId, dueWithinDays);
        if (!caller.canManage(s.path())) {
            throw ApiException.forbidden("Chỉ ban tuyên giáo và dân vận được gửi nhắc nhở");
        }
        if (plans.requireReadable(planId).status != PlanStatus.PUBLISHED) {
            throw ApiException.conflict("Kế hoạch chưa ban hành hoặc đã kết thúc; không gửi nhắc nhở");
        }
        Set<Long> ids = new LinkedHashSet<>();
        if (in == null || in.assignmentIds() == null || in.assignmentIds().isEmpty()) {
            late.each(s, row -> ids.add(row.assignmentId()));
        } else {
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < in.assignmentIds().size(); i++) {
                Long id = in.assignmentIds().get(i);
                Assignment a = assignments.findById(id);
                if (a == null
                        || a.planId != planId
                        || !a.orgPath.startsWith(s.path())
                        || !caller.canManage(a.orgPath)) {
                    errors.add(new FieldError(
                            "assignmentIds[" + i + "]",
                            "nhiệm vụ " + id + " không thuộc kế hoạch này trong phạm vi của bạn"));
                } else if (!a.status.open()) {
                    errors.add(new FieldError(
                            "assignmentIds[" + i + "]",
                            "nhiệm vụ " + id + " đã hoàn thành hoặc được miễn; không cần nhắc"));
                } else {
                    ids.add(id);
                }
            }
            if (!errors.isEmpty()) {
                throw ApiException.unprocessable(errors.get(0).message(), errors);
            }
        }
        // pressing "Nhắc nhở" twice (or two officials at once) must not mail the same units twice within the window
        Set<Long> recent = late.remindedSince(ids, clock.now().minus(config.manualWindow()));
        List<Long> skipped = ids.stream().filter(recent::contains).toList();
        ids.removeAll(recent);
        if (ids.isEmpty()) {
            return new RemindResult(0, 0, 0, List.of(), skipped.size(), skipped);
        }
        ReminderService.Sent sent = reminders.remindNow(ids, caller.userId());
        return new RemindResult(
                sent.notices(), sent.notifications(), sent.emails(), List.copyOf(ids), skipped.size(), skipped);
    }
}
