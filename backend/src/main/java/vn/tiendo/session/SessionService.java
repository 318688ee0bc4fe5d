package vn.tiendo.session;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.tiendo.assignment.Assignment;
import vn.tiendo.assignment.AssignmentRepository;
import vn.tiendo.assignment.AssignmentStatus;
import vn.tiendo.audit.AuditEntity;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.common.ApiException;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.Caller;
import vn.tiendo.common.ETags;
import vn.tiendo.common.Format;
import vn.tiendo.common.PageResult;
import vn.tiendo.common.Paging;
import vn.tiendo.common.Text;
import vn.tiendo.organization.OrganizationRepository;
import vn.tiendo.organization.OrganizationService;
import vn.tiendo.plan.PlanRepository;
import vn.tiendo.plan.PlanStatus;

/** Scheduling and holding sessions; holding a host session holds its bridge points. */
@ApplicationScoped
public class SessionService {
    @Inject
    SessionRepository sessions;

    @Inject
    AssignmentRepository assignments;

    @Inject
    PlanRepository plans;

    @Inject
    OrganizationRepository orgs;

    @Inject
    OrganizationService organizations;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Transactional
    public StudySession schedule(long assignmentId, SessionInput in) {
        Assignment a = requireReportable(assignmentId);
        if (a.status == AssignmentStatus.EXEMPT) {
            throw ApiException.conflict("Nhiệm vụ đã được miễn");
        }
        if (a.status == AssignmentStatus.MERGED) {
            throw ApiException.conflict("Tổ chức đã sáp nhập; lên lịch cho nhiệm vụ của tổ chức kế thừa");
        }
        boolean makeUp = Boolean.TRUE.equals(in.makeUp());
        if (a.status.completed() && !makeUp) {
            throw ApiException.conflict("Nhiệm vụ đã có báo cáo; không cần lên lịch hội nghị nữa");
        }
        if (in.endsAt() != null && !in.endsAt().isAfter(in.startsAt())) {
            throw ApiException.unprocessable("endsAt", "giờ kết thúc phải sau giờ bắt đầu");
        }
        StudySession s = new StudySession();
        s.assignmentId = a.id;
        s.makeUp = makeUp;
        s.startsAt = in.startsAt().toInstant();
        s.endsAt = in.endsAt() == null ? null : in.endsAt().toInstant();
        s.venue = Text.trimToNull(in.venue());
        s.presenter = Text.trimToNull(in.presenter());
        s.expectedAttendees =
                in.expectedAttendees() != null ? in.expectedAttendees() : orgs.findById(a.orgId).memberCount;
        if (in.hostSessionId() != null) {
            StudySession host = sessions.findByIdOptional(in.hostSessionId())
                    .orElseThrow(() -> ApiException.unprocessable(
                            "hostSessionId", "không tìm thấy hội nghị chủ " + in.hostSessionId()));
            Assignment hostAssignment = assignments.findById(host.assignmentId);
            boolean ancestor =
                    a.orgPath.startsWith(hostAssignment.orgPath) && !a.orgPath.equals(hostAssignment.orgPath);
            if (!ancestor) {
                throw ApiException.unprocessable("hostSessionId", "điểm cầu chỉ nối vào hội nghị của tổ chức cấp trên");
            }
            if (host.status == SessionStatus.CANCELLED) {
                throw ApiException.unprocessable("hostSessionId", "hội nghị chủ đã bị hủy");
            }
            s.hostSessionId = host.id;
            s.startsAt = in.startsAt() != null ? s.startsAt : host.startsAt;
            s.status = host.status;
        }
        s.format = in.format() != null ? in.format() : (s.hostSessionId != null ? Format.ONLINE : Format.IN_PERSON);
        if (s.status == SessionStatus.HELD && s.startsAt.isAfter(clock.now())) {
            throw ApiException.unprocessable("startsAt", "hội nghị chưa diễn ra");
        }
        sessions.persist(s);
        recompute(a);
        audit.record(AuditEntity.SESSION, s.id, "SCHEDULE", a.orgId, null, s);
        return s;
    }

