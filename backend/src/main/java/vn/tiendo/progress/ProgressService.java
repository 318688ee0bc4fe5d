package vn.tiendo.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.tiendo.common.ApiException;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.Caller;
import vn.tiendo.member.Coverage;
import vn.tiendo.member.CoverageRepository;
import vn.tiendo.organization.Organization;
import vn.tiendo.organization.OrganizationRepository;
import vn.tiendo.organization.OrganizationService;
import vn.tiendo.plan.Plan;
import vn.tiendo.plan.PlanRepository;
import vn.tiendo.plan.PlanService;
import vn.tiendo.plan.PlanStatus;
import vn.tiendo.plan.Tier;
import vn.tiendo.progress.ProgressDtos.ChildProgress;
import vn.tiendo.progress.ProgressDtos.Dashboard;
import vn.tiendo.progress.ProgressDtos.DashboardPlan;
import vn.tiendo.progress.ProgressDtos.OrgRef;
import vn.tiendo.progress.ProgressDtos.Progress;
import vn.tiendo.progress.ProgressDtos.TierProgress;
import vn.tiendo.progress.ProgressDtos.Timeline;
import vn.tiendo.progress.ProgressDtos.TimelineDeadline;
import vn.tiendo.progress.ProgressDtos.TimelinePoint;

/** Live progress figures of a plan over any subtree the caller can read. */
@ApplicationScoped
public class ProgressService {
    private static final int MAX_TIMELINE_DAYS = 800;

    @Inject
    ProgressRepository figures;

    @Inject
    PlanService plans;

    @Inject
    PlanRepository planRepository;

    @Inject
    OrganizationService organizations;

    @Inject
    OrganizationRepository orgs;

    @Inject
    Caller caller;

    @Inject
    vn.tiendo.plan.ClosedPlanTree closedTree;

    @Inject
    AppClock clock;

    @Inject
    CoverageRepository coverage;

    /** The organisation whose subtree is measured: the one asked for, or the caller's own (the first root for the system admin). */
    public Organization subject(Long orgId, Plan plan) {
        if (orgId != null) {
            return organizations.requireReadable(orgId);
        }
        if (caller.orgId() != null) {
            return orgs.findById(caller.orgId());
        }
        return orgs.findById(plan.issuerOrgId);
    }

    /** A reporter measures its own organisation only (its own assignments), never the subtree below it. */
    public boolean ownOnly() {
        return caller.readsOwnOrgOnly();
    }

    public Progress progress(long planId, Long orgId) {
        Plan plan = plans.requireReadable(planId);
        Organization org = subject(orgId, plan);
        String frozenPath = closedTree.pathOf(plan, org);
        var g = ownOnly()
                ? figures.recount(plan.id, frozenPath, true, clock.today())
                : figures.grouped(plan.id, org.id, clock.today(), plan.status == PlanStatus.CLOSED);
        // member coverage: the organisation's own members for a caller who reads its own organisation only
        Map<Long, Coverage> covered =
                ownOnly() ? coverage.byTierOwn(plan.id, org.id) : coverage.byTier(plan.id, org.id);
        List<TierProgress> byTier = plan.tiers.stream()
                .map(t -> new TierProgress(
                        t.id,
                        t.name,
                        t.deadline,
                        covered.getOrDefault(t.id, Coverage.NONE)
                                .onto(g.byTier().getOrDefault(t.id, Totals.EMPTY))))
                .toList();
        Map<Long, OrgRef> children = g.children();
        Map<Long, Coverage> childCoverage = coverage.byOrg(plan.id, children.keySet());
        List<ChildProgress> childRows = g.byChild().entrySet().stream()
                .filter(e -> children.containsKey(e.getKey()))
                .map(e -> new ChildProgress(
                        children.get(e.getKey()),
                        childCoverage.getOrDefault(e.getKey(), Coverage.NONE).onto(e.getValue())))
                .sorted(Comparator.comparing((ChildProgress c) -> c.org().name()))
                .toList();
        Totals total = covered.getOrDefault(CoverageRepository.WHOLE_PLAN, Coverage.NONE)
                .onto(g.total());
        return new Progress(plan.id, ref(org), total, byTier, childRows);
    }

