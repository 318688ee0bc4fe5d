package vn.tiendo.restructuring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.hibernate.Session;

import vn.tiendo.audit.AuditEntity;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.common.ApiException;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.Caller;
import vn.tiendo.common.DomainEvent;
import vn.tiendo.common.Oversight;
import vn.tiendo.common.Role;
import vn.tiendo.common.Text;
import vn.tiendo.member.MemberRepository;
import vn.tiendo.organization.LevelService;
import vn.tiendo.organization.Organization;
import vn.tiendo.organization.OrganizationInput;
import vn.tiendo.organization.OrganizationRepository;
import vn.tiendo.organization.OrganizationService;
import vn.tiendo.organization.OrganizationsChanged;
import vn.tiendo.restructuring.RestructuringResult.Effects;
import vn.tiendo.restructuring.RestructuringResult.OrgRef;
import vn.tiendo.user.UserRepository;

/**
 * Restructuring by decision (sáp nhập, chia tách, đổi tên, chuyển): all or nothing in one transaction, audited, in
 * the change feed and webhooks, never destructive (sources become inactive and point to their successor). A dry run
 * does exactly the same work and rolls it back, so it answers the same effect counts and changes nothing.
 */
@ApplicationScoped
public class RestructuringService {
    public static final String MERGED_EVENT = DomainEvent.ORGANIZATION_MERGED;
    public static final String SPLIT_EVENT = DomainEvent.ORGANIZATION_SPLIT;

    @Inject
    OrganizationRepository orgs;

    @Inject
    OrganizationService organizations;

    @Inject
    LevelService levels;

    @Inject
    PlansInFlight plans;

    @Inject
    Caller caller;

    @Inject
    Oversight oversight;

    @Inject
    AppClock clock;

    @Inject
    AuditLog audit;

    @Inject
    Session session;

    @Inject
    RestructuringRepository restructurings;

    @Inject
    UserRepository users;

    @Inject
    MemberRepository members;

    @Inject
    TransactionManager tm;

    @Inject
    ObjectMapper json;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Event<OrganizationsChanged> changed;

    @Transactional
    public RestructuringResult merge(MergeInput in, boolean dryRun) {
        return finish(doMerge(in, ""), dryRun);
    }

    @Transactional
    public RestructuringResult split(SplitInput in, boolean dryRun) {
        return finish(doSplit(in, ""), dryRun);
    }

    @Transactional
    public RestructuringResult rename(RenameInput in, boolean dryRun) {
        return finish(doRename(in, ""), dryRun);
    }

    @Transactional
    public RestructuringResult move(MoveInput in, boolean dryRun) {
        return finish(doMove(in, ""), dryRun);
    }

    /** Many restructurings at once (a province's whole decision), in order, through the same rules; all or nothing. */
    @Transactional
    public BatchResult batch(List<RestructuringCsv.Step> steps, boolean dryRun) {
        List<RestructuringResult> done = new ArrayList<>();
        Effects total = Effects.NONE;
        for (RestructuringCsv.Step s : steps) {
            String at = s.where() + ": ";
            RestructuringResult r;
            if (s.merge() != null) {
                r = doMerge(s.merge(), at);
            } else if (s.split() != null) {
                r = doSplit(s.split(), at);
            } else if (s.rename() != null) {
                r = doRename(s.rename(), at);
            } else {
                r = doMove(s.move(), at);
            }
            done.add(r);
            total = total.plus(r.effects());
        }
        if (dryRun) {
            rollbackOnly();
            done = done.stream().map(RestructuringService::dry).toList();
        }
        return new BatchResult(dryRun, done.size(), total, done);
    }

