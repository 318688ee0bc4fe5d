package vn.tiendo.member;

import java.io.IOException;
import java.io.OutputStream;
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

import vn.tiendo.audit.AuditEntity;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.Paging;
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
    static final List<String> HEADERS =
            List.of("Mã đảng viên", "Họ và tên", "Tổ chức", "Chính thức / dự bị", "Vắng có lý do");

    @Inject
    ProgressService progress;

    @Inject
    MemberAccess access;

    @Inject
    CoverageRepository coverage;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    vn.tiendo.common.Caller caller;

    public record Subject(Plan plan, Organization org) {}

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
        audit.record(
                AuditEntity.ORGANIZATION,
                s.org.id,
                "EXPORT_PENDING_MEMBERS",
                s.org.id,
                null,
                Map.of("planId", s.plan.id, "orgId", s.org.id, "rows", pendingTotal(s)));
        return s;
    }

    /** The whole list as XLSX, for a subject from {@link #exportSubject}. */
    @Transactional
    public void xlsx(Subject s, OutputStream out) throws IOException {
        long[] rows = {0};
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = wb.createSheet("Chưa học tập");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Đảng viên chưa học tập " + s.plan.number + " — " + s.plan.title);
            title.getCell(0).setCellStyle(header);
            sheet.createRow(1)
                    .createCell(0)
                    .setCellValue("Phạm vi: " + s.org.name + " · Đến ngày "
                            + clock.today().format(VN_DATE));
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
        coverage.pendingMembers(s.plan.id, s.org.path, limit, offset, caller::canReportFor, sink);
    }
}
