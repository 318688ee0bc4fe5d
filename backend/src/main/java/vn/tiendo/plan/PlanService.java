package vn.tiendo.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.tiendo.audit.AuditEntity;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.common.ApiException;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.Caller;
import vn.tiendo.common.DomainEvent;
import vn.tiendo.common.ETags;
import vn.tiendo.common.FieldError;
import vn.tiendo.common.Format;
import vn.tiendo.common.PageResult;
import vn.tiendo.common.Paging;
import vn.tiendo.common.StatisticsRefresh;
import vn.tiendo.common.Text;
import vn.tiendo.deadline.DeadlineBounds;
import vn.tiendo.organization.Level;
import vn.tiendo.organization.LevelRepository;
import vn.tiendo.organization.Organization;
import vn.tiendo.organization.OrganizationRepository;

/** Plans and their tiers: drafts, child plans and their deadline rule, publish, close. */
@ApplicationScoped
public class PlanService {
    static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    ClosedPlanTree closedTree;

    @Inject
    StatisticsRefresh statistics;

    @Inject
    PlanRepository plans;

    @Inject
    OrganizationRepository orgs;

    @Inject
    LevelRepository levels;

    @Inject
    DeadlineBounds bounds;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    jakarta.enterprise.event.Event<DomainEvent> events;

    @Inject
    jakarta.enterprise.event.Event<PlanPublishing> publishing;

    /** A plan the caller may see: issued within its scope, or issued above it and so reaching it. */
    public Optional<Plan> readable(long id) {
        return plans.findByIdOptional(id).filter(p -> {
            Organization issuer = orgs.findById(p.issuerOrgId);
            if (p.status == PlanStatus.DRAFT) {
                return caller.canManage(issuer.path);
            }
            return caller.canRead(issuer.path) || caller.orgPath().startsWith(issuer.path);
        });
    }

    public Plan requireReadable(long id) {
        return readable(id).orElseThrow(() -> ApiException.notFound("kế hoạch " + id));
    }

    /** A plan the caller may change: issued within the subtree it manages. */
    private Plan requireManageable(long id) {
        Plan p = requireReadable(id);
        if (!caller.canManage(orgs.findById(p.issuerOrgId).path)) {
            throw ApiException.forbidden("Chỉ ban tuyên giáo và dân vận của cấp ban hành được thay đổi kế hoạch này");
        }
        return p;
    }

    public PageResult<PlanDto> list(PlanStatus status, String q, Paging paging) {
        boolean managesDrafts = caller.has(vn.tiendo.common.Role.ADMIN) || caller.has(vn.tiendo.common.Role.DEPARTMENT);
        var query = plans.visible(
                caller.readPrefix(), caller.readsOwnOrgOnly(), caller.orgPath(), managesDrafts, status, q);
        List<Plan> items = query.page(paging.panache()).list();
        return new PageResult<>(items.stream().map(this::toDto).toList(), paging.page(), paging.size(), query.count());
    }

    @Transactional
    public Plan create(PlanInput in) {
        Plan p = new Plan();
        apply(p, in);
        p.updatedAt = clock.now();
        plans.persist(p);
        audit.record(AuditEntity.PLAN, p.id, "CREATE", p.issuerOrgId, null, (java.util.function.Supplier<PlanDto>)
                () -> toDto(p));
        return p;
    }

    @Transactional
    public Plan update(long id, PlanInput in, String ifMatch) {
        Plan p = requireManageable(id);
        ETags.check(ifMatch, p.version);
        if (p.status != PlanStatus.DRAFT) {
            throw ApiException.conflict("Kế hoạch đã ban hành; chỉ sửa được khi còn là bản nháp");
        }
        var before = audit.before(toDto(p));
        apply(p, in);
        p.updatedAt = clock.now();
        audit.record(AuditEntity.PLAN, p.id, "UPDATE", p.issuerOrgId, before, (java.util.function.Supplier<PlanDto>)
                () -> toDto(p));
        return p;
    }

