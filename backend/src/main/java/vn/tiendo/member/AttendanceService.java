package vn.tiendo.member;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import vn.tiendo.assignment.Assignment;
import vn.tiendo.audit.AuditEntity;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.common.ApiException;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.FieldError;
import vn.tiendo.common.Text;
import vn.tiendo.session.SessionService;
import vn.tiendo.session.StudySession;

/**
 * Attendance per member (điểm danh): the secretary records the whole list once the session has started, which
 * marks it held. Only active members of the assignee's subtree may be on it. The coverage triggers count who studied.
 */
@ApplicationScoped
public class AttendanceService {
    @Inject
    SessionService sessions;

    @Inject
    AssigneeRoster roster;

    @Inject
    MemberRepository members;

    @Inject
    AttendanceRepository attendance;

    @Inject
    Session session;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Transactional // dto() flushes the session, which needs a transaction
    public AttendanceDto get(long sessionId) {
        StudySession s = sessions.requireReadable(sessionId);
        Assignment a = roster.requireReadable(s.assignmentId);
        return dto(s, a);
    }

    @Transactional
    public AttendanceDto put(long sessionId, AttendanceInput in) {
        StudySession s = sessions.requireReadable(sessionId);
        Assignment a = roster.requireRecordable(s.assignmentId);
        if (s.startsAt.isAfter(clock.now())) {
            throw ApiException.unprocessable("startsAt", "hội nghị chưa bắt đầu; điểm danh khi hội nghị đã diễn ra");
        }
        List<FieldError> errors = members.entryMemberErrors(
                in.entries().stream().map(AttendanceInput.Entry::memberId).toList(), a.orgPath);
        for (int i = 0; i < in.entries().size(); i++) {
            AttendanceInput.Entry e = in.entries().get(i);
            if (e.status() == AttendanceStatus.ABSENT_EXCUSED && Text.trimToNull(e.reason()) == null) {
                errors.add(new FieldError("entries[" + i + "].reason", "vắng có lý do thì ghi lý do"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(
                    errors.size() + " dòng điểm danh không hợp lệ; không có thay đổi nào được lưu", errors);
        }
        var before = recordedCounts(s.id);
        Map<String, Object> after = new LinkedHashMap<>();
        for (AttendanceStatus st : AttendanceStatus.values()) {
            after.put(
                    st.name(),
                    in.entries().stream()
                            .filter(e -> e.status() == st)
                            .map(AttendanceInput.Entry::memberId)
                            .sorted()
                            .toList());
        }
        audit.record(AuditEntity.SESSION, s.id, "ATTENDANCE", a.orgId, audit.snapshot(before), after);
        // the writes that lock the plan's shared count rows (the coverage and progress of every ancestor, up to the
        // root) come last, so concurrent recordings wait on them for as short a time as possible
        attendance.replace(s.id, in.entries());
        sessions.markHeld(s);
        return dto(s, a);
    }

    private Map<String, Long> recordedCounts(long sessionId) {
        return attendance.entries(sessionId).stream()
                .collect(Collectors.groupingBy(e -> e.status().name(), Collectors.counting()));
    }

    private AttendanceDto dto(StudySession s, Assignment a) {
        session.flush();
        List<AttendanceDto.Entry> entries = attendance.entries(s.id);
        long present = entries.stream()
                .filter(e -> e.status() == AttendanceStatus.PRESENT)
                .count();
        long excused = entries.stream()
                .filter(e -> e.status() == AttendanceStatus.ABSENT_EXCUSED)
                .count();
        return new AttendanceDto(
                s.id,
                a.id,
                s.makeUp,
                !entries.isEmpty(),
                entries,
                present,
                excused,
                entries.size() - present - excused,
                roster.candidates(a),
                roster.canRecord(a));
    }
}
