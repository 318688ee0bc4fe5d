package vn.tiendo.common;

/**
 * ADMIN everything; DEPARTMENT plans, reviews, dashboards of its subtree; REPORTER its own organisation; VIEWER read-only
 * subtree; PORTAL (API keys only) reads its subtree like a VIEWER, keeps the tree below it in step by code and files
 * sessions and reports on behalf of any organisation of its subtree: never reviews, exempts, extends, nor touches
 * users, keys or webhooks.
 */
public enum Role {
    ADMIN,
    DEPARTMENT,
    REPORTER,
    VIEWER,
    PORTAL;

    public static final String ADMIN_ = "ADMIN";
    public static final String DEPARTMENT_ = "DEPARTMENT";
    public static final String REPORTER_ = "REPORTER";
    public static final String VIEWER_ = "VIEWER";
    public static final String PORTAL_ = "PORTAL";

    /** Roles a key may hold but a person may not. */
    public boolean keyOnly() {
        return this == PORTAL;
    }
}
