package vn.tiendo.member;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;

import vn.tiendo.assignment.Assignment;
import vn.tiendo.assignment.AssignmentRepository;
import vn.tiendo.common.ApiException;
import vn.tiendo.common.Caller;
import vn.tiendo.common.Text;
import vn.tiendo.plan.PlanRepository;
import vn.tiendo.plan.PlanStatus;

/** The assignment whose members are recorded, with the checks every recording shares, and its candidates. */
@ApplicationScoped
public class AssigneeRoster {
    @Inject
    AssignmentRepository assignments;

    @Inject
    PlanRepository plans;

    @Inject
    Caller caller;

    @Inject
    MemberAccess access;

    @Inject
    Session session;

    /** Readable (404 otherwise) and its names visible to the caller (403 otherwise). */
    public Assignment requireReadable(long assignmentId) {
        Assignment a = assignments
                .findByIdOptional(assignmentId)
                .filter(x -> caller.canRead(x.orgPath))
                .orElseThrow(() -> ApiException.notFound("nhiệm vụ " + assignmentId));
        access.requireNames(a.orgPath);
        return a;
    }

    /** Readable, the caller files for its organisation (403) and the plan is still running (409). */
    public Assignment requireRecordable(long assignmentId) {
        Assignment a = assignments
                .findByIdOptional(assignmentId)
                .filter(x -> caller.canRead(x.orgPath))
                .orElseThrow(() -> ApiException.notFound("nhiệm vụ " + assignmentId));
        if (!caller.canReportFor(a.orgPath)) {
            throw ApiException.forbidden(
                    "Chỉ bí thư / người báo cáo của chính tổ chức được ghi điểm danh và bài thu hoạch");
        }
        if (plans.findById(a.planId).status != PlanStatus.PUBLISHED) {
            throw ApiException.conflict("Kế hoạch đã kết thúc; không nhận thêm điểm danh hay bài thu hoạch");
        }
        return a;
    }

    public boolean canRecord(Assignment a) {
        return caller.canReportFor(a.orgPath) && plans.findById(a.planId).status == PlanStatus.PUBLISHED;
    }

    /**
     * The active members of the assignee's subtree, in tree order, each with whether they studied in this plan; at
     * most 5,000 (an attendance list holds no more).
     */
    public List<RosterCandidate> candidates(Assignment a) {
        return session.doReturningWork(c -> {
            List<RosterCandidate> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    SELECT m.id, m.code, m.full_name, o.id, o.name, m.status, m.exempt_reason IS NOT NULL,
                           EXISTS (SELECT 1 FROM attendance at JOIN session se ON se.id = at.session_id
                                   JOIN assignment sa ON sa.id = se.assignment_id
                                   WHERE at.member_id = m.id AND at.status = 'PRESENT' AND sa.plan_id = ?)
                    FROM member m JOIN organization o ON o.id = m.org_id
                    WHERE m.active AND o.path LIKE ? ESCAPE '\\'
                    ORDER BY o.path, m.full_name, m.id LIMIT 5000""")) {
                ps.setLong(1, a.planId);
                ps.setString(2, Text.likeLiteral(a.orgPath) + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new RosterCandidate(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getLong(4),
                                rs.getString(5),
                                MemberStatus.valueOf(rs.getString(6)),
                                rs.getBoolean(7),
                                rs.getBoolean(8)));
                    }
                }
            }
            return out;
        });
    }
}
