package vn.tiendo.plan;

public enum PlanStatus {
    DRAFT,
    PUBLISHED,
    CLOSED
}
