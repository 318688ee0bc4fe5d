package vn.tiendo.common;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling and what part of the tree they may see. Scope is a path prefix: a caller sees the subtree of
 * its organisation; a REPORTER only its own organisation; the bootstrap administrator (no organisation) all.
 */
@RequestScoped
public class Caller {
    public static final String ATTR_USER_ID = "tiendo.userId";
    public static final String ATTR_ORG_ID = "tiendo.orgId";
    public static final String ATTR_ORG_PATH = "tiendo.orgPath";
    public static final String ATTR_API_KEY = "tiendo.apiKeyId";
    /**
     * Set when the user must choose a new password first: its identity then holds only the role
     * {@link #PASSWORD_CHANGE}, which opens GET /me and POST /me/password, and every other call answers 403
     * "Cần đổi mật khẩu".
     */
    public static final String ATTR_MUST_CHANGE_PASSWORD = "tiendo.mustChangePassword";

    public static final String PASSWORD_CHANGE = "PASSWORD_CHANGE";

    @Inject
    SecurityIdentity identity;

    public long userId() {
        Long id = identity.getAttribute(ATTR_USER_ID);
        if (id == null) {
            throw new UnauthorizedException();
        }
        return id;
    }

    public String username() {
        return identity.getPrincipal().getName();
    }

    /** Null for the system administrator. */
    public Long orgId() {
        return identity.getAttribute(ATTR_ORG_ID);
    }

    /** "/" for the system administrator, else the organisation's path. */
    public String orgPath() {
        String path = identity.getAttribute(ATTR_ORG_PATH);
        return path == null ? "/" : path;
    }

    public boolean has(Role role) {
        return identity.hasRole(role.name());
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    private boolean seesSubtree() {
        return has(Role.ADMIN) || has(Role.DEPARTMENT) || has(Role.VIEWER);
    }

    /** May read data of the organisation at this path. */
    public boolean canRead(String path) {
        if (seesSubtree()) {
            return path.startsWith(orgPath());
        }
        return has(Role.REPORTER) && path.equals(orgPath());
    }

    /** The path prefix of everything readable ("/1/5/" for a subtree reader; its own path for a reporter). */
    public String readPrefix() {
        return orgPath();
    }

    /** True when the caller reads its own organisation only (exact path, not prefix). */
    public boolean readsOwnOrgOnly() {
        return !seesSubtree();
    }

    /** May manage plans, review reports, exempt and extend in the organisation at this path. */
    public boolean canManage(String path) {
        return (has(Role.ADMIN) || has(Role.DEPARTMENT)) && path.startsWith(orgPath());
    }

    /** May schedule sessions and file reports for the organisation at this path (a portal: on behalf of its subtree). */
    public boolean canReportFor(String path) {
        if ((has(Role.ADMIN) || has(Role.PORTAL)) && path.startsWith(orgPath())) {
            return true;
        }
        return (has(Role.REPORTER) || has(Role.DEPARTMENT)) && path.equals(orgPath());
    }

    /** A portal key keeps the tree strictly below its organisation in step (upsert by code, import); never its own row. */
    public boolean syncsTreeAt(String path) {
        return has(Role.PORTAL) && path.startsWith(orgPath()) && !path.equals(orgPath());
    }

    /** A portal key may attach organisations under this one (its own or below). */
    public boolean syncsTreeUnder(String parentPath) {
        return has(Role.PORTAL) && parentPath.startsWith(orgPath());
    }

    /** The API key of this call, null for a person. */
    public Long apiKeyId() {
        return identity.getAttribute(ATTR_API_KEY);
    }

    /** Calls made with X-API-Key (integrations), which must send If-Match on every update. */
    public boolean viaApiKey() {
        return identity.getAttribute(ATTR_API_KEY) != null;
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** The system administrator above every tree (the bootstrap admin, no organisation): levels and roots are theirs. */
    public boolean isSystemAdmin() {
        return has(Role.ADMIN) && orgId() == null;
    }
}
