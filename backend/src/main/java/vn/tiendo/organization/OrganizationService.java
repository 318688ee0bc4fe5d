package vn.tiendo.organization;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.tiendo.audit.AuditEntity;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.common.ApiException;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.Caller;
import vn.tiendo.common.ETags;
import vn.tiendo.common.Oversight;
import vn.tiendo.common.PageResult;
import vn.tiendo.common.Paging;
import vn.tiendo.common.Text;

/** The organisation tree: reads scoped to the caller, creates, edits, moves (path rewrite) and deactivation. */
@ApplicationScoped
public class OrganizationService {
    @Inject
    OrganizationRepository orgs;

    @Inject
    LevelService levels;

    @Inject
    Caller caller;

    @Inject
    Oversight oversight;

    @Inject
    AppClock clock;

    @Inject
    AuditLog audit;

    @Inject
    Event<OrganizationsPlaced> placed;

    @Inject
    Event<OrganizationDeactivated> deactivated;

    @Inject
    Event<OrganizationsChanged> changed;

    /** The organisation if it exists and the caller may read it; empty otherwise (404 either way). */
    public Optional<Organization> readable(long id) {
        return orgs.findByIdOptional(id).filter(o -> caller.canRead(o.path));
    }

    public Organization requireReadable(long id) {
        return readable(id).orElseThrow(() -> ApiException.notFound("tổ chức " + id));
    }

    /** roots = the top of what the caller sees: its own organisation, or every root for the system administrator. */
    public PageResult<OrganizationDto> list(
            Long parentId, boolean roots, String levelCode, String q, boolean includeInactive, Paging paging) {
        var query = roots
                ? orgs.tops(caller.orgId(), includeInactive)
                : orgs.search(
                        caller.readPrefix(),
                        caller.readsOwnOrgOnly(),
                        parentId,
                        Text.trimToNull(levelCode),
                        q,
                        includeInactive);
        List<Organization> items = query.page(paging.panache()).list();
        Map<Long, Long> counts =
                orgs.activeChildCounts(items.stream().map(o -> o.id).toList());
        return new PageResult<>(
                items.stream()
                        .map(o -> OrganizationDto.of(o, counts.getOrDefault(o.id, 0L), oversight.oversees(o.path)))
                        .toList(),
                paging.page(),
                paging.size(),
                query.count());
    }

    public OrganizationDto toDto(Organization o) {
        return OrganizationDto.of(o, orgs.countActiveChildren(o.id), oversight.oversees(o.path));
    }

    @Transactional
    public Organization create(OrganizationInput in) {
        if (in.code() == null) {
            throw ApiException.badRequest("code", "không được để trống");
        }
        if (orgs.findByCode(in.code()).isPresent()) {
            throw new ApiException(
                    409,
                    "Trùng mã",
                    "Mã tổ chức '" + in.code() + "' đã tồn tại",
                    List.of(new vn.tiendo.common.FieldError("code", "đã tồn tại")));
        }
        Organization o = new Organization();
        o.id = orgs.nextId();
        o.code = in.code();
        apply(o, in);
        Organization parent = parentFor(in.parentId());
        place(o, parent);
        o.createdAt = clock.now();
        orgs.persist(o);
        placed.fire(new OrganizationsPlaced(List.of(o.id), List.of()));
        changed.fire(new OrganizationsChanged(List.of(o.id)));
        audit.record(AuditEntity.ORGANIZATION, o.id, "CREATE", o.id, null, o);
        return o;
    }

    @Transactional
    public Organization update(long id, OrganizationInput in, String ifMatch) {
        Organization o = requireReadable(id);
        if (!caller.syncsTreeAt(o.path)) { // a portal key keeps the tree below its organisation in step
            oversight.require(Oversight.Act.EDIT_ORGANIZATION, o.path);
        }
        ETags.check(ifMatch, o.version);
        var before = audit.before(o);
        if (in.code() != null && !in.code().equals(o.code)) {
            throw ApiException.unprocessable("code", "mã tổ chức là định danh ổn định, không được thay đổi");
        }
        boolean wasActive = o.active;
        apply(o, in);
        if (wasActive && !o.active) {
            ensureNoActiveChildren(o);
            deactivated.fire(new OrganizationDeactivated(o.id));
        }
        boolean moved = !java.util.Objects.equals(o.parentId, in.parentId());
        if (moved) {
            move(o, parentFor(in.parentId()));
        } else if (!wasActive && o.active) {
            placed.fire(new OrganizationsPlaced(List.of(o.id), List.of()));
        }
        orgs.flush();
        changed.fire(new OrganizationsChanged(List.of(o.id)));
        audit.record(AuditEntity.ORGANIZATION, o.id, moved ? "MOVE" : "UPDATE", o.id, before, o);
        return o;
    }

