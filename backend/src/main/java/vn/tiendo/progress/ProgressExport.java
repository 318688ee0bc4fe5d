package vn.tiendo.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.tiendo.common.AppClock;
import vn.tiendo.organization.Organization;
import vn.tiendo.plan.Plan;

/** The progress of a plan as a spreadsheet: one row per organisation, Vietnamese headers; XLSX streamed with POI SXSSF. */
@ApplicationScoped
public class ProgressExport {
    static final List<String> HEADERS = List.of("Mã tổ chức", "Tổ chức", "Cấp", "Trực thuộc", "Hạn", "Trạng thái", "Số nhiệm vụ",
            "Được miễn", "Đã hoàn thành", "Đúng hạn", "Quá hạn", "Số dự", "Số phải dự", "Tỷ lệ hoàn thành (%)", "Tỷ lệ đúng hạn (%)",
            "Tỷ lệ tham dự (%)", "Đảng viên phải học", "Đảng viên đã học tập", "Đảng viên đã viết thu hoạch", "Tỷ lệ học tập (%)",
            "Tỷ lệ viết thu hoạch (%)");
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    vn.tiendo.plan.ClosedPlanTree closedTree;
    @Inject
    ProgressRepository figures;
    @Inject
    AppClock clock;

    static String statusLabel(String status) {
        if (status == null) {
            return "Nhiều đợt";
        }
        return switch (status) {
            case "PENDING" -> "Chưa thực hiện";
            case "SCHEDULED" -> "Đã lên lịch";
            case "HELD" -> "Đã tổ chức, chưa báo cáo";
            case "REPORTED" -> "Đã báo cáo";
            case "ACCEPTED" -> "Đã duyệt";
            case "RETURNED" -> "Bị trả lại";
            case "EXEMPT" -> "Được miễn";
            case "MERGED" -> "Đã sáp nhập";
            default -> status;
        };
    }

    private static Object[] values(ProgressRepository.OrgRow r) {
        Totals t = r.totals();
        return new Object[] { r.code(), r.name(), r.levelName(), r.parentName(), r.deadline() == null ? "" : r.deadline().format(VN_DATE),
                statusLabel(r.status()), t.assignments(), t.exempt(), t.completed(), t.completedOnTime(), t.overdue(), t.attendees(),
                t.expected(), percent(t.completionRate()), percent(t.onTimeRate()), percent(t.attendanceRate()), t.members(),
                t.membersStudied(), t.membersWroteUp(), percent(t.coverageRate()), percent(t.writeUpRate()) };
    }

    private static Double percent(Double rate) {
        return rate == null ? null : Math.round(rate * 10000) / 100.0;
    }

    @Transactional
    public void csv(Plan plan, Organization org, boolean ownOnly, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF'); // so Excel opens UTF-8 with the diacritics intact
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(HEADERS.toArray(String[]::new)).get());
        figures.perOrganization(plan.id, closedTree.pathOf(plan, org), ownOnly, clock.today(), plan.status == vn.tiendo.plan.PlanStatus.CLOSED, r -> {
            try {
                Object[] v = values(r);
                for (int i = 0; i < v.length; i++) {
                    if (v[i] == null) {
                        v[i] = "";
                    }
                }
                printer.printRecord(v);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    @Transactional
    public void xlsx(Plan plan, Organization org, boolean ownOnly, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = wb.createSheet("Tiến độ");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Tiến độ thực hiện " + plan.number + " — " + plan.title);
            title.getCell(0).setCellStyle(header);
            sheet.createRow(1).createCell(0).setCellValue("Phạm vi: " + org.name + " · Số liệu đến ngày " + clock.today().format(VN_DATE));
            Row head = sheet.createRow(3);
            for (int i = 0; i < HEADERS.size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(HEADERS.get(i));
                c.setCellStyle(header);
            }
            int[] rowIndex = { 4 };
            figures.perOrganization(plan.id, closedTree.pathOf(plan, org), ownOnly, clock.today(), plan.status == vn.tiendo.plan.PlanStatus.CLOSED, r -> {
                Row row = sheet.createRow(rowIndex[0]++);
                Object[] v = values(r);
                for (int i = 0; i < v.length; i++) {
                    if (v[i] instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v[i] != null) {
                        row.createCell(i).setCellValue(v[i].toString());
                    }
                }
            });
            sheet.createFreezePane(2, 4);
            sheet.setColumnWidth(1, 40 * 256);
            sheet.setColumnWidth(3, 30 * 256);
            wb.write(out);
        }
    }
}
