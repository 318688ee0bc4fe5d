package vn.tiendo.report;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Báo cáo kết quả học tập, quán triệt: one version; a resubmission after a return is a new row. */
@Entity
public class Report {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assignment_id")
    public Long assignmentId;

    public int version;

    @Column(name = "held_on")
    public LocalDate heldOn;

    public int attendees;
    public int expected;

    @Column(name = "absent_with_reason")
    public int absentWithReason;

    @Column(name = "write_ups")
    public int writeUps;

    @Column(name = "action_programme_adopted")
    public boolean actionProgrammeAdopted;

    @Column(name = "action_programme_ref")
    public String actionProgrammeRef;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "propaganda_forms", columnDefinition = "varchar(64)[]")
    public String[] propagandaForms = new String[0];

    public String notes;

    @Column(name = "submitted_by")
    public Long submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;
    /** The API key it was filed through (a portal relaying it), null when a person filed it. */
    @Column(name = "api_key_id")
    public Long apiKeyId;
    /** The organisation a key filed it on behalf of (the assignment's), null when a person filed it. */
    @Column(name = "filed_for_org_id")
    public Long filedForOrgId;

    @Enumerated(EnumType.STRING)
    public ReportState state;

    @Column(name = "review_comment")
    public String reviewComment;

    @Column(name = "reviewed_by")
    public Long reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;
}