    /** Upsert by the stable external code (the portal's identifier). Returns true when created. */
    @Transactional
    public boolean upsertByCode(String code, OrganizationInput in, String ifMatch) {
        OrganizationInput withCode = new OrganizationInput(
                code,
                in.name(),
                in.parentId(),
                in.levelCode(),
                in.memberCount(),
                in.secretaryName(),
                in.phone(),
                in.email(),
                in.active());
        Optional<Organization> existing = orgs.findByCode(code);
        if (existing.isEmpty()) {
            create(withCode);
            return true;
        }
        update(existing.get().id, withCode, ifMatch);
        return false;
    }

    @Transactional
    public Organization deactivate(long id, String ifMatch) {
        Organization o = requireReadable(id);
        oversight.require(Oversight.Act.EDIT_ORGANIZATION, o.path);
        ETags.check(ifMatch, o.version);
        if (o.active) {
            var before = audit.before(o);
            ensureNoActiveChildren(o);
            o.active = false;
            o.updatedAt = clock.now();
            deactivated.fire(new OrganizationDeactivated(o.id));
            orgs.flush();
            changed.fire(new OrganizationsChanged(List.of(o.id)));
            audit.record(AuditEntity.ORGANIZATION, o.id, "DEACTIVATE", o.id, before, o);
        }
        return o;
    }

    private void ensureNoActiveChildren(Organization o) {
        if (orgs.countActiveChildren(o.id) > 0) {
            throw ApiException.conflict("Tổ chức '" + o.name
                    + "' còn tổ chức trực thuộc đang hoạt động; hãy chuyển hoặc ngừng hoạt động các tổ chức đó trước");
        }
    }

    private void apply(Organization o, OrganizationInput in) {
        if (!in.levelCode().equals(o.levelCode)) {
            levels.requireUsable(in.levelCode(), "levelCode"); // an organisation may keep a retired level, not take one
        }
        o.name = in.name().strip();
        o.levelCode = in.levelCode();
        o.memberCount = in.memberCount() == null ? 0 : in.memberCount();
        o.secretaryName = Text.trimToNull(in.secretaryName());
        o.phone = Text.trimToNull(in.phone());
        o.email = Text.trimToNull(in.email());
        o.active = in.active() == null || in.active();
        o.searchKey = searchKey(o.code, o.name);
        o.updatedAt = clock.now();
    }

    public static String searchKey(String code, String name) {
        String key = Text.searchKey(code) + " " + Text.searchKey(name);
        return key.length() > 600 ? key.substring(0, 600) : key;
    }

    /** The parent the caller may attach to; null parent = a new root, for the system administrator only. */
    private Organization parentFor(Long parentId) {
        if (parentId == null) {
            if (!"/".equals(caller.orgPath()) || !caller.isAdmin()) {
                throw ApiException.unprocessable("parentId", "chỉ quản trị hệ thống được tạo tổ chức gốc");
            }
            return null;
        }
        return orgs.findByIdOptional(parentId)
                .filter(p -> caller.canManage(p.path) || caller.syncsTreeUnder(p.path))
                .orElseThrow(
                        () -> ApiException.unprocessable("parentId", "không tìm thấy tổ chức cấp trên " + parentId));
    }

    private void place(Organization o, Organization parent) {
        o.parentId = parent == null ? null : parent.id;
        o.path = (parent == null ? "/" : parent.path) + o.id + "/";
        o.depth = OrganizationRepository.depthOf(o.path);
        requireDepth(o.depth);
    }

    /** 422 when an organisation (or the deepest of a moved subtree) would lie deeper than {@link Organization#MAX_DEPTH}. */
    private static void requireDepth(int depth) {
        if (depth > Organization.MAX_DEPTH) {
            throw ApiException.unprocessable(
                    "parentId",
                    "cây quá sâu: tổ chức sẽ ở cấp thứ " + (depth + 1) + ", tối đa " + (Organization.MAX_DEPTH + 1)
                            + " cấp");
        }
    }

    /** Moves an organisation (and its subtree) under a new parent the caller may manage; open plans follow. */
    public void moveUnder(Organization o, Organization newParent) {
        move(o, newParent);
    }

    private void move(Organization o, Organization newParent) {
        if (newParent != null && newParent.path.startsWith(o.path)) {
            throw ApiException.unprocessable(
                    "parentId", "không thể chuyển tổ chức vào chính nó hoặc tổ chức trực thuộc của nó");
        }
        String oldPath = o.path;
        String newPath = (newParent == null ? "/" : newParent.path) + o.id + "/";
        requireDepth(OrganizationRepository.depthOf(newPath) + orgs.subtreeHeight(oldPath));
        o.parentId = newParent == null ? null : newParent.id;
        orgs.flush(); // the bulk path rewrite below must see this row's other changes first
        orgs.rewriteSubtreePaths(oldPath, newPath);
        orgs.getEntityManager().refresh(o);
        placed.fire(new OrganizationsPlaced(Set.of(), List.of(newPath)));
    }

    public Organization findByCode(String code) {
        return orgs.findByCode(code)
                .filter(o -> caller.canRead(o.path))
                .orElseThrow(() -> ApiException.notFound("tổ chức mã " + code));
    }
}
