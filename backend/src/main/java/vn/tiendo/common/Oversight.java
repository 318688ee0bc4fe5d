package vn.tiendo.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Giám sát của cấp trên: the organisation being measured never certifies itself. Reviewing a report, exempting or
 * extending an assignment, and editing or deactivating an organisation belong to DEPARTMENT/ADMIN users of an
 * organisation strictly above it. The system administrator (no organisation, path "/") is above every organisation.
 * An organisation's own users file its sessions and reports, nothing more. A user holding REPORTER and DEPARTMENT
 * is a reporter for its own organisation and a department strictly below it. This class is the rule's one home.
 */
@ApplicationScoped
public class Oversight {
    /** What only the level above may do; each names itself in the 403. */
    public enum Act {
        REVIEW("duyệt báo cáo"),
        EXEMPT("miễn nhiệm vụ"),
        EXTEND("gia hạn nhiệm vụ"),
        EDIT_ORGANIZATION("sửa hoặc ngừng hoạt động tổ chức"),
        RESTRUCTURE("sáp nhập, chia tách, đổi tên hoặc chuyển tổ chức");

        public final String label;

        Act(String label) {
            this.label = label;
        }
    }

    /** The rule's name, at the start of every refusal. */
    public static final String RULE = "Quy tắc cấp trên giám sát";

    @Inject
    Caller caller;

    /** True when the organisation at {@code upperPath} lies strictly above the one at {@code path}. */
    public static boolean strictlyAbove(String upperPath, String path) {
        return path.startsWith(upperPath) && path.length() > upperPath.length();
    }

    /** May the caller review, exempt, extend or edit for the organisation at this path. */
    public boolean oversees(String path) {
        return (caller.has(Role.ADMIN) || caller.has(Role.DEPARTMENT)) && strictlyAbove(caller.orgPath(), path);
    }

    /** 403 naming the rule unless the caller oversees the organisation at this path. */
    public void require(Act act, String path) {
        if (!oversees(path)) {
            throw ApiException.forbidden(RULE + ": tổ chức không tự " + act.label
                    + " cho chính mình; chỉ ban tuyên giáo hoặc quản trị" + " của tổ chức cấp trên được " + act.label);
        }
    }

    /**
     * What the caller oversees, as SQL over a path column: {@code col LIKE prefix || '%' AND col <> prefix}, i.e.
     * {@code like} = the prefix pattern, {@code excluded} = the caller's own path (null for the system administrator).
     * Empty when the caller has no DEPARTMENT/ADMIN role.
     */
    public java.util.Optional<Scope> scope() {
        if (!caller.has(Role.ADMIN) && !caller.has(Role.DEPARTMENT)) {
            return java.util.Optional.empty();
        }
        String own = caller.orgPath();
        return java.util.Optional.of(new Scope(Text.likeLiteral(own) + "%", "/".equals(own) ? null : own));
    }

    public record Scope(String like, String excluded) {}
}