    /** Publishes (or, with dryRun, only counts) the assignments. */
    @Transactional
    public int publish(long id, boolean dryRun, String ifMatch) {
        Plan p = requireManageable(id);
        ETags.check(ifMatch, p.version);
        if (p.status != PlanStatus.DRAFT) {
            throw ApiException.conflict("Kế hoạch đã được ban hành trước đó");
        }
        if (p.tiers.isEmpty()) {
            throw ApiException.unprocessable("tiers", "kế hoạch chưa có đợt / đối tượng nào");
        }
        if (p.parentPlanId != null) {
            Plan parent = plans.findById(p.parentPlanId);
            checkAgainstParent(
                    p.tiers.stream()
                            .map(t -> new TierLimit(
                                    t.name,
                                    t.activity,
                                    Arrays.asList(t.levelCodes),
                                    Arrays.asList(t.organizationIds),
                                    t.deadline))
                            .toList(),
                    parent,
                    orgs.findById(p.issuerOrgId));
        }
        if (dryRun) {
            PlanPublishing counting = new PlanPublishing(p.id, true);
            publishing.fire(counting);
            return counting.assignments();
        }
        var before = audit.before(toDto(p));
        p.status = PlanStatus.PUBLISHED;
        p.publishedAt = clock.now();
        plans.flush();
        PlanPublishing publish = new PlanPublishing(p.id, false);
        publishing.fire(publish);
        int created = publish.assignments();
        // the coverage rows come with the assignments: their statistics were taken when the plan had none
        statistics.analyzeAfterCommit(created, "assignment", "progress_count", "coverage_direct", "coverage_count");
        events.fire(new DomainEvent(
                DomainEvent.PLAN_PUBLISHED,
                "plan",
                p.id,
                orgs.findById(p.issuerOrgId).path,
                Map.of(
                        "planId",
                        p.id,
                        "number",
                        p.number,
                        "title",
                        p.title,
                        "issuerOrgId",
                        p.issuerOrgId,
                        "assignmentsCreated",
                        created)));
        ObjectNode after = (ObjectNode) audit.snapshot(toDto(p));
        after.put("assignmentsCreated", created);
        audit.record(AuditEntity.PLAN, p.id, "PUBLISH", p.issuerOrgId, before, after);
        return created;
    }

    @Transactional
    public Plan close(long id, String ifMatch) {
        Plan p = requireManageable(id);
        ETags.check(ifMatch, p.version);
        if (p.status != PlanStatus.PUBLISHED) {
            throw ApiException.conflict(
                    p.status == PlanStatus.DRAFT
                            ? "Kế hoạch chưa ban hành nên không thể kết thúc"
                            : "Kế hoạch đã kết thúc trước đó");
        }
        var before = audit.before(toDto(p));
        p.status = PlanStatus.CLOSED;
        p.closedAt = clock.now();
        closedTree.freeze(p.id);
        audit.record(AuditEntity.PLAN, p.id, "CLOSE", p.issuerOrgId, before, (java.util.function.Supplier<PlanDto>)
                () -> toDto(p));
        return p;
    }

