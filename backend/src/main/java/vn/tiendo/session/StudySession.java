package vn.tiendo.session;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.tiendo.common.Format;

/** Hội nghị học tập, quán triệt; may be a bridge point (điểm cầu) of a higher organisation's session. */
@Entity
@Table(name = "session")
public class StudySession {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assignment_id")
    public Long assignmentId;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    public String venue;

    @Enumerated(EnumType.STRING)
    public Format format;

    public String presenter;

    @Column(name = "expected_attendees")
    public Integer expectedAttendees;

    @Enumerated(EnumType.STRING)
    public SessionStatus status = SessionStatus.SCHEDULED;

    @Column(name = "host_session_id")
    public Long hostSessionId;
    /** Học bù: its attendees count for members absent before; it does not drive the assignment's status. */
    @Column(name = "make_up")
    public boolean makeUp;

    @Version
    public int version;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
