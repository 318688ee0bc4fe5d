package vn.tiendo.plan;

/**
 * Fired (synchronously, inside the transaction) when a plan is published, or only counted with {@code dryRun}: the
 * assignment package observes it, creates (or counts) the plan's assignments and reports how many here, so the
 * plan package does not depend on the assignment package.
 */
public final class PlanPublishing {
    private final long planId;
    private final boolean dryRun;
    private int assignments = -1;

    public PlanPublishing(long planId, boolean dryRun) {
        this.planId = planId;
        this.dryRun = dryRun;
    }

    public long planId() {
        return planId;
    }

    public boolean dryRun() {
        return dryRun;
    }

    /** Set by the observer: assignments created, or that would be created with dryRun. */
    public void assignments(int count) {
        this.assignments = count;
    }

    int assignments() {
        if (assignments < 0) {
            throw new IllegalStateException("no observer created the assignments of plan " + planId);
        }
        return assignments;
    }
}