    private void apply(Plan p, PlanInput in) {
        Organization issuer = issuerFor(in.issuerOrgId());
        p.number = in.number().strip();
        p.title = in.title().strip();
        p.issuerOrgId = issuer.id;
        p.resolution = Text.trimToNull(in.resolution());
        p.issuedOn = in.issuedOn();
        p.purpose = Text.trimToNull(in.purpose());
        p.requirements = Text.trimToNull(in.requirements());
        p.materials = Text.trimToNull(in.materials());
        p.searchKey = Text.searchKey(p.number + " " + p.title);
        validateTiers(in, issuer);
        if (in.parentPlanId() != null) {
            Plan parent = plans.findByIdOptional(in.parentPlanId())
                    .filter(pp -> readable(pp.id).isPresent())
                    .orElseThrow(() -> ApiException.unprocessable(
                            "parentPlanId", "không tìm thấy kế hoạch cấp trên " + in.parentPlanId()));
            if (parent.status == PlanStatus.DRAFT) {
                throw ApiException.unprocessable("parentPlanId", "kế hoạch cấp trên chưa ban hành");
            }
            Organization parentIssuer = orgs.findById(parent.issuerOrgId);
            if (!issuer.path.startsWith(parentIssuer.path) || issuer.id.equals(parentIssuer.id)) {
                throw ApiException.unprocessable(
                        "issuerOrgId",
                        "kế hoạch cụ thể hóa phải do tổ chức trực thuộc " + parentIssuer.name + " ban hành");
            }
            checkAgainstParent(
                    in.tiers().stream()
                            .map(t -> new TierLimit(
                                    t.name(),
                                    activityOf(t),
                                    t.levelCodes() == null ? List.of() : t.levelCodes(),
                                    t.organizationIds() == null ? List.of() : t.organizationIds(),
                                    t.deadline()))
                            .toList(),
                    parent,
                    issuer);
        }
        p.parentPlanId = in.parentPlanId();
        p.tiers.clear();
        plans.flush(); // orphaned tiers go before the new ones arrive
        int position = 0;
        for (TierInput ti : in.tiers()) {
            Tier t = new Tier();
            t.plan = p;
            t.position = position++;
            t.name = ti.name().strip();
            t.activity = activityOf(ti);
            t.levelCodes = ti.levelCodes() == null
                    ? new String[0]
                    : ti.levelCodes().stream().distinct().toArray(String[]::new);
            t.organizationIds = ti.organizationIds() == null
                    ? new Long[0]
                    : ti.organizationIds().stream().distinct().toArray(Long[]::new);
            t.audience = Text.trimToNull(ti.audience());
            t.durationDays = ti.durationDays();
            t.presenter = Text.trimToNull(ti.presenter());
            t.format = ti.format() == null ? Format.IN_PERSON : ti.format();
            t.deadline = ti.deadline();
            p.tiers.add(t);
        }
    }

    private static Activity activityOf(TierInput t) {
        return t.activity() == null ? Activity.STUDY : t.activity();
    }

    private Organization issuerFor(Long issuerOrgId) {
        Long id = issuerOrgId != null ? issuerOrgId : caller.orgId();
        if (id == null) {
            throw ApiException.unprocessable("issuerOrgId", "hãy chọn cấp ủy ban hành kế hoạch");
        }
        return orgs.findByIdOptional(id)
                .filter(o -> caller.canManage(o.path))
                .orElseThrow(() -> ApiException.unprocessable(
                        "issuerOrgId", "không tìm thấy tổ chức " + id + " trong phạm vi của bạn"));
    }