    public Timeline timeline(long planId, Long orgId) {
        Plan plan = plans.requireReadable(planId);
        Organization org = subject(orgId, plan);
        List<TimelineDeadline> deadlines = plan.tiers.stream()
                .map(t -> new TimelineDeadline(t.id, t.name, t.deadline))
                .toList();
        List<LocalDate> days = new ArrayList<>();
        String path = closedTree.pathOf(plan, org);
        List<long[]> perDay = figures.completionsPerDay(plan.id, path, ownOnly(), days);
        List<TimelinePoint> points = new ArrayList<>();
        if (plan.publishedAt != null) {
            LocalDate start = plan.publishedAt.atZone(AppClock.ZONE).toLocalDate();
            if (!days.isEmpty() && days.get(0).isBefore(start)) {
                start = days.get(0);
            }
            LocalDate lastDeadline = plan.tiers.stream()
                    .map(t -> t.deadline)
                    .max(LocalDate::compareTo)
                    .orElse(start);
            LocalDate end = clock.today().isAfter(lastDeadline) ? clock.today() : lastDeadline;
            if (ChronoUnit.DAYS.between(start, end) > MAX_TIMELINE_DAYS) {
                end = start.plusDays(MAX_TIMELINE_DAYS);
            }
            long done = 0;
            long onTime = 0;
            int i = 0;
            for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
                while (i < days.size() && !days.get(i).isAfter(d)) {
                    done += perDay.get(i)[0];
                    onTime += perDay.get(i)[1];
                    i++;
                }
                points.add(new TimelinePoint(d, done, onTime));
            }
        }
        return new Timeline(plan.id, ref(org), figures.owed(plan.id, path, ownOnly()), deadlines, points);
    }

    public Dashboard dashboard(Long orgId) {
        Organization org = orgId != null
                ? organizations.requireReadable(orgId)
                : caller.orgId() != null ? orgs.findById(caller.orgId()) : null;
        List<Long> tops = org == null
                ? orgs.find("parentId is null").list().stream().map(o -> o.id).toList()
                : List.of(org.id);
        Map<Long, Totals> byPlan =
                ownOnly() ? figures.byPlanOwn(org.path, clock.today()) : figures.byPlan(tops, clock.today());
        Map<Long, Coverage> planCoverage = ownOnly() ? coverage.byPlanOwn(org.id) : coverage.byPlan(tops);
        List<DashboardPlan> rows = new ArrayList<>();
        LocalDate today = clock.today();
        for (var e : byPlan.entrySet()) {
            // only plans the caller can open (a plan issued in a sibling tree may have assignments below the caller)
            Plan p = plans.readable(e.getKey()).orElse(null);
            if (p == null || p.status == PlanStatus.DRAFT) {
                continue;
            }
            LocalDate next = p.tiers.stream()
                    .map((Tier t) -> t.deadline)
                    .filter(d -> !d.isBefore(today))
                    .min(LocalDate::compareTo)
                    .orElse(null);
            rows.add(new DashboardPlan(
                    p.id,
                    p.number,
                    p.title,
                    p.status.name(),
                    next,
                    planCoverage.getOrDefault(p.id, Coverage.NONE).onto(e.getValue())));
        }
        return new Dashboard(org == null ? null : ref(org), rows);
    }

    public Plan plan(long planId) {
        return plans.requireReadable(planId);
    }

    static OrgRef ref(Organization o) {
        if (o == null) {
            throw ApiException.notFound("tổ chức");
        }
        return new OrgRef(o.id, o.code, o.name, o.levelCode);
    }
}
