package vn.tiendo.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.tiendo.audit.AuditEntity;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.common.ApiException;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.ETags;
import vn.tiendo.common.Paging;
import vn.tiendo.common.Text;
import vn.tiendo.organization.Organization;
import vn.tiendo.organization.OrganizationRepository;
import vn.tiendo.organization.OrganizationService;

/** The roster: reads for those who may see names, edits by the level above. */
@ApplicationScoped
public class MemberService {
    @Inject
    MemberRepository members;

    @Inject
    OrganizationService organizations;

    @Inject
    OrganizationRepository orgs;

    @Inject
    MemberAccess access;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    public RosterPage roster(long orgId, String q, Paging paging) {
        Organization o = organizations.requireReadable(orgId);
        access.requireNames(o.path);
        var query = members.roster(o.id, q);
        var items = query.page(paging.panache()).list().stream()
                .map(m -> MemberDto.of(m, o.name))
                .toList();
        return new RosterPage(items, paging.page(), paging.size(), query.count(), access.canEditRoster(o.path));
    }

    /** The member if the caller may read its organisation (404 otherwise) and see names (403 otherwise). */
    public Member require(long id) {
        Member m = members.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("đảng viên " + id));
        Organization o = organizations.readable(m.orgId).orElseThrow(() -> ApiException.notFound("đảng viên " + id));
        access.requireNames(o.path);
        return m;
    }

    public MemberDto toDto(Member m) {
        return MemberDto.of(m, orgs.findById(m.orgId).name);
    }

    @Transactional
    public Member patch(long id, MemberPatch in, String ifMatch) {
        Member m = require(id);
        access.requireEdit(orgs.findById(m.orgId).path);
        ETags.check(ifMatch, m.version);
        var before = audit.before(m);
        if (in.fullName() != null) {
            String name = Text.trimToNull(in.fullName());
            if (name == null) {
                throw ApiException.badRequest("fullName", "không được để trống");
            }
            m.fullName = name;
        }
        if (in.status() != null) {
            m.status = in.status();
        }
        if (in.exemptReason() != null) {
            m.exemptReason = Text.trimToNull(in.exemptReason());
        }
        if (in.orgId() != null && !in.orgId().equals(m.orgId)) {
            Organization target = orgs.findByIdOptional(in.orgId())
                    .filter(o -> organizations.readable(o.id).isPresent())
                    .orElseThrow(() -> ApiException.unprocessable("orgId", "không tìm thấy tổ chức " + in.orgId()));
            if (!access.canEditRoster(target.path)) {
                throw ApiException.unprocessable(
                        "orgId", "tổ chức '" + target.name + "' nằm ngoài phạm vi quản lý của bạn");
            }
            if (!target.active) {
                throw ApiException.unprocessable("orgId", "tổ chức '" + target.name + "' đã ngừng hoạt động");
            }
            m.orgId = target.id;
        }
        if (in.active() != null) {
            m.active = in.active();
        }
        m.searchKey = MemberRepository.searchKey(m.code, m.fullName);
        m.updatedAt = clock.now();
        members.flush();
        audit.record(AuditEntity.MEMBER, m.id, "UPDATE", m.orgId, before, m);
        return m;
    }

    @Transactional
    public Member deactivate(long id, String ifMatch) {
        Member m = require(id);
        access.requireEdit(orgs.findById(m.orgId).path);
        ETags.check(ifMatch, m.version);
        if (m.active) {
            var before = audit.before(m);
            m.active = false;
            m.updatedAt = clock.now();
            members.flush();
            audit.record(AuditEntity.MEMBER, m.id, "DEACTIVATE", m.orgId, before, m);
        }
        return m;
    }
}