    /** The answer of POST /organizations/restructure. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "RestructuringBatchResult")
    public record BatchResult(boolean dryRun, int restructurings, Effects effects, List<RestructuringResult> items) {}

    private RestructuringResult finish(RestructuringResult r, boolean dryRun) {
        if (!dryRun) {
            return r;
        }
        rollbackOnly();
        return dry(r);
    }

    private static RestructuringResult dry(RestructuringResult r) {
        List<OrgRef> successors = r.successors().stream()
                .map(o -> o.created() ? new OrgRef(null, o.code(), o.name(), o.levelCode(), true) : o)
                .toList();
        return new RestructuringResult(
                null, r.kind(), true, r.effectiveOn(), r.decision(), r.sources(), successors, r.effects());
    }

    private void rollbackOnly() {
        try {
            tm.setRollbackOnly();
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- merge

    private RestructuringResult doMerge(MergeInput in, String at) {
        requireRole();
        checkDate(in.effectiveOn(), at);
        List<Organization> sources = sources(in.sourceCodes(), at + "sourceCodes");
        var t = in.target();
        Organization existing = orgs.findByCode(t.code()).orElse(null);
        boolean created = existing == null;
        Organization target = created
                ? createSuccessor(t.code(), t.name(), t.parentCode(), t.levelCode(), sources, at + "target")
                : existingSuccessor(existing, sources, at + "target.code");
        Effects e = absorb(sources, target, created, Map.of(), in.decision());
        long id = record("MERGE", in.decision(), in.effectiveOn(), sources, List.of(target), e);
        fireEvent(MERGED_EVENT, id, in.decision(), in.effectiveOn(), sources, List.of(target), target);
        return new RestructuringResult(
                id,
                "MERGE",
                false,
                in.effectiveOn(),
                in.decision(),
                refs(sources, false),
                List.of(ref(target, created)),
                e);
    }

    // ---------------------------------------------------------------- split

    private RestructuringResult doSplit(SplitInput in, String at) {
        requireRole();
        checkDate(in.effectiveOn(), at);
        Organization source =
                sources(List.of(in.sourceCode()), at + "sourceCode").get(0);
        long primaries = in.successors().stream()
                .filter(s -> Boolean.TRUE.equals(s.primary()))
                .count();
        if (primaries != 1) {
            throw ApiException.unprocessable(
                    at + "successors", "cần đúng một tổ chức kế thừa chính (primary), có " + primaries);
        }
        Set<String> codes = new HashSet<>();
        Map<String, Integer> childOwner = new HashMap<>();
        List<Organization> children = orgs.list("parentId", source.id);
        Map<String, Organization> childByCode = new HashMap<>();
        children.forEach(c -> childByCode.put(c.code, c));
        for (int i = 0; i < in.successors().size(); i++) {
            var s = in.successors().get(i);
            if (!codes.add(s.code())) {
                throw ApiException.unprocessable(at + "successors[" + i + "].code", "mã '" + s.code() + "' lặp lại");
            }
            for (String cc : s.childCodes() == null ? List.<String>of() : s.childCodes()) {
                if (!childByCode.containsKey(cc)) {
                    throw ApiException.unprocessable(
                            at + "successors[" + i + "].childCodes",
                            "'" + cc + "' không phải tổ chức trực thuộc của " + source.name);
                }
                if (childOwner.put(cc, i) != null) {
                    throw ApiException.unprocessable(
                            at + "successors[" + i + "].childCodes", "'" + cc + "' được giao cho hai tổ chức kế thừa");
                }
            }
        }
        List<Organization> successors = new ArrayList<>();
        List<Boolean> createdFlags = new ArrayList<>();
        Organization primary = null;
        boolean primaryCreated = false;
        for (int i = 0; i < in.successors().size(); i++) {
            var s = in.successors().get(i);
            String field = at + "successors[" + i + "]";
            Organization existing = orgs.findByCode(s.code()).orElse(null);
            boolean created = existing == null;
            Organization o = created
                    ? createSuccessor(s.code(), s.name(), s.parentCode(), s.levelCode(), List.of(source), field)
                    : existingSuccessor(existing, List.of(source), field + ".code");
            successors.add(o);
            createdFlags.add(created);
            if (Boolean.TRUE.equals(s.primary())) {
                primary = o;
                primaryCreated = created;
            }
        }
        Map<Long, Organization> placement = new HashMap<>();
        childOwner.forEach((code, i) -> placement.put(childByCode.get(code).id, successors.get(i)));
        Effects e = absorb(List.of(source), primary, primaryCreated, placement, in.decision());
        int createdCount = (int) createdFlags.stream().filter(b -> b).count();
        e = new Effects(
                e.sourcesDeactivated(),
                createdCount,
                e.childrenMoved(),
                e.usersMoved(),
                e.membersMoved(),
                e.openPlans(),
                e.assignmentsMerged(),
                e.successorAssignments(),
                e.successorAssignmentsCompleted());
        long id = record("SPLIT", in.decision(), in.effectiveOn(), List.of(source), successors, e);
        fireEvent(SPLIT_EVENT, id, in.decision(), in.effectiveOn(), List.of(source), successors, primary);
        List<OrgRef> refs = new ArrayList<>();
        for (int i = 0; i < successors.size(); i++) {
            refs.add(ref(successors.get(i), createdFlags.get(i)));
        }
        return new RestructuringResult(
                id, "SPLIT", false, in.effectiveOn(), in.decision(), refs(List.of(source), false), refs, e);
    }

    // ---------------------------------------------------------------- rename, move

    private RestructuringResult doRename(RenameInput in, String at) {
        requireRole();
        checkDate(in.effectiveOn(), at);
        Organization o = sources(List.of(in.code()), at + "code").get(0);
        var before = audit.before(o);
        o.name = in.name().strip();
        o.searchKey = OrganizationService.searchKey(o.code, o.name);
        o.updatedAt = clock.now();
        orgs.flush();
        changed.fire(new OrganizationsChanged(List.of(o.id)));
        audit.record(AuditEntity.ORGANIZATION, o.id, "RENAME", o.id, before, o);
        long id = record("RENAME", in.decision(), in.effectiveOn(), List.of(o), List.of(), Effects.NONE);
        return new RestructuringResult(
                id, "RENAME", false, in.effectiveOn(), in.decision(), refs(List.of(o), false), List.of(), Effects.NONE);
    }

    private RestructuringResult doMove(MoveInput in, String at) {
        requireRole();
        checkDate(in.effectiveOn(), at);
        Organization o = sources(List.of(in.code()), at + "code").get(0);
        Organization parent = parent(in.parentCode(), List.of(o), at + "parentCode");
        var before = audit.before(o);
        organizations.moveUnder(o, parent);
        changed.fire(new OrganizationsChanged(List.of(o.id)));
        audit.record(AuditEntity.ORGANIZATION, o.id, "MOVE", o.id, before, o);
        Effects e = new Effects(0, 0, 1, 0, 0, 0, 0, 0, 0);
        long id = record("MOVE", in.decision(), in.effectiveOn(), List.of(o), List.of(parent), e);
        return new RestructuringResult(
                id,
                "MOVE",
                false,
                in.effectiveOn(),
                in.decision(),
                refs(List.of(o), false),
                List.of(ref(parent, false)),
                e);
    }

    // ---------------------------------------------------------------- the shared steps

    /**
     * The sources hand everything to {@code successor}: open plans' assignments (see {@link PlansInFlight}), children
     * (unless {@code placement} gives one to another successor), users, members; then they become inactive.
     */
    private Effects absorb(
            List<Organization> sources,
            Organization successor,
            boolean successorIsNew,
            Map<Long, Organization> placement,
            String decision) {
        List<Long> sourceIds = sources.stream().map(o -> o.id).toList();
        PlansInFlight.Outcome plansOutcome = plans.carryOver(sourceIds, successor.id, successor.path, successorIsNew);
        List<Long> touched = new ArrayList<>();
        int childrenMoved = 0;
        for (Organization source : sources) {
            for (Organization child : orgs.list("parentId = ?1 order by id", source.id)) {
                Organization to = placement.getOrDefault(child.id, successor);
                var before = audit.before(child);
                organizations.moveUnder(child, to);
                audit.record(AuditEntity.ORGANIZATION, child.id, "MOVE", child.id, before, child);
                touched.add(child.id);
                childrenMoved++;
            }
        }
        int usersMoved = users.moveAll(sourceIds, successor.id);
        // MEMBERS: the one place where party members follow their organisation into the successor, with their
        // attendance and write-ups untouched (those belong to the sessions and assignments they studied with)
        int membersMoved = members.moveAll(sourceIds, successor.id);
        int members = 0;
        for (Organization source : sources) {
            var before = audit.before(source);
            source.active = false;
            source.successorId = successor.id;
            source.updatedAt = clock.now();
            members += source.memberCount;
            orgs.flush();
            audit.record(AuditEntity.ORGANIZATION, source.id, "RESTRUCTURE", source.id, before, source);
            touched.add(source.id);
        }
        if (!successorIsNew) {
            var before = audit.before(successor);
            successor.memberCount += members;
            successor.updatedAt = clock.now();
            orgs.flush();
            audit.record(AuditEntity.ORGANIZATION, successor.id, "RESTRUCTURE", successor.id, before, successor);
        }
        touched.add(successor.id);
        changed.fire(new OrganizationsChanged(touched));
        return new Effects(
                sources.size(),
                successorIsNew ? 1 : 0,
                childrenMoved,
                usersMoved,
                membersMoved,
                plansOutcome.openPlans(),
                plansOutcome.merged(),
                plansOutcome.successorAssignments(),
                plansOutcome.successorCompleted());
    }

