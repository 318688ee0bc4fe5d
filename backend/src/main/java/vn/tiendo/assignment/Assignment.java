package vn.tiendo.assignment;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import vn.tiendo.deadline.DeadlineRules;

/** Nhiệm vụ: one tier of a plan, owed by one organisation. */
@Entity
public class Assignment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id")
    public Long planId;

    @Column(name = "tier_id")
    public Long tierId;

    @Column(name = "org_id")
    public Long orgId;
    /** Written on insert only; moves rewrite it in bulk, so a stale entity can never put an old path back. */
    @Column(name = "org_path", updatable = false)
    public String orgPath;

    public LocalDate deadline;

    @Column(name = "original_deadline")
    public LocalDate originalDeadline;

    @Enumerated(EnumType.STRING)
    public AssignmentStatus status;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "on_time")
    public Boolean onTime;

    @Column(name = "exempt_reason")
    public String exemptReason;

    @Column(name = "extension_reason")
    public String extensionReason;

    @Column(name = "current_report_id")
    public Long currentReportId;

    @Version
    public int version;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Marks it completed by a report submitted at this instant (on time judged against the current deadline). */
    public void complete(long reportId, Instant submittedAt) {
        currentReportId = reportId;
        status = AssignmentStatus.REPORTED;
        completedAt = submittedAt;
        onTime = DeadlineRules.onTime(submittedAt, deadline);
    }

    /** The current report was returned: the assignment is open again and no longer completed. */
    public void reopen() {
        status = AssignmentStatus.RETURNED;
        completedAt = null;
        onTime = null;
    }

    public void extendTo(LocalDate newDeadline, String reason) {
        deadline = newDeadline;
        extensionReason = reason;
        if (completedAt != null) {
            onTime = DeadlineRules.onTime(completedAt, deadline);
        }
    }
}
