package vn.tiendo.member;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
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
        List<FieldError> errors = members.entryMemberErrors(in.entries().stream().map(AttendanceInput.Entry::memberId).toList(), a.orgPath);
        for (int i = 0; i < in.entries().size(); i++) {
            AttendanceInput.Entry e = in.entries().get(i);
            if (e.status() == AttendanceStatus.ABSENT_EXCUSED && Text.trimToNull(e.reason()) == null) {
                errors.add(new FieldError("entries[" + i + "].reason", "vắng có lý do thì ghi lý do"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(errors.size() + " dòng điểm danh không hợp lệ; không có thay đổi nào được lưu", errors);
        }
        var before = recordedCounts(s.id);
        replace(s.id, in.entries());
        sessions.markHeld(s);
        Map<String, Object> after = new LinkedHashMap<>();
        for (AttendanceStatus st : AttendanceStatus.values()) {
            after.put(st.name(), in.entries().stream().filter(e -> e.status() == st).map(AttendanceInput.Entry::memberId).sorted().toList());
        }
        audit.record(AuditEntity.SESSION, s.id, "ATTENDANCE", a.orgId, audit.snapshot(before), after);
        return dto(s, a);
    }

    private void replace(long sessionId, List<AttendanceInput.Entry> entries) {
        session.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM attendance WHERE session_id = ? AND member_id <> ALL (?)")) {
                ps.setLong(1, sessionId);
                ps.setArray(2, c.createArrayOf("bigint", entries.stream().map(AttendanceInput.Entry::memberId).toArray()));
                ps.executeUpdate();
            }
            if (entries.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO attendance AS at (session_id, member_id, status, reason)
                    SELECT ?, x.member_id, x.status, x.reason FROM unnest(?::bigint[], ?::varchar[], ?::varchar[]) AS x(member_id, status, reason)
                    ON CONFLICT (session_id, member_id) DO UPDATE SET status = EXCLUDED.status, reason = EXCLUDED.reason
                    WHERE (at.status, at.reason) IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.reason)""")) {
                ps.setLong(1, sessionId);
                ps.setArray(2, c.createArrayOf("bigint", entries.stream().map(AttendanceInput.Entry::memberId).toArray()));
                ps.setArray(3, c.createArrayOf("varchar", entries.stream().map(e -> e.status().name()).toArray()));
                ps.setArray(4, c.createArrayOf("varchar", entries.stream().map(e -> Text.trimToNull(e.reason())).toArray()));
                ps.executeUpdate();
            }
        });
    }

    private Map<String, Long> recordedCounts(long sessionId) {
        return dtoEntries(sessionId).stream().collect(Collectors.groupingBy(e -> e.status().name(), Collectors.counting()));
    }

    private List<AttendanceDto.Entry> dtoEntries(long sessionId) {
        return session.doReturningWork(c -> {
            List<AttendanceDto.Entry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT m.id, m.code, m.full_name, o.name, at.status, at.reason
                    FROM attendance at JOIN member m ON m.id = at.member_id JOIN organization o ON o.id = m.org_id
                    WHERE at.session_id = ? ORDER BY o.path, m.full_name, m.id""")) {
                ps.setLong(1, sessionId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AttendanceDto.Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                AttendanceStatus.valueOf(rs.getString(5)), rs.getString(6)));
                    }
                }
            }
            return out;
        });
    }

    private AttendanceDto dto(StudySession s, Assignment a) {
        session.flush();
        List<AttendanceDto.Entry> entries = dtoEntries(s.id);
        long present = entries.stream().filter(e -> e.status() == AttendanceStatus.PRESENT).count();
        long excused = entries.stream().filter(e -> e.status() == AttendanceStatus.ABSENT_EXCUSED).count();
        return new AttendanceDto(s.id, a.id, s.makeUp, !entries.isEmpty(), entries, present, excused, entries.size() - present - excused,
                roster.candidates(a), roster.canRecord(a));
    }
}
