package vn.tiendo.member;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.hibernate.Session;

import vn.tiendo.audit.AuditEntity;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.Paging;
import vn.tiendo.common.Text;
import vn.tiendo.organization.Organization;
import vn.tiendo.plan.Plan;
import vn.tiendo.progress.ProgressService;

/**
 * Who has not studied yet: members expected by the plan in the subtree with no presence at any of its sessions.
 * The total is the maintained count (members - studied), the rows read only the organisations still short.
 */
@ApplicationScoped
public class PendingService {
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final List<String> HEADERS = List.of("Mã đảng viên", "Họ và tên", "Tổ chức", "Chính thức / dự bị", "Vắng có lý do");

    @Inject
    ProgressService progress;
    @Inject
    MemberAccess access;
    @Inject
    CoverageRepository coverage;
    @Inject
    Session session;
    @Inject
    AuditLog audit;
    @Inject
    AppClock clock;
    @Inject
    vn.tiendo.common.Caller caller;

    public record Subject(Plan plan, Organization org) {
    }

    /** The plan (404), the organisation (404) and the right to see names there (403). */
    public Subject subject(long planId, Long orgId) {
        Plan plan = progress.plan(planId);
        Organization org = progress.subject(orgId, plan);
        access.requireNames(org.path);
        return new Subject(plan, org);
    }

    public PendingPage page(long planId, Long orgId, Paging paging) {
        Subject s = subject(planId, orgId);
        List<PendingMember> items = new ArrayList<>();
        read(s, paging.size(), (long) paging.page() * paging.size(), items::add);
        return new PendingPage(items, paging.page(), paging.size(), pendingTotal(s));
    }

    private long pendingTotal(Subject s) {
        Coverage c = coverage.byTier(s.plan.id, s.org.id).getOrDefault(CoverageRepository.WHOLE_PLAN, Coverage.NONE);
        return c.members() - c.studied();
    }

    /**
     * Checks access and audits the export (who took which names out) before the first byte leaves: the row is
     * committed by the time the client has the file, and a download cut off midway is still on record.
     */
    @Transactional
    public Subject exportSubject(long planId, Long orgId) {
        Subject s = subject(planId, orgId);
        audit.record(AuditEntity.ORGANIZATION, s.org.id, "EXPORT_PENDING_MEMBERS", s.org.id, null,
                Map.of("planId", s.plan.id, "orgId", s.org.id, "rows", pendingTotal(s)));
        return s;
    }

    /** The whole list as XLSX, for a subject from {@link #exportSubject}. */
    @Transactional
    public void xlsx(Subject s, OutputStream out) throws IOException {
        long[] rows = { 0 };
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = wb.createSheet("Chưa học tập");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Đảng viên chưa học tập " + s.plan.number + " — " + s.plan.title);
            title.getCell(0).setCellStyle(header);
            sheet.createRow(1).createCell(0).setCellValue("Phạm vi: " + s.org.name + " · Đến ngày " + clock.today().format(VN_DATE));
            Row head = sheet.createRow(3);
            for (int i = 0; i < HEADERS.size(); i++) {
                head.createCell(i).setCellValue(HEADERS.get(i));
                head.getCell(i).setCellStyle(header);
            }
            read(s, Integer.MAX_VALUE, 0, m -> {
                Row r = sheet.createRow(4 + (int) rows[0]++);
                r.createCell(0).setCellValue(m.code());
                r.createCell(1).setCellValue(m.fullName());
                r.createCell(2).setCellValue(m.orgName());
                r.createCell(3).setCellValue(m.status() == MemberStatus.DU_BI ? "Dự bị" : "Chính thức");
                r.createCell(4).setCellValue(m.absentExcused() ? "Có" : "");
            });
            sheet.setColumnWidth(1, 30 * 256);
            sheet.setColumnWidth(2, 36 * 256);
            wb.write(out);
        }
    }

    private void read(Subject s, int limit, long offset, Consumer<PendingMember> sink) {
        session.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT m.id, m.code, m.full_name, o.id, o.name, m.status, cov.id, cov.org_path,
                           EXISTS (SELECT 1 FROM attendance at JOIN session se ON se.id = at.session_id
                                   JOIN assignment sa ON sa.id = se.assignment_id
                                   WHERE at.member_id = m.id AND at.status = 'ABSENT_EXCUSED' AND sa.plan_id = d.plan_id)
                    FROM coverage_direct d
                    JOIN organization o ON o.id = d.org_id
                    JOIN member m ON m.org_id = o.id AND m.active AND m.exempt_reason IS NULL
                    LEFT JOIN LATERAL (SELECT a.id, a.org_path FROM assignment a WHERE a.plan_id = d.plan_id AND a.status <> 'EXEMPT'
                              AND a.org_id = ANY (coverage_ancestors(o.path)) ORDER BY length(a.org_path) DESC, a.id LIMIT 1) cov ON true
                    WHERE d.plan_id = ? AND d.tier_id = 0 AND d.members > d.studied AND o.path LIKE ? ESCAPE '\\'
                      AND NOT EXISTS (SELECT 1 FROM attendance at JOIN session se ON se.id = at.session_id
                                      JOIN assignment sa ON sa.id = se.assignment_id
                                      WHERE at.member_id = m.id AND at.status = 'PRESENT' AND sa.plan_id = d.plan_id)
                    ORDER BY o.path, m.full_name, m.id LIMIT ? OFFSET ?""")) {
                ps.setFetchSize(1000);
                ps.setLong(1, s.plan.id);
                ps.setString(2, Text.likeLiteral(s.org.path) + "%");
                ps.setLong(3, limit);
                ps.setLong(4, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long assignment = rs.getLong(7);
                        Long assignmentId = rs.wasNull() ? null : assignment;
                        String assignmentPath = rs.getString(8);
                        boolean canSchedule = assignmentPath != null && caller.canReportFor(assignmentPath);
                        sink.accept(new PendingMember(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                                MemberStatus.valueOf(rs.getString(6)), assignmentId, rs.getBoolean(9), canSchedule));
                    }
                }
            }
        });
    }
}