    @Transactional
    public StudySession patch(long id, SessionPatch in, String ifMatch) {
        StudySession s = sessions.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("hội nghị " + id));
        Assignment a = requireReportable(s.assignmentId);
        ETags.check(ifMatch, s.version);
        var before = audit.before(s);
        if (s.status != SessionStatus.SCHEDULED) {
            throw ApiException.conflict(
                    s.status == SessionStatus.HELD ? "Hội nghị đã diễn ra; không sửa được nữa" : "Hội nghị đã bị hủy");
        }
        if (in.startsAt() != null) {
            s.startsAt = in.startsAt().toInstant();
        }
        if (in.endsAt() != null) {
            s.endsAt = in.endsAt().toInstant();
        }
        if (s.endsAt != null && !s.endsAt.isAfter(s.startsAt)) {
            throw ApiException.unprocessable("endsAt", "giờ kết thúc phải sau giờ bắt đầu");
        }
        if (in.venue() != null) {
            s.venue = Text.trimToNull(in.venue());
        }
        if (in.format() != null) {
            s.format = in.format();
        }
        if (in.presenter() != null) {
            s.presenter = Text.trimToNull(in.presenter());
        }
        if (in.expectedAttendees() != null) {
            s.expectedAttendees = in.expectedAttendees();
        }
        if (in.status() == SessionStatus.HELD) {
            if (s.startsAt.isAfter(clock.now())) {
                throw ApiException.unprocessable(
                        "status",
                        "hội nghị bắt đầu lúc " + s.startsAt + " chưa diễn ra; không thể ghi nhận đã tổ chức");
            }
            hold(s);
        } else if (in.status() == SessionStatus.CANCELLED) {
            s.status = SessionStatus.CANCELLED;
            for (StudySession bridge : sessions.bridgePointsOf(s.id)) {
                if (bridge.status == SessionStatus.SCHEDULED) {
                    bridge.status = SessionStatus.CANCELLED;
                    recompute(assignments.findById(bridge.assignmentId));
                }
            }
        }
        recompute(a);
        audit.record(
                AuditEntity.SESSION,
                s.id,
                in.status() == SessionStatus.HELD
                        ? "HOLD"
                        : in.status() == SessionStatus.CANCELLED ? "CANCEL" : "UPDATE",
                a.orgId,
                before,
                s);
        return s;
    }

    /**
     * Recording attendance marks a scheduled session held (the caller has checked it may report for it and that the
     * session has started). A cancelled session takes no attendance.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markHeld(StudySession s) {
        if (s.status == SessionStatus.CANCELLED) {
            throw ApiException.conflict("Hội nghị đã bị hủy");
        }
        if (s.status == SessionStatus.SCHEDULED) {
            hold(s);
            recompute(assignments.findById(s.assignmentId));
        }
    }

    /** Held: and so are the bridge points that were waiting on it. */
    private void hold(StudySession s) {
        s.status = SessionStatus.HELD;
        for (StudySession bridge : sessions.bridgePointsOf(s.id)) {
            if (bridge.status == SessionStatus.SCHEDULED) {
                hold(bridge);
                recompute(assignments.findById(bridge.assignmentId));
            }
        }
    }

    /** Before a report, an assignment's status follows its sessions: any held → HELD, any scheduled → SCHEDULED. */
    private void recompute(Assignment a) {
        if (a.status != AssignmentStatus.PENDING
                && a.status != AssignmentStatus.SCHEDULED
                && a.status != AssignmentStatus.HELD) {
            return;
        }
        sessions.flush();
        List<StudySession> all = sessions.forAssignment(a.id);
        AssignmentStatus next = all.stream().anyMatch(x -> x.status == SessionStatus.HELD)
                ? AssignmentStatus.HELD
                : all.stream().anyMatch(x -> x.status == SessionStatus.SCHEDULED)
                        ? AssignmentStatus.SCHEDULED
                        : AssignmentStatus.PENDING;
        if (next != a.status) {
            a.status = next;
            a.updatedAt = clock.now();
        }
    }

    private Assignment requireReportable(long assignmentId) {
        Assignment a = assignments
                .findByIdOptional(assignmentId)
                .filter(x -> caller.canRead(x.orgPath))
                .orElseThrow(() -> ApiException.notFound("nhiệm vụ " + assignmentId));
        if (!caller.canReportFor(a.orgPath)) {
            throw ApiException.forbidden("Chỉ bí thư / người báo cáo của chính tổ chức được lên lịch và báo cáo");
        }
        if (plans.findById(a.planId).status != PlanStatus.PUBLISHED) {
            throw ApiException.conflict("Kế hoạch đã kết thúc; không nhận thêm hội nghị hay báo cáo");
        }
        return a;
    }

    public PageResult<SessionDto> list(Long orgId, LocalDate from, LocalDate to, Paging paging) {
        String prefix = caller.readPrefix();
        boolean exact = caller.readsOwnOrgOnly();
        if (orgId != null) {
            prefix = organizations.requireReadable(orgId).path;
        }
        var fromI = from == null ? null : from.atStartOfDay(AppClock.ZONE).toInstant();
        var toI = to == null ? null : to.plusDays(1).atStartOfDay(AppClock.ZONE).toInstant();
        List<SessionDto> items = sessions.inScope(prefix, exact, fromI, toI, paging).stream()
                .map(SessionService::toDto)
                .toList();
        return new PageResult<>(items, paging.page(), paging.size(), sessions.countInScope(prefix, exact, fromI, toI));
    }

    public StudySession requireReadable(long id) {
        StudySession s = sessions.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("hội nghị " + id));
        Assignment a = assignments.findById(s.assignmentId);
        if (!caller.canRead(a.orgPath)) {
            throw ApiException.notFound("hội nghị " + id);
        }
        return s;
    }

    public SessionDto toDto(StudySession s) {
        return toDto(sessions.row(s.id));
    }

    private static SessionDto toDto(SessionRepository.Row row) {
        StudySession s = row.s();
        return new SessionDto(
                s.id,
                s.assignmentId,
                row.planId(),
                row.orgId(),
                row.orgName(),
                row.tierName(),
                s.startsAt,
                s.endsAt,
                s.venue,
                s.format,
                s.presenter,
                s.expectedAttendees,
                s.status,
                s.hostSessionId,
                row.bridgePoints(),
                s.version,
                s.makeUp);
    }
}
