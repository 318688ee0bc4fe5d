package vn.tiendo.common;

/** ADMIN everything; DEPARTMENT plans, reviews, dashboards of its subtree; REPORTER its own organisation; VIEWER read-only subtree. */
public enum Role {
    ADMIN, DEPARTMENT, REPORTER, VIEWER;

    public static final String ADMIN_ = "ADMIN";
    public static final String DEPARTMENT_ = "DEPARTMENT";
    public static final String REPORTER_ = "REPORTER";
    public static final String VIEWER_ = "VIEWER";
}