    /** Sources: known, in scope (else 404), strictly below the caller (else 403), active, distinct, none inside another. */
    private List<Organization> sources(List<String> codes, String field) {
        List<Organization> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (!seen.add(code)) {
                throw ApiException.unprocessable(field, "mã '" + code + "' lặp lại");
            }
            Organization o = orgs.findByCode(code)
                    .filter(x -> caller.canRead(x.path))
                    .orElseThrow(() -> ApiException.notFound("tổ chức mã " + code));
            requireStrictlyBelow(o);
            if (!o.active) {
                throw ApiException.unprocessable(field, "'" + o.name + "' đã ngừng hoạt động");
            }
            out.add(o);
        }
        for (Organization a : out) {
            for (Organization b : out) {
                if (a != b && b.path.startsWith(a.path)) {
                    throw ApiException.unprocessable(
                            field,
                            "'" + b.name + "' trực thuộc '" + a.name + "'; không sáp nhập cấp trên với cấp dưới");
                }
            }
        }
        return out;
    }

    private Organization existingSuccessor(Organization o, List<Organization> sources, String field) {
        if (!caller.canRead(o.path)) {
            throw ApiException.notFound("tổ chức mã " + o.code);
        }
        requireStrictlyBelow(o);
        if (!o.active) {
            throw ApiException.unprocessable(field, "'" + o.name + "' đã ngừng hoạt động");
        }
        for (Organization s : sources) {
            if (o.path.startsWith(s.path)) {
                throw ApiException.unprocessable(
                        field, "tổ chức kế thừa không được là tổ chức nguồn hoặc trực thuộc tổ chức nguồn");
            }
        }
        return o;
    }

    private Organization createSuccessor(
            String code, String name, String parentCode, String levelCode, List<Organization> sources, String field) {
        if (Text.trimToNull(name) == null) {
            throw ApiException.unprocessable(field + ".name", "bắt buộc với tổ chức mới '" + code + "'");
        }
        if (Text.trimToNull(levelCode) == null) {
            throw ApiException.unprocessable(field + ".levelCode", "bắt buộc với tổ chức mới '" + code + "'");
        }
        if (Text.trimToNull(parentCode) == null) {
            throw ApiException.unprocessable(field + ".parentCode", "bắt buộc với tổ chức mới '" + code + "'");
        }
        levels.requireUsable(levelCode, field + ".levelCode");
        Organization parent = parent(parentCode, sources, field + ".parentCode");
        int members = sources.size() == 1
                ? 0
                : sources.stream().mapToInt(s -> s.memberCount).sum();
        return organizations.create(
                new OrganizationInput(code, name.strip(), parent.id, levelCode, members, null, null, null, true));
    }

    private Organization parent(String parentCode, List<Organization> sources, String field) {
        Organization parent = orgs.findByCode(parentCode)
                .filter(p -> caller.canManage(p.path))
                .orElseThrow(() -> ApiException.unprocessable(
                        field, "không tìm thấy tổ chức cấp trên '" + parentCode + "' trong phạm vi của bạn"));
        if (!parent.active) {
            throw ApiException.unprocessable(field, "'" + parent.name + "' đã ngừng hoạt động");
        }
        for (Organization s : sources) {
            if (parent.path.startsWith(s.path)) {
                throw ApiException.unprocessable(
                        field, "cấp trên mới không được là '" + s.name + "' hoặc tổ chức trực thuộc nó");
            }
        }
        return parent;
    }

    private void requireRole() {
        if (!caller.has(Role.ADMIN) && !caller.has(Role.DEPARTMENT)) {
            throw ApiException.forbidden("Chỉ ban tuyên giáo và dân vận hoặc quản trị được sắp xếp tổ chức");
        }
    }

    /** Only an organisation strictly above may restructure one (it never restructures itself): the oversight rule. */
    private void requireStrictlyBelow(Organization o) {
        oversight.require(Oversight.Act.RESTRUCTURE, o.path);
    }

    private void checkDate(LocalDate effectiveOn, String at) {
        if (effectiveOn.isAfter(clock.today())) {
            throw ApiException.unprocessable(
                    at + "effectiveOn",
                    "ngày hiệu lực không được ở tương lai; thực hiện quyết định khi nó có hiệu lực");
        }
    }

    private long record(
            String kind,
            String decision,
            LocalDate effectiveOn,
            List<Organization> sources,
            List<Organization> successors,
            Effects effects) {
        session.flush();
        String effectsJson;
        try {
            effectsJson = json.writeValueAsString(effects);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        long id = restructurings.insert(
                kind,
                decision.strip(),
                effectiveOn,
                sources.stream().map(o -> o.id).toList(),
                successors.stream().map(o -> o.id).toList(),
                effectsJson,
                caller.userId());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", kind);
        after.put("decision", decision.strip());
        after.put("effectiveOn", effectiveOn.toString());
        after.put("sourceIds", sources.stream().map(o -> o.id).toList());
        after.put("successorIds", successors.stream().map(o -> o.id).toList());
        after.put("effects", effects);
        Long orgId = successors.isEmpty() ? sources.get(0).id : successors.get(0).id;
        audit.record(AuditEntity.RESTRUCTURING, id, kind, orgId, null, after);
        return id;
    }

    private void fireEvent(
            String type,
            long id,
            String decision,
            LocalDate effectiveOn,
            List<Organization> sources,
            List<Organization> successors,
            Organization primary) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("restructuringId", id);
        data.put("decision", decision.strip());
        data.put("effectiveOn", effectiveOn.toString());
        data.put(
                "sources",
                sources.stream()
                        .map(o -> Map.of("id", o.id, "code", o.code, "name", o.name))
                        .toList());
        data.put(
                "successors",
                successors.stream()
                        .map(o -> Map.of("id", o.id, "code", o.code, "name", o.name))
                        .toList());
        data.put("primarySuccessorId", primary.id);
        // scoped at the successor's parent, so subscribers above both the sources and the successor hear it
        Organization scope = primary.parentId == null ? primary : orgs.findById(primary.parentId);
        events.fire(new DomainEvent(type, "restructuring", id, scope.path, data));
    }

    private static List<OrgRef> refs(List<Organization> os, boolean created) {
        return os.stream().map(o -> ref(o, created)).toList();
    }

    static OrgRef ref(Organization o, boolean created) {
        return new OrgRef(o.id, o.code, o.name, o.levelCode, created);
    }

    // ---------------------------------------------------------------- lineage

    /** Predecessors, successor and the decisions an organisation took part in. */
    public Lineage lineage(long orgId) {
        Organization o = organizations.requireReadable(orgId);
        OrgRef successor = o.successorId == null ? null : ref(orgs.findById(o.successorId), false);
        List<Lineage.Decision> decisions = new ArrayList<>();
        for (RestructuringRepository.Row r : restructurings.involving(orgId)) {
            decisions.add(new Lineage.Decision(
                    r.id(), r.kind(), r.decision(), r.effectiveOn(), named(r.sourceIds()), named(r.successorIds())));
        }
        List<OrgRef> predecessors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Lineage.Decision d : decisions) {
            boolean successorHere = d.successors().stream().anyMatch(s -> s.id() == orgId);
            if (successorHere && !"MOVE".equals(d.kind())) {
                d.sources().stream().filter(s -> seen.add(s.id())).forEach(predecessors::add);
            }
        }
        return new Lineage(successor, predecessors, decisions);
    }

    private List<OrgRef> named(Long[] ids) {
        List<OrgRef> out = new ArrayList<>();
        for (Long id : ids) {
            Organization o = orgs.findById(id);
            if (o != null) {
                out.add(ref(o, false));
            }
        }
        return out;
    }
}
