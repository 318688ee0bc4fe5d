package vn.tiendo.session;

public enum SessionStatus {
    SCHEDULED,
    HELD,
    CANCELLED
}
