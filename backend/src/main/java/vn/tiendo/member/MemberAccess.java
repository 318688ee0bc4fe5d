package vn.tiendo.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.tiendo.common.ApiException;
import vn.tiendo.common.Caller;
import vn.tiendo.common.Oversight;
import vn.tiendo.common.Role;

/**
 * Who may see and change the roster of the organisation at a path. Names stay inside: the organisation's own
 * REPORTER (and its own DEPARTMENT/ADMIN) and DEPARTMENT/ADMIN users above it see them; a VIEWER gets the figures,
 * never the names (403); anything outside the caller's scope is 404 (checked first, by the caller of these).
 * The roster itself (import, edits, exemptions, moves) is kept by the level strictly above: exempting members
 * shrinks the denominator, and the organisation being measured never certifies itself.
 */
@ApplicationScoped
public class MemberAccess {
    @Inject
    Caller caller;

    @Inject
    Oversight oversight;

    public boolean canSeeNames(String path) {
        boolean manager = caller.has(Role.ADMIN) || caller.has(Role.DEPARTMENT);
        if (manager && path.startsWith(caller.orgPath())) {
            return true;
        }
        return caller.has(Role.REPORTER) && path.equals(caller.orgPath());
    }

    public void requireNames(String path) {
        if (!canSeeNames(path)) {
            throw ApiException.forbidden(
                    "Danh sách và họ tên đảng viên chỉ dành cho bí thư của chính tổ chức và ban tuyên giáo cấp trên");
        }
    }

    /** DEPARTMENT/ADMIN of an organisation strictly above (the system administrator is above every one): {@link Oversight}. */
    public boolean canEditRoster(String path) {
        return oversight.oversees(path);
    }

    public void requireEdit(String path) {
        if (!canEditRoster(path)) {
            throw ApiException.forbidden(
                    Oversight.RULE + ": danh sách đảng viên của một tổ chức do ban tuyên giáo cấp trên quản lý");
        }
    }
}