    private void validateTiers(PlanInput in, Organization issuer) {
        Set<String> known = levels.listAll().stream().map(l -> l.code).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < in.tiers().size(); i++) {
            TierInput t = in.tiers().get(i);
            String at = "tiers[" + i + "]";
            boolean noLevels = t.levelCodes() == null || t.levelCodes().isEmpty();
            boolean noOrgs = t.organizationIds() == null || t.organizationIds().isEmpty();
            if (noLevels && noOrgs) {
                errors.add(new FieldError(at + ".levelCodes", "chọn ít nhất một cấp hoặc một tổ chức"));
            }
            if (t.levelCodes() != null) {
                t.levelCodes().stream()
                        .filter(c -> !known.contains(c))
                        .forEach(c -> errors.add(new FieldError(at + ".levelCodes", "cấp '" + c + "' không tồn tại")));
            }
            if (t.organizationIds() != null && !t.organizationIds().isEmpty()) {
                for (Long orgId : t.organizationIds()) {
                    Organization o = orgs.findById(orgId);
                    if (o == null || !o.path.startsWith(issuer.path)) {
                        errors.add(new FieldError(
                                at + ".organizationIds", "tổ chức " + orgId + " không thuộc " + issuer.name));
                    }
                }
            }
            if (in.issuedOn() != null && t.deadline().isBefore(in.issuedOn())) {
                errors.add(new FieldError(
                        at + ".deadline",
                        "hạn " + t.deadline().format(VN_DATE) + " trước ngày ban hành "
                                + in.issuedOn().format(VN_DATE)));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(
                    errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }
    }

    record TierLimit(
            String name, Activity activity, List<String> levelCodes, List<Long> organizationIds, LocalDate deadline) {}

    /**
     * A child plan's tier may not end after the deadline that binds it in the parent plan ({@link DeadlineBounds}: the
     * issuer's own deadline for the same activity, and the parent's tier for each level it targets): 422 naming the
     * tier and both dates.
     */
    void checkAgainstParent(List<TierLimit> tiers, Plan parent, Organization issuer) {
        Map<String, String> levelNames = new HashMap<>();
        levels.listAll().forEach((Level l) -> levelNames.put(l.code, l.name));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            TierLimit t = tiers.get(i);
            Optional<DeadlineBounds.Bound> bound =
                    bounds.forTier(parent.id, issuer.id, t.activity().name(), t.levelCodes(), t.organizationIds());
            if (bound.isPresent() && t.deadline().isAfter(bound.get().deadline())) {
                DeadlineBounds.Bound b = bound.get();
                String whose =
                        b.levelCode() == null ? "" : " cho " + levelNames.getOrDefault(b.levelCode(), b.levelCode());
                errors.add(new FieldError(
                        "tiers[" + i + "].deadline",
                        "Đợt '" + t.name() + "': hạn " + t.deadline().format(VN_DATE) + " muộn hơn hạn "
                                + b.deadline().format(VN_DATE) + " của kế hoạch cấp trên " + parent.number + whose));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(
                    errors.stream().map(FieldError::message).collect(Collectors.joining("; ")), errors);
        }
    }

    /** The bound a published parent plan sets on a tier of a child plan the caller would issue (the rule applied at save). */
    public Optional<DeadlineBounds.Bound> childBound(
            long parentId, Long issuerOrgId, Activity activity, List<String> levelCodes, List<Long> organizationIds) {
        Plan parent = requireReadable(parentId);
        Organization issuer = issuerFor(issuerOrgId);
        if (parent.status == PlanStatus.DRAFT) {
            return Optional.empty();
        }
        // organisations outside the issuer's subtree cannot be targeted: their deadlines are none of the caller's
        // business
        List<Long> targets = organizationIds.stream()
                .filter(id -> orgs.findByIdOptional(id)
                        .filter(o -> o.path.startsWith(issuer.path))
                        .isPresent())
                .toList();
        return bounds.forTier(
                parent.id, issuer.id, (activity == null ? Activity.STUDY : activity).name(), levelCodes, targets);
    }

    /** The parent plan's deadline that binds this tier of a child plan (null for a plan without parent). */
    LocalDate parentDeadline(Plan p, Tier t) {
        if (p.parentPlanId == null || t.activity == null) {
            return null;
        }
        return bounds.forTier(
                        p.parentPlanId,
                        p.issuerOrgId,
                        t.activity.name(),
                        Arrays.asList(t.levelCodes),
                        Arrays.asList(t.organizationIds))
                .map(DeadlineBounds.Bound::deadline)
                .orElse(null);
    }

    public PlanDto toDto(Plan p) {
        Organization issuer = orgs.findById(p.issuerOrgId);
        String parentNumber = p.parentPlanId == null
                ? null
                : plans.findByIdOptional(p.parentPlanId).map(x -> x.number).orElse(null);
        return new PlanDto(
                p.id,
                p.number,
                p.title,
                p.issuerOrgId,
                issuer == null ? null : issuer.name,
                p.resolution,
                p.issuedOn,
                p.purpose,
                p.requirements,
                p.materials,
                p.parentPlanId,
                parentNumber,
                p.status,
                p.publishedAt,
                p.closedAt,
                p.version,
                p.tiers.stream().map(t -> TierDto.of(t, parentDeadline(p, t))).toList());
    }
}
