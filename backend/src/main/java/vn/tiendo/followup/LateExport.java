package vn.tiendo.followup;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.tiendo.common.AppClock;
import vn.tiendo.plan.Plan;

/** The chase list as a spreadsheet, for the phone calls: one row per late or due-soon assignment. */
@ApplicationScoped
public class LateExport {
    static final List<String> HEADERS = List.of("STT", "Mã tổ chức", "Tổ chức", "Đối tượng / đợt", "Hạn", "Số ngày trễ", "Trạng thái",
            "Bí thư", "Điện thoại", "Thư điện tử", "Nhắc gần nhất");
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter VN_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(AppClock.ZONE);

    @Inject
    LateRepository late;

    @Transactional
    public void xlsx(Plan plan, String scopeName, LateRepository.Scope scope, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = wb.createSheet("Danh sách đôn đốc");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Danh sách tổ chức quá hạn, sắp đến hạn — Kế hoạch " + plan.number + " — " + plan.title);
            title.getCell(0).setCellStyle(header);
            sheet.createRow(1).createCell(0).setCellValue("Phạm vi: " + scopeName + " · Sắp đến hạn trong " + scope.dueWithinDays()
                    + " ngày · Số liệu ngày " + scope.today().format(VN_DATE));
            Row head = sheet.createRow(3);
            for (int i = 0; i < HEADERS.size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(HEADERS.get(i));
                c.setCellStyle(header);
            }
            int[] n = { 0 };
            late.each(scope, a -> {
                Row row = sheet.createRow(4 + n[0]);
                row.createCell(0).setCellValue(++n[0]);
                row.createCell(1).setCellValue(a.orgCode());
                row.createCell(2).setCellValue(a.orgName());
                row.createCell(3).setCellValue(a.tierName());
                row.createCell(4).setCellValue(a.deadline().format(VN_DATE));
                row.createCell(5).setCellValue(Math.max(0, a.daysLate()));
                row.createCell(6).setCellValue(a.overdue() ? "Quá hạn · " + status(a) : "Sắp đến hạn · " + status(a));
                text(row, 7, a.secretaryName());
                text(row, 8, a.phone());
                text(row, 9, a.email());
                text(row, 10, a.lastReminderAt() == null ? null : VN_TIME.format(a.lastReminderAt()));
            });
            sheet.createFreezePane(3, 4);
            sheet.setColumnWidth(2, 36 * 256);
            sheet.setColumnWidth(3, 24 * 256);
            sheet.setColumnWidth(6, 34 * 256);
            sheet.setColumnWidth(9, 28 * 256);
            wb.write(out);
        }
    }

    private static String status(LateAssignment a) {
        return switch (a.status()) {
            case PENDING -> "Chưa thực hiện";
            case SCHEDULED -> "Đã lên lịch hội nghị";
            case HELD -> "Đã tổ chức, chưa báo cáo";
            case RETURNED -> "Báo cáo bị trả lại";
            default -> a.status().name();
        };
    }

    private static void text(Row row, int col, String value) {
        if (value != null) {
            row.createCell(col).setCellValue(value);
        }
    }
}
